<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name></name>
    <message>
        <source>unknown command or link: {arg}</source>
        <translation>comando ou link desconhecido: {arg}</translation>
    </message>
    <message>
        <source>Test server: calls go to {base}</source>
        <translation>Servidor de teste: as chamadas vão para {base}</translation>
    </message>
    <message>
        <source>DEMO: calls go to the built-in simulator, not to wolkvox</source>
        <translation>DEMO: chamadas vão ao simulador embutido, não ao wolkvox</translation>
    </message>
    <message>
        <source>Start the demo with: wolkvox-desk --demo</source>
        <translation>Inicie a demo com: wolkvox-desk --demo</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>enviada</translation>
    </message>
    <message>
        <source>Dial sent</source>
        <translation>Discagem enviada</translation>
    </message>
    <message>
        <source>Last dial {time}: {what}</source>
        <translation>Última discagem {time}: {what}</translation>
    </message>
    <message>
        <source>From a link: dialing at once (set by IT)</source>
        <translation>De um link: discando na hora (definido pela TI)</translation>
    </message>
    <message>
        <source>From a link: press Enter or Dial to call</source>
        <translation>De um link: pressione Enter ou Discar para ligar</translation>
    </message>
    <message>
        <source>Export failed: {why}</source>
        <translation>Falha ao exportar: {why}</translation>
    </message>
    <message>
        <source>Exported {n} calls to {path}</source>
        <translation>Chamadas exportadas para {path}: {n}</translation>
    </message>
    <message>
        <source>The diagnostics could not be collected.</source>
        <translation>Não foi possível coletar o diagnóstico.</translation>
    </message>
    <message>
        <source>Diagnostics copied to the clipboard: paste them into your message to IT.</source>
        <translation>Diagnóstico copiado para a área de transferência: cole-o na sua mensagem para a TI.</translation>
    </message>
    <message>
        <source>From the clipboard: press Enter or Dial to call</source>
        <translation>Da área de transferência: pressione Enter ou Discar para ligar</translation>
    </message>
    <message>
        <source>Hang up the current call before switching profiles.</source>
        <translation>Desligue a chamada atual antes de trocar de perfil.</translation>
    </message>
    <message>
        <source>Now using the profile {name}.</source>
        <translation>Usando agora o perfil {name}.</translation>
    </message>
    <message>
        <source>Token kept for this session only.</source>
        <translation>Token mantido só nesta sessão.</translation>
    </message>
    <message>
        <source>Token saved in the keyring.</source>
        <translation>Token salvo no chaveiro do sistema.</translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation>Desligar</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Espera</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Mudo</translation>
    </message>
    <message>
        <source>Tones</source>
        <translation>Tons</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transferir</translation>
    </message>
    <message>
        <source>Status change</source>
        <translation>Mudança de status</translation>
    </message>
    <message>
        <source>Hang up with disposition</source>
        <translation>Desligar e tabular</translation>
    </message>
    <message>
        <source>Check the call in wolkvox Agent.</source>
        <translation>Verifique a chamada no wolkvox Agent.</translation>
    </message>
    <message>
        <source>Check wolkvox Agent: are you logged in?</source>
        <translation>Verifique o wolkvox Agent: você está logado?</translation>
    </message>
    <message>
        <source>Check the call in wolkvox Agent: it may have ended there.</source>
        <translation>Verifique a chamada no wolkvox Agent: ela pode ter terminado lá.</translation>
    </message>
    <message>
        <source>{action}: refused by wolkvox</source>
        <translation>{action}: recusado pelo wolkvox</translation>
    </message>
    <message>
        <source>wolkvox did not do it.</source>
        <translation>O wolkvox não executou o comando.</translation>
    </message>
    <message>
        <source>{action}: no answer</source>
        <translation>{action}: sem resposta</translation>
    </message>
    <message>
        <source>wolkvox did not answer in time. It MAY have been done.</source>
        <translation>O wolkvox não respondeu a tempo. O comando PODE ter sido executado.</translation>
    </message>
    <message>
        <source>{action}: not sent</source>
        <translation>{action}: não enviado</translation>
    </message>
    <message>
        <source>Other requests with this token kept the line busy, so it was not sent.</source>
        <translation>Outras requisições com este token ocuparam a linha, por isso não foi enviado.</translation>
    </message>
    <message>
        <source>Try again in a moment.</source>
        <translation>Tente de novo em instantes.</translation>
    </message>
    <message>
        <source>{action}: {title}</source>
        <translation>{action}: {title}</translation>
    </message>
    <message>
        <source>The call is on hold.</source>
        <translation>A chamada está em espera.</translation>
    </message>
    <message>
        <source>The call is off hold.</source>
        <translation>A chamada saiu da espera.</translation>
    </message>
    <message>
        <source>Hold toggled.</source>
        <translation>Espera alternada.</translation>
    </message>
    <message>
        <source>Microphone muted.</source>
        <translation>Microfone silenciado.</translation>
    </message>
    <message>
        <source>Microphone unmuted.</source>
        <translation>Microfone reativado.</translation>
    </message>
    <message>
        <source>Mute toggled.</source>
        <translation>Mudo alternado.</translation>
    </message>
    <message>
        <source>Hung up.</source>
        <translation>Chamada desligada.</translation>
    </message>
    <message>
        <source>Tones sent: {detail}</source>
        <translation>Tons enviados: {detail}</translation>
    </message>
    <message>
        <source>Transferred to {detail}.</source>
        <translation>Transferida para {detail}.</translation>
    </message>
    <message>
        <source>Status set to {detail}.</source>
        <translation>Status alterado para {detail}.</translation>
    </message>
    <message>
        <source>Hung up with disposition {detail}; status Ready.</source>
        <translation>Desligada com tabulação {detail}; status Disponível.</translation>
    </message>
    <message>
        <source>Click-to-dial companion for wolkvox Agent.</source>
        <translation>Discagem com um clique para o wolkvox Agent.</translation>
    </message>
    <message>
        <source>log debug details</source>
        <translation>registrar detalhes de depuração</translation>
    </message>
    <message>
        <source>use the profile NAME for this run</source>
        <translation>usar o perfil NAME nesta execução</translation>
    </message>
    <message>
        <source>dial a number now</source>
        <translation>discar um número agora</translation>
    </message>
    <message>
        <source>the phone number, as typed or pasted</source>
        <translation>o número de telefone, como digitado ou colado</translation>
    </message>
    <message>
        <source>customer name</source>
        <translation>nome do cliente</translation>
    </message>
    <message>
        <source>customer ID (digits)</source>
        <translation>ID do cliente (dígitos)</translation>
    </message>
    <message>
        <source>manage the API token in the keyring</source>
        <translation>gerenciar o token da API no chaveiro do sistema</translation>
    </message>
    <message>
        <source>show or change settings</source>
        <translation>mostrar ou alterar as configurações</translation>
    </message>
    <message>
        <source>show the call history</source>
        <translation>mostrar o histórico de chamadas</translation>
    </message>
    <message>
        <source>filter by phone, name or ID</source>
        <translation>filtrar por número, nome ou ID</translation>
    </message>
    <message>
        <source>print the support bundle for IT</source>
        <translation>imprimir o pacote de suporte para a TI</translation>
    </message>
    <message>
        <source>write it to FILE (readable by you only)</source>
        <translation>gravá-lo em FILE (legível só por você)</translation>
    </message>
    <message>
        <source>run the built-in wolkvox simulator</source>
        <translation>executar o simulador wolkvox embutido</translation>
    </message>
    <message>
        <source>list, add, rename, remove or use profiles</source>
        <translation>listar, adicionar, renomear, remover ou usar perfis</translation>
    </message>
    <message>
        <source>list the profiles; * marks the one in use</source>
        <translation>listar os perfis; * marca o que está em uso</translation>
    </message>
    <message>
        <source>add a profile</source>
        <translation>adicionar um perfil</translation>
    </message>
    <message>
        <source>rename a profile</source>
        <translation>renomear um perfil</translation>
    </message>
    <message>
        <source>remove a profile and its token</source>
        <translation>remover um perfil e seu token</translation>
    </message>
    <message>
        <source>use this profile from now on</source>
        <translation>usar este perfil daqui em diante</translation>
    </message>
    <message>
        <source>Warning: {text}</source>
        <translation>Aviso: {text}</translation>
    </message>
    <message>
        <source>Line busy, retrying in {delay:.1f} s (attempt {n})…</source>
        <translation>Linha ocupada, tentando de novo em {delay:.1f} s (tentativa {n})…</translation>
    </message>
    <message>
        <source>Dial sent to {phone}: conn_id {conn} ({ms:.0f} ms)</source>
        <translation>Discagem enviada para {phone}: conn_id {conn} ({ms:.0f} ms)</translation>
    </message>
    <message>
        <source>wolkvox said: &quot;{msg}&quot;</source>
        <translation>O wolkvox respondeu: &quot;{msg}&quot;</translation>
    </message>
    <message>
        <source>No token set for the profile {name}.</source>
        <translation>Nenhum token definido para o perfil {name}.</translation>
    </message>
    <message>
        <source>No token set (keyring: {backend}).</source>
        <translation>Nenhum token definido (chaveiro: {backend}).</translation>
    </message>
    <message>
        <source>the WOLKVOX_TOKEN environment variable</source>
        <translation>a variável de ambiente WOLKVOX_TOKEN</translation>
    </message>
    <message>
        <source>this session only</source>
        <translation>somente esta sessão</translation>
    </message>
    <message>
        <source>the keyring ({backend})</source>
        <translation>o chaveiro do sistema ({backend})</translation>
    </message>
    <message>
        <source>A token is set, from {where}.</source>
        <translation>Token definido. Origem: {where}.</translation>
    </message>
    <message>
        <source>Token removed from the keyring.</source>
        <translation>Token removido do chaveiro do sistema.</translation>
    </message>
    <message>
        <source>Token saved in the keyring ({backend}).</source>
        <translation>Token salvo no chaveiro do sistema ({backend}).</translation>
    </message>
    <message>
        <source>API token (input hidden): </source>
        <translation>Token da API (entrada oculta): </translation>
    </message>
    <message>
        <source># profile: {name}</source>
        <translation># perfil: {name}</translation>
    </message>
    <message>
        <source>(locked by IT)</source>
        <translation>(bloqueado pela TI)</translation>
    </message>
    <message>
        <source>Name a setting, e.g. server, agent_id or dial_prefix.</source>
        <translation>Indique uma configuração, p. ex. server, agent_id ou dial_prefix.</translation>
    </message>
    <message>
        <source>Give a value: config set KEY VALUE</source>
        <translation>Informe um valor: config set KEY VALUE</translation>
    </message>
    <message>
        <source>Profile {name} added.</source>
        <translation>Perfil {name} adicionado.</translation>
    </message>
    <message>
        <source>Profile {old} renamed to {new}.</source>
        <translation>Perfil {old} renomeado para {new}.</translation>
    </message>
    <message>
        <source>Profile {name} removed.</source>
        <translation>Perfil {name} removido.</translation>
    </message>
    <message>
        <source>Using profile {name} from now on.</source>
        <translation>Usando o perfil {name} daqui em diante.</translation>
    </message>
    <message>
        <source>(provided by IT)</source>
        <translation>(fornecido pela TI)</translation>
    </message>
    <message>
        <source>{detail} is not a valid profile name: use letters, digits, _ and -, at most 32, starting with a letter or digit.</source>
        <translation>{detail} não é um nome de perfil válido: use letras, dígitos, _ e -, no máximo 32, começando com letra ou dígito.</translation>
    </message>
    <message>
        <source>A profile called {detail} already exists.</source>
        <translation>Já existe um perfil chamado {detail}.</translation>
    </message>
    <message>
        <source>The default profile cannot be renamed or removed.</source>
        <translation>O perfil padrão não pode ser renomeado nem removido.</translation>
    </message>
    <message>
        <source>There is no profile called {name}. Profiles: {names}.</source>
        <translation>Não existe perfil chamado {name}. Perfis: {names}.</translation>
    </message>
    <message>
        <source>Could not write {path}: {why}</source>
        <translation>Não foi possível gravar {path}: {why}</translation>
    </message>
    <message>
        <source>Diagnostics written to {path}</source>
        <translation>Diagnóstico gravado em {path}</translation>
    </message>
    <message>
        <source>hang up the current call in wolkvox Agent</source>
        <translation>desligar a chamada atual no wolkvox Agent</translation>
    </message>
    <message>
        <source>disposition code: hang up, set it, and go Ready</source>
        <translation>código de tabulação: desligar, tabular e ficar Disponível</translation>
    </message>
    <message>
        <source>second disposition code (optional)</source>
        <translation>segundo código de tabulação (opcional)</translation>
    </message>
    <message>
        <source>disposition comment (optional)</source>
        <translation>comentário da tabulação (opcional)</translation>
    </message>
    <message>
        <source>toggle hold on the current call</source>
        <translation>alternar a espera da chamada atual</translation>
    </message>
    <message>
        <source>toggle your microphone</source>
        <translation>alternar o mudo do seu microfone</translation>
    </message>
    <message>
        <source>send keypad tones into the call</source>
        <translation>enviar tons do teclado para a chamada</translation>
    </message>
    <message>
        <source>the tones: digits, * and # (quote them in the shell)</source>
        <translation>os tons: dígitos, * e # (use aspas no shell)</translation>
    </message>
    <message>
        <source>transfer the current call</source>
        <translation>transferir a chamada atual</translation>
    </message>
    <message>
        <source>a phone number, or an extension with --extension</source>
        <translation>um número de telefone, ou um ramal com --extension</translation>
    </message>
    <message>
        <source>NUMBER is another agent&apos;s extension (sent as is, no dial plan)</source>
        <translation>NUMBER é o ramal de outro agente (enviado como está, sem plano de discagem)</translation>
    </message>
    <message>
        <source>set your agent status</source>
        <translation>definir seu status de agente</translation>
    </message>
    <message>
        <source>ready, logout, or an auxiliary-state id</source>
        <translation>ready, logout ou o id de uma pausa</translation>
    </message>
    <message>
        <source>agent extension (overrides settings)</source>
        <translation>ramal do agente (substitui as configurações)</translation>
    </message>
    <message>
        <source>print one JSON object</source>
        <translation>imprimir um objeto JSON</translation>
    </message>
    <message>
        <source>refuse at once if busy</source>
        <translation>recusar na hora se estiver ocupado</translation>
    </message>
    <message>
        <source>how long to wait for another request with the same token (default 30)</source>
        <translation>quanto esperar por outra requisição com o mesmo token (padrão 30)</translation>
    </message>
    <message>
        <source>--cod-act-2 and --comments need --cod-act.</source>
        <translation>--cod-act-2 e --comments exigem --cod-act.</translation>
    </message>
    <message>
        <source>1 waiting call control was not sent.</source>
        <translation>1 comando de chamada pendente não foi enviado.</translation>
    </message>
    <message>
        <source>{n} waiting call controls were not sent.</source>
        <translation>{n} comandos de chamada pendentes não foram enviados.</translation>
    </message>
    <message>
        <source>Dialing…</source>
        <translation>Discando…</translation>
    </message>
    <message>
        <source>Line busy, retrying…</source>
        <translation>Linha ocupada, tentando de novo…</translation>
    </message>
    <message>
        <source>The call history is not available; this call was not saved.</source>
        <translation>O histórico de chamadas não está disponível; esta chamada não foi salva.</translation>
    </message>
    <message>
        <source>This call could not be saved to history: {why}</source>
        <translation>Não foi possível salvar esta chamada no histórico: {why}</translation>
    </message>
    <message>
        <source>Type a phone number first.</source>
        <translation>Digite um número de telefone primeiro.</translation>
    </message>
    <message>
        <source>Phone numbers cannot contain letters ({detail}).</source>
        <translation>Números de telefone não podem conter letras ({detail}).</translation>
    </message>
    <message>
        <source>The number has a character that cannot be dialed ({detail}).</source>
        <translation>O número tem um caractere que não pode ser discado ({detail}).</translation>
    </message>
    <message>
        <source>The number is too short.</source>
        <translation>O número é curto demais.</translation>
    </message>
    <message>
        <source>The number is too long.</source>
        <translation>O número é longo demais.</translation>
    </message>
    <message>
        <source>This is not a valid number for {detail}.</source>
        <translation>Este não é um número válido para {detail}.</translation>
    </message>
    <message>
        <source>The extension part is not valid.</source>
        <translation>A parte do ramal não é válida.</translation>
    </message>
    <message>
        <source>The customer ID must contain only digits (dots and dashes are fine).</source>
        <translation>O ID do cliente deve conter só dígitos (pontos e traços são aceitos).</translation>
    </message>
    <message>
        <source>The customer ID is too long.</source>
        <translation>O ID do cliente é longo demais.</translation>
    </message>
    <message>
        <source>The customer name contains invisible control characters.</source>
        <translation>O nome do cliente contém caracteres de controle invisíveis.</translation>
    </message>
    <message>
        <source>The customer name is too long.</source>
        <translation>O nome do cliente é longo demais.</translation>
    </message>
    <message>
        <source>The server code must be letters and digits only, as given by wolkvox support (for example 0042).</source>
        <translation>O código do servidor deve ter só letras e dígitos, como informado pelo suporte do wolkvox (por exemplo 0042).</translation>
    </message>
    <message>
        <source>The agent ID must be the extension number (digits only).</source>
        <translation>O ID do agente deve ser o número do ramal (só dígitos).</translation>
    </message>
    <message>
        <source>The dial prefix may contain only digits.</source>
        <translation>O prefixo de discagem só pode conter dígitos.</translation>
    </message>
    <message>
        <source>What &apos;+&apos; becomes may contain only digits.</source>
        <translation>O que substitui o &apos;+&apos; só pode conter dígitos.</translation>
    </message>
    <message>
        <source>Use a two-letter country code such as CO, BR or MX.</source>
        <translation>Use um código de país de duas letras, como CO, BR ou MX.</translation>
    </message>
    <message>
        <source>WOLKVOX_DESK_API_BASE must look like scheme://host[:port].</source>
        <translation>WOLKVOX_DESK_API_BASE deve ter a forma scheme://host[:port].</translation>
    </message>
    <message>
        <source>WOLKVOX_DESK_API_BASE may use plain http only on this computer (loopback); use https.</source>
        <translation>WOLKVOX_DESK_API_BASE só pode usar http simples neste computador (loopback); use https.</translation>
    </message>
    <message>
        <source>The language must be en, es or pt_BR (or empty, to follow the system).</source>
        <translation>O idioma deve ser en, es ou pt_BR (ou vazio, para seguir o sistema).</translation>
    </message>
    <message>
        <source>There is no setting called {detail}.</source>
        <translation>Não existe configuração chamada {detail}.</translation>
    </message>
    <message>
        <source>That value is not valid for {key}.</source>
        <translation>Esse valor não é válido para {key}.</translation>
    </message>
    <message>
        <source>The token looks wrong: it must not be empty or contain spaces.</source>
        <translation>O token parece errado: não pode estar vazio nem conter espaços.</translation>
    </message>
    <message>
        <source>{key} must be ID=Label pairs separated by semicolons, such as 7=Break; 8=Lunch (IDs: letters, digits, _ . -). Not valid: {detail}</source>
        <translation>{key} deve ter pares ID=Rótulo separados por ponto e vírgula, como 7=Pausa; 8=Almoço (IDs: letras, dígitos, _ . -). Inválido: {detail}</translation>
    </message>
    <message>
        <source>{key} lists the ID {detail} twice.</source>
        <translation>{key} lista o ID {detail} duas vezes.</translation>
    </message>
    <message>
        <source>{key} cannot redefine {detail}: the status menu always has it.</source>
        <translation>{key} não pode redefinir {detail}: o menu de status sempre o tem.</translation>
    </message>
    <message>
        <source>{key} may list at most {detail} entries.</source>
        <translation>{key} pode listar no máximo {detail} itens.</translation>
    </message>
    <message>
        <source>No server is set.</source>
        <translation>Nenhum servidor definido.</translation>
    </message>
    <message>
        <source>No agent extension is set.</source>
        <translation>Nenhum ramal de agente definido.</translation>
    </message>
    <message>
        <source>No API token is set.</source>
        <translation>Nenhum token da API definido.</translation>
    </message>
    <message>
        <source>There is no profile called {detail}.</source>
        <translation>Não existe um perfil chamado {detail}.</translation>
    </message>
    <message>
        <source>wolkvox did not receive the API token.</source>
        <translation>O wolkvox não recebeu o token da API.</translation>
    </message>
    <message>
        <source>Open Settings to enter your token.</source>
        <translation>Abra as Configurações para informar seu token.</translation>
    </message>
    <message>
        <source>wolkvox refused the API token: it is wrong, expired or of another operation.</source>
        <translation>O wolkvox recusou o token da API: ele está errado, expirou ou é de outra operação.</translation>
    </message>
    <message>
        <source>Open Settings to enter a new one.</source>
        <translation>Abra as Configurações para informar um novo.</translation>
    </message>
    <message>
        <source>This token has used up today&apos;s request quota.</source>
        <translation>Este token esgotou a cota de requisições de hoje.</translation>
    </message>
    <message>
        <source>Ask your supervisor: the quota resets daily.</source>
        <translation>Fale com seu supervisor: a cota é renovada diariamente.</translation>
    </message>
    <message>
        <source>The line is busy: other requests with the same token were in flight.</source>
        <translation>A linha está ocupada: havia outras requisições com o mesmo token em andamento.</translation>
    </message>
    <message>
        <source>wolkvox does not know this request.</source>
        <translation>O wolkvox não reconhece esta requisição.</translation>
    </message>
    <message>
        <source>Check the server code in Settings.</source>
        <translation>Verifique o código do servidor nas Configurações.</translation>
    </message>
    <message>
        <source>wolkvox says a required value is missing.</source>
        <translation>O wolkvox diz que falta um valor obrigatório.</translation>
    </message>
    <message>
        <source>Check the agent extension in Settings.</source>
        <translation>Verifique o ramal do agente nas Configurações.</translation>
    </message>
    <message>
        <source>wolkvox refused the request (the service may be under maintenance).</source>
        <translation>O wolkvox recusou a requisição (o serviço pode estar em manutenção).</translation>
    </message>
    <message>
        <source>Try again in a few minutes.</source>
        <translation>Tente de novo em alguns minutos.</translation>
    </message>
    <message>
        <source>wolkvox did not place the call.</source>
        <translation>O wolkvox não fez a chamada.</translation>
    </message>
    <message>
        <source>Check wolkvox Agent: are you logged in and ready?</source>
        <translation>Verifique o wolkvox Agent: você está logado e disponível?</translation>
    </message>
    <message>
        <source>The wolkvox server name could not be found.</source>
        <translation>O nome do servidor wolkvox não foi encontrado.</translation>
    </message>
    <message>
        <source>The wolkvox server refused the connection.</source>
        <translation>O servidor wolkvox recusou a conexão.</translation>
    </message>
    <message>
        <source>The wolkvox server cannot be reached.</source>
        <translation>Não é possível acessar o servidor wolkvox.</translation>
    </message>
    <message>
        <source>The proxy did not let the request through.</source>
        <translation>O proxy bloqueou a requisição.</translation>
    </message>
    <message>
        <source>The server&apos;s security certificate is not trusted, so nothing was sent.</source>
        <translation>O certificado de segurança do servidor não é confiável, por isso nada foi enviado.</translation>
    </message>
    <message>
        <source>A secure connection could not be set up, so nothing was sent.</source>
        <translation>Não foi possível estabelecer uma conexão segura, por isso nada foi enviado.</translation>
    </message>
    <message>
        <source>The wolkvox server did not answer the connection in time.</source>
        <translation>O servidor wolkvox não respondeu à conexão a tempo.</translation>
    </message>
    <message>
        <source>wolkvox did not answer in time. The call MAY have been placed.</source>
        <translation>O wolkvox não respondeu a tempo. A chamada PODE ter sido feita.</translation>
    </message>
    <message>
        <source>The connection dropped after sending. The call MAY have been placed.</source>
        <translation>A conexão caiu após o envio. A chamada PODE ter sido feita.</translation>
    </message>
    <message>
        <source>wolkvox sent an empty answer.</source>
        <translation>O wolkvox enviou uma resposta vazia.</translation>
    </message>
    <message>
        <source>wolkvox sent an answer that is not in its usual format.</source>
        <translation>O wolkvox enviou uma resposta fora do formato habitual.</translation>
    </message>
    <message>
        <source>wolkvox sent a broken answer.</source>
        <translation>O wolkvox enviou uma resposta corrompida.</translation>
    </message>
    <message>
        <source>wolkvox sent an answer in an unexpected format.</source>
        <translation>O wolkvox enviou uma resposta em formato inesperado.</translation>
    </message>
    <message>
        <source>The answer was far too large to be wolkvox&apos;s.</source>
        <translation>A resposta era grande demais para ser do wolkvox.</translation>
    </message>
    <message>
        <source>A web error page came back instead of wolkvox&apos;s answer (a proxy or the server failed).</source>
        <translation>Voltou uma página de erro da web em vez da resposta do wolkvox (falha do proxy ou do servidor).</translation>
    </message>
    <message>
        <source>Check wolkvox Agent before dialing again.</source>
        <translation>Verifique o wolkvox Agent antes de discar de novo.</translation>
    </message>
    <message>
        <source>Refused by wolkvox</source>
        <translation>Recusado pelo wolkvox</translation>
    </message>
    <message>
        <source>Check the network or ask IT.</source>
        <translation>Verifique a rede ou fale com a TI.</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>Não enviado</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Sem resposta</translation>
    </message>
    <message>
        <source>Unclear answer</source>
        <translation>Resposta incerta</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Ocupado</translation>
    </message>
    <message>
        <source>Another request with this token is still waiting for its answer.</source>
        <translation>Outra requisição com este token ainda aguarda resposta.</translation>
    </message>
    <message>
        <source>Wait for it, then press Dial again.</source>
        <translation>Aguarde e pressione Discar de novo.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erro</translation>
    </message>
    <message>
        <source>The customer field is not valid.</source>
        <translation>O campo do cliente não é válido.</translation>
    </message>
    <message>
        <source>{key} is managed by your IT department and cannot be changed here.</source>
        <translation>{key} é gerenciado pelo seu departamento de TI e não pode ser alterado aqui.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was sent.</source>
        <translation>Cancelado: nada foi enviado.</translation>
    </message>
    <message>
        <source>No keyring is available on this computer to store the token safely. Set WOLKVOX_TOKEN for this session, or use a session-only token.</source>
        <translation>Não há chaveiro do sistema neste computador para guardar o token com segurança. Defina WOLKVOX_TOKEN para esta sessão ou use um token só desta sessão.</translation>
    </message>
    <message>
        <source>wolkvox desk is not set up yet.</source>
        <translation>O wolkvox desk ainda não está configurado.</translation>
    </message>
    <message>
        <source>The call history file was damaged or from a newer version; it was moved to {path} and a new one started.</source>
        <translation>O arquivo do histórico de chamadas estava danificado ou é de uma versão mais nova; ele foi movido para {path} e um novo foi criado.</translation>
    </message>
    <message>
        <source>The call history could not be opened ({kind}).</source>
        <translation>Não foi possível abrir o histórico de chamadas ({kind}).</translation>
    </message>
    <message>
        <source>The broken settings file was kept as {path}; a new one was written.</source>
        <translation>O arquivo de configurações danificado foi mantido como {path}; um novo foi gravado.</translation>
    </message>
    <message>
        <source>A profile in {path} is not valid and is ignored ({detail}).</source>
        <translation>Um perfil em {path} não é válido e foi ignorado ({detail}).</translation>
    </message>
    <message>
        <source>The settings file {path} could not be read ({detail}); defaults are used.</source>
        <translation>Não foi possível ler o arquivo de configurações {path} ({detail}); os valores padrão serão usados.</translation>
    </message>
    <message>
        <source>Something went wrong ({kind}).</source>
        <translation>Algo deu errado ({kind}).</translation>
    </message>
    <message>
        <source>Could not reach wolkvox, retrying…</source>
        <translation>Não foi possível contatar o wolkvox, tentando de novo…</translation>
    </message>
    <message>
        <source>Could not reach wolkvox, retrying in {delay:.1f} s (attempt {n})…</source>
        <translation>Não foi possível contatar o wolkvox, tentando de novo em {delay:.1f} s (tentativa {n})…</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Recusado</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Rede</translation>
    </message>
    <message>
        <source>dial a test number from many extensions, one after another</source>
        <translation>discar um número de teste de vários ramais, um após o outro</translation>
    </message>
    <message>
        <source>Dial --phone from each extension in turn (OK means wolkvox accepted the dial).</source>
        <translation>Disca --phone de cada ramal, um por vez (OK significa que o wolkvox aceitou a discagem).</translation>
    </message>
    <message>
        <source>extensions or ranges, e.g. 1001-1010 1020 (commas work too)</source>
        <translation>ramais ou faixas, p. ex. 1001-1010 1020 (vírgulas também servem)</translation>
    </message>
    <message>
        <source>the test number to dial</source>
        <translation>o número de teste a discar</translation>
    </message>
    <message>
        <source>do not ask before a run of more than 20</source>
        <translation>não perguntar antes de testar mais de 20</translation>
    </message>
    <message>
        <source>hang up each test call after SECONDS (off by default)</source>
        <translation>desligar cada chamada de teste após SECONDS (desativado por padrão)</translation>
    </message>
    <message>
        <source>[y/N]</source>
        <translation>[s/N]</translation>
    </message>
    <message>
        <source>y</source>
        <translation>s</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>Stopping after the current request…</source>
        <translation>Parando após a requisição atual…</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Ramal</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>HTTP / code</source>
        <translation>HTTP / código</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latência</translation>
    </message>
    <message>
        <source>conn_id</source>
        <translation>conn_id</translation>
    </message>
    <message>
        <source>wolkvox msg</source>
        <translation>msg do wolkvox</translation>
    </message>
    <message>
        <source>{n} of {sent} hang-ups were not accepted.</source>
        <translation>{n} de {sent} desligamentos não foram aceitos.</translation>
    </message>
    <message>
        <source>Type at least one extension, e.g. 1001-1010, 1020.</source>
        <translation>Digite pelo menos um ramal, p. ex. 1001-1010, 1020.</translation>
    </message>
    <message>
        <source>“{detail}” is not an extension or a range. Use digits, and ranges like 1001-1010.</source>
        <translation>“{detail}” não é um ramal nem uma faixa. Use dígitos e faixas como 1001-1010.</translation>
    </message>
    <message>
        <source>The range {detail} runs backwards; write the smaller first.</source>
        <translation>A faixa {detail} está invertida; escreva o menor primeiro.</translation>
    </message>
    <message>
        <source>That is more than {detail} extensions; test them in smaller runs.</source>
        <translation>São mais de {detail} ramais; teste-os em lotes menores.</translation>
    </message>
    <message>
        <source>{detail} is too long to be an extension (12 digits at most).</source>
        <translation>{detail} é longo demais para ser um ramal (no máximo 12 dígitos).</translation>
    </message>
    <message>
        <source>Hang up after must be a number of seconds between 1 and 3600 (got {detail}).</source>
        <translation>Desligar após deve ser um número de segundos entre 1 e 3600 (recebido: {detail}).</translation>
    </message>
    <message>
        <source>{ms:.0f} ms</source>
        <translation>{ms:.0f} ms</translation>
    </message>
    <message>
        <source>Could not connect; nothing was sent</source>
        <translation>Sem conexão; nada foi enviado</translation>
    </message>
    <message>
        <source>Server name not found; nothing was sent</source>
        <translation>Servidor não encontrado; nada foi enviado</translation>
    </message>
    <message>
        <source>Server unreachable; nothing was sent</source>
        <translation>Servidor inacessível; nada foi enviado</translation>
    </message>
    <message>
        <source>Proxy failed; nothing was sent</source>
        <translation>Falha no proxy; nada foi enviado</translation>
    </message>
    <message>
        <source>Certificate not trusted; nothing was sent</source>
        <translation>Certificado não confiável; nada foi enviado</translation>
    </message>
    <message>
        <source>Secure connection failed; nothing was sent</source>
        <translation>Falha na conexão segura; nada foi enviado</translation>
    </message>
    <message>
        <source>No connection in time; nothing was sent</source>
        <translation>Sem conexão a tempo; nada foi enviado</translation>
    </message>
    <message>
        <source>No answer in time; the call MAY have been placed</source>
        <translation>Sem resposta a tempo; a chamada PODE ter sido feita</translation>
    </message>
    <message>
        <source>Connection dropped; the call MAY have been placed</source>
        <translation>A conexão caiu; a chamada PODE ter sido feita</translation>
    </message>
    <message>
        <source>The token stayed busy; not sent</source>
        <translation>O token continuou ocupado; não enviado</translation>
    </message>
    <message>
        <source>Empty answer</source>
        <translation>Resposta vazia</translation>
    </message>
    <message>
        <source>Answer not in wolkvox&apos;s format</source>
        <translation>Resposta fora do formato do wolkvox</translation>
    </message>
    <message>
        <source>Broken answer</source>
        <translation>Resposta corrompida</translation>
    </message>
    <message>
        <source>Answer in an unexpected format</source>
        <translation>Resposta em formato inesperado</translation>
    </message>
    <message>
        <source>Answer far too large</source>
        <translation>Resposta grande demais</translation>
    </message>
    <message>
        <source>A web error page instead of wolkvox&apos;s answer</source>
        <translation>Página de erro da web em vez da resposta do wolkvox</translation>
    </message>
    <message>
        <source>and {n} more</source>
        <translation>e mais {n}</translation>
    </message>
    <message>
        <source>{ok} of {done} answered OK</source>
        <translation>{ok} de {done} responderam OK</translation>
    </message>
    <message>
        <source>{n} refused: {which}</source>
        <translation>Recusados ({n}): {which}</translation>
    </message>
    <message>
        <source>{n} failed (network or unclear answer): {which}</source>
        <translation>Com falha ({n}, rede ou resposta incerta): {which}</translation>
    </message>
    <message>
        <source>Stopped: {n} of {planned} not tested.</source>
        <translation>Interrompido: {n} de {planned} sem teste.</translation>
    </message>
    <message>
        <source>OK means that wolkvox accepted the dial, not that anyone answered. Refused means wolkvox said no (its message is shown as is).</source>
        <translation>OK significa que o wolkvox aceitou a discagem, não que alguém atendeu. Recusado significa que o wolkvox disse não (a mensagem dele aparece como veio).</translation>
    </message>
    <message>
        <source>Dial {phone} from {n} extensions, one after another?</source>
        <translation>Discar {phone} de {n} ramais, um após o outro?</translation>
    </message>
</context>
<context>
    <name>AgentStatusButton</name>
    <message>
        <source>Agent status</source>
        <translation>Status do agente</translation>
    </message>
    <message>
        <source>Set your status in wolkvox Agent. Shows the last status set from here; wolkvox Agent may have changed it since.</source>
        <translation>Defina seu status no wolkvox Agent. Mostra o último status definido aqui; o wolkvox Agent pode tê-lo mudado depois.</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Disponível</translation>
    </message>
    <message>
        <source>Logout</source>
        <translation>Fazer logout</translation>
    </message>
    <message>
        <source>Logged out</source>
        <translation>Deslogado</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Last status set from here: {status}</source>
        <translation>Último status definido aqui: {status}</translation>
    </message>
    <message>
        <source>No status set from here yet.</source>
        <translation>Nenhum status definido aqui ainda.</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Notice</source>
        <translation>Aviso</translation>
    </message>
</context>
<context>
    <name>CallPanel</name>
    <message>
        <source>Call</source>
        <translation>Chamada</translation>
    </message>
    <message>
        <source>On a call: {phone}</source>
        <translation>Em chamada: {phone}</translation>
    </message>
    <message>
        <source>Call ID {conn_id}</source>
        <translation>ID da chamada {conn_id}</translation>
    </message>
    <message>
        <source>wolkvox said: &quot;{msg}&quot;</source>
        <translation>O wolkvox respondeu: &quot;{msg}&quot;</translation>
    </message>
    <message>
        <source>Call ID</source>
        <translation>ID da chamada</translation>
    </message>
    <message>
        <source>Call state</source>
        <translation>Estado da chamada</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <source>Tones</source>
        <translation>Tons</translation>
    </message>
    <message>
        <source>The dial pad, and digits typed here, send tones into the call.</source>
        <translation>O teclado e os dígitos digitados aqui enviam tons para a chamada.</translation>
    </message>
    <message>
        <source>Call message</source>
        <translation>Mensagem da chamada</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Close the call panel</source>
        <translation>Fechar o painel da chamada</translation>
    </message>
    <message>
        <source>Close this panel. The call itself goes on in wolkvox Agent.</source>
        <translation>Fecha este painel. A chamada continua no wolkvox Agent.</translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation>Desligar</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Espera</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Mudo</translation>
    </message>
    <message>
        <source>Transfer…</source>
        <translation>Transferir…</translation>
    </message>
    <message>
        <source>Hang up with disposition…</source>
        <translation>Desligar e tabular…</translation>
    </message>
    <message>
        <source>Hangs up the call in wolkvox Agent.</source>
        <translation>Desliga a chamada no wolkvox Agent.</translation>
    </message>
    <message>
        <source>Toggles hold: press again to take the call off hold.</source>
        <translation>Alterna a espera: pressione de novo para tirar a chamada da espera.</translation>
    </message>
    <message>
        <source>Toggles your microphone: press again to unmute.</source>
        <translation>Alterna o mudo do microfone: pressione de novo para reativar o som.</translation>
    </message>
    <message>
        <source>Transfers the call to a number or another agent&apos;s extension; asks first.</source>
        <translation>Transfere a chamada para um número ou o ramal de outro agente; pede confirmação antes.</translation>
    </message>
    <message>
        <source>Hangs up, records a disposition code and a comment, and sets you Ready.</source>
        <translation>Desliga, registra uma tabulação e um comentário e deixa você Disponível.</translation>
    </message>
    <message>
        <source>Tones: {sent}</source>
        <translation>Tons: {sent}</translation>
    </message>
    <message>
        <source>(sending {tones})</source>
        <translation>(enviando {tones})</translation>
    </message>
    <message>
        <source>{name}: on</source>
        <translation>{name}: ativado</translation>
    </message>
    <message>
        <source>{name}: off</source>
        <translation>{name}: desativado</translation>
    </message>
    <message>
        <source>{name}: toggled {n} times</source>
        <translation>{name}: alternado {n} vezes</translation>
    </message>
    <message>
        <source>{name}: toggled</source>
        <translation>{name}: alternado</translation>
    </message>
    <message>
        <source>{name}: not used</source>
        <translation>{name}: não usado</translation>
    </message>
    <message>
        <source>Could not reach wolkvox, retrying {action}…</source>
        <translation>{action}: não foi possível contatar o wolkvox, tentando de novo…</translation>
    </message>
    <message>
        <source>Line busy, retrying {action}…</source>
        <translation>{action}: linha ocupada, tentando de novo…</translation>
    </message>
    <message>
        <source>Sending {action}…</source>
        <translation>{action}: enviando…</translation>
    </message>
    <message>
        <source>{n} more waiting.</source>
        <translation>Na fila: mais {n}.</translation>
    </message>
    <message>
        <source>Hanging up…</source>
        <translation>Desligando…</translation>
    </message>
</context>
<context>
    <name>CustomerForm</name>
    <message>
        <source>Customer &amp;name</source>
        <translation>&amp;Nome do cliente</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>Nome do cliente</translation>
    </message>
    <message>
        <source>Optional. Sent to wolkvox with the call and kept in the history.</source>
        <translation>Opcional. Enviado ao wolkvox com a chamada e guardado no histórico.</translation>
    </message>
    <message>
        <source>Customer &amp;ID</source>
        <translation>&amp;ID do cliente</translation>
    </message>
    <message>
        <source>Customer ID</source>
        <translation>ID do cliente</translation>
    </message>
    <message>
        <source>Optional. Digits; dots, dashes and spaces are removed.</source>
        <translation>Opcional. Dígitos; pontos, traços e espaços são removidos.</translation>
    </message>
    <message>
        <source>{field} problem</source>
        <translation>Problema em {field}</translation>
    </message>
</context>
<context>
    <name>DialPad</name>
    <message>
        <source>Dial pad</source>
        <translation>Teclado de discagem</translation>
    </message>
    <message>
        <source>Keys that type into the phone number. Typing digits does the same.</source>
        <translation>Teclas que digitam no número de telefone. Digitar os dígitos tem o mesmo efeito.</translation>
    </message>
    <message>
        <source>Keys that send tones into the call.</source>
        <translation>Teclas que enviam tons para a chamada.</translation>
    </message>
    <message>
        <source>0  +</source>
        <translation>0  +</translation>
    </message>
    <message>
        <source>Backspace</source>
        <translation>Apagar</translation>
    </message>
    <message>
        <source>Deletes the character before the cursor. Hold to clear the number.</source>
        <translation>Apaga o caractere antes do cursor. Segure para limpar o número.</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>Asterisco</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>Cerquilha</translation>
    </message>
    <message>
        <source>Sends the tone {key} into the call.</source>
        <translation>Envia o tom {key} para a chamada.</translation>
    </message>
    <message>
        <source>0</source>
        <translation>0</translation>
    </message>
    <message>
        <source>Types 0. Hold to type a plus sign.</source>
        <translation>Digita 0. Segure para digitar um sinal de mais.</translation>
    </message>
    <message>
        <source>Plus</source>
        <translation>Mais</translation>
    </message>
    <message>
        <source>Types a plus sign, for international numbers.</source>
        <translation>Digita um sinal de mais, para números internacionais.</translation>
    </message>
    <message>
        <source>Types a star (*).</source>
        <translation>Digita um asterisco (*).</translation>
    </message>
    <message>
        <source>Types a hash (#).</source>
        <translation>Digita uma cerquilha (#).</translation>
    </message>
    <message>
        <source>Types {digit}.</source>
        <translation>Digita {digit}.</translation>
    </message>
</context>
<context>
    <name>DispositionDialog</name>
    <message>
        <source>Hang up with disposition</source>
        <translation>Desligar e tabular</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(nenhuma)</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentário</translation>
    </message>
    <message>
        <source>Hang up and go Ready</source>
        <translation>Desligar e ficar Disponível</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>Tabulação</translation>
    </message>
    <message>
        <source>Second disposition</source>
        <translation>Segunda tabulação</translation>
    </message>
</context>
<context>
    <name>ExtensionTesterDialog</name>
    <message>
        <source>Test extensions</source>
        <translation>Testar ramais</translation>
    </message>
    <message>
        <source>Dials a test number from each extension, one after another.</source>
        <translation>Disca um número de teste de cada ramal, um após o outro.</translation>
    </message>
    <message>
        <source>Input problem</source>
        <translation>Problema nos dados</translation>
    </message>
    <message>
        <source>%v of %m tested</source>
        <translation>%v de %m testados</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progresso</translation>
    </message>
    <message>
        <source>How many extensions have been tested.</source>
        <translation>Quantos ramais já foram testados.</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legenda</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumo</translation>
    </message>
    <message>
        <source>1001-1010, 1020</source>
        <translation>1001-1010, 1020</translation>
    </message>
    <message>
        <source>Extensions</source>
        <translation>Ramais</translation>
    </message>
    <message>
        <source>Extensions and ranges, separated by commas, spaces or new lines.</source>
        <translation>Ramais e faixas, separados por vírgulas, espaços ou quebras de linha.</translation>
    </message>
    <message>
        <source>&amp;Extensions:</source>
        <translation>&amp;Ramais:</translation>
    </message>
    <message>
        <source>+57 300 123 4567</source>
        <translation>+55 11 91234 5678</translation>
    </message>
    <message>
        <source>Test number</source>
        <translation>Número de teste</translation>
    </message>
    <message>
        <source>The number every extension dials; the dial plan applies as usual.</source>
        <translation>O número que cada ramal disca; o plano de discagem se aplica como sempre.</translation>
    </message>
    <message>
        <source>Test &amp;number:</source>
        <translation>&amp;Número de teste:</translation>
    </message>
    <message>
        <source>&amp;Hang up each test call after</source>
        <translation>&amp;Desligar cada chamada de teste após</translation>
    </message>
    <message>
        <source>Off by default: the test calls stay up until someone hangs up.</source>
        <translation>Desativado por padrão: as chamadas de teste continuam até alguém desligar.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Seconds before hanging up</source>
        <translation>Segundos antes de desligar</translation>
    </message>
    <message>
        <source>How long each accepted test call stays up before it is hung up.</source>
        <translation>Quanto tempo cada chamada de teste aceita fica ativa antes de ser desligada.</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Iniciar</translation>
    </message>
    <message>
        <source>Dials the test number from each extension in turn.</source>
        <translation>Disca o número de teste de cada ramal, um por vez.</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Parar</translation>
    </message>
    <message>
        <source>Lets the current request finish and sends no more. Shortcut: Esc.</source>
        <translation>Deixa a requisição atual terminar e não envia mais nenhuma. Atalho: Esc.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Ramal</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>wolkvox code</source>
        <translation>Código do wolkvox</translation>
    </message>
    <message>
        <source>wolkvox msg</source>
        <translation>msg do wolkvox</translation>
    </message>
    <message>
        <source>conn_id</source>
        <translation>conn_id</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latência</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exportar &amp;CSV…</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>Exportar &amp;JSON…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fechar</translation>
    </message>
    <message>
        <source>Saves the results as a spreadsheet file.</source>
        <translation>Salva os resultados em um arquivo de planilha.</translation>
    </message>
    <message>
        <source>Saves the results and the summary as a JSON file.</source>
        <translation>Salva os resultados e o resumo em um arquivo JSON.</translation>
    </message>
    <message>
        <source>Closes the window; a run in progress stops after its current request.</source>
        <translation>Fecha a janela; um teste em andamento para após a requisição atual.</translation>
    </message>
    <message>
        <source>Stopping after the current request…</source>
        <translation>Parando após a requisição atual…</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Arquivos JSON (*.json)</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>Exportar resultados</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Salvo: {path}</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Testando…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Concluído.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Interrompido.</translation>
    </message>
</context>
<context>
    <name>Header</name>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>The wolkvox server and agent extension in use</source>
        <translation>O servidor wolkvox e o ramal do agente em uso</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Agent {agent} @ wv{server}</source>
        <translation>Agente {agent} @ wv{server}</translation>
    </message>
    <message>
        <source>Agent {agent} (no server set)</source>
        <translation>Agente {agent} (sem servidor)</translation>
    </message>
    <message>
        <source>wv{server} (no agent set)</source>
        <translation>wv{server} (sem agente)</translation>
    </message>
    <message>
        <source>Not set up yet</source>
        <translation>Ainda não configurado</translation>
    </message>
    <message>
        <source>The wolkvox server and agent extension this window dials with.</source>
        <translation>O servidor wolkvox e o ramal do agente com que esta janela disca.</translation>
    </message>
    <message>
        <source>Profile {name}. Wait for the dial to finish to switch.</source>
        <translation>Perfil {name}. Aguarde o fim da discagem para trocar.</translation>
    </message>
    <message>
        <source>Profile {name}. Press to switch to another operation.</source>
        <translation>Perfil {name}. Pressione para trocar de operação.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>Open the settings: server, agent, dial plan and token (Ctrl+,).</source>
        <translation>Abre as configurações: servidor, agente, plano de discagem e token (Ctrl+,).</translation>
    </message>
    <message>
        <source>Settings (Ctrl+,)</source>
        <translation>Configurações (Ctrl+,)</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Perfis</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Columns</source>
        <translation>Colunas</translation>
    </message>
    <message>
        <source>Search phone, name or ID</source>
        <translation>Buscar número, nome ou ID</translation>
    </message>
    <message>
        <source>Search call history</source>
        <translation>Buscar no histórico de chamadas</translation>
    </message>
    <message>
        <source>Filters the calls by phone number, customer name or customer ID (Ctrl+F).</source>
        <translation>Filtra as chamadas por número, nome ou ID do cliente (Ctrl+F).</translation>
    </message>
    <message>
        <source>All calls</source>
        <translation>Todas as chamadas</translation>
    </message>
    <message>
        <source>Hide tests</source>
        <translation>Ocultar testes</translation>
    </message>
    <message>
        <source>Only tests</source>
        <translation>Só testes</translation>
    </message>
    <message>
        <source>Which calls to show</source>
        <translation>Quais chamadas mostrar</translation>
    </message>
    <message>
        <source>Show all calls, hide test calls or only tests.</source>
        <translation>Mostrar todas as chamadas, ocultar as chamadas de teste ou só os testes.</translation>
    </message>
    <message>
        <source>Call history</source>
        <translation>Histórico de chamadas</translation>
    </message>
    <message>
        <source>Newest first. Enter or double-click fills the form with the call; Delete removes it; the Menu key shows more actions.</source>
        <translation>Mais recentes primeiro. Enter ou clique duplo preenche o formulário com a chamada; Delete a exclui; a tecla Menu mostra mais ações.</translation>
    </message>
    <message>
        <source>Copy number</source>
        <translation>Copiar número</translation>
    </message>
    <message>
        <source>Copy conn_id</source>
        <translation>Copiar conn_id</translation>
    </message>
    <message>
        <source>Fill the form</source>
        <translation>Preencher formulário</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Clear history…</source>
        <translation>Limpar histórico…</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Mais</translation>
    </message>
    <message>
        <source>History actions</source>
        <translation>Ações do histórico</translation>
    </message>
    <message>
        <source>Export the history to CSV, or clear it.</source>
        <translation>Exporta o histórico para CSV ou o limpa.</translation>
    </message>
    <message>
        <source>Export CSV or clear history</source>
        <translation>Exportar CSV ou limpar histórico</translation>
    </message>
    <message>
        <source>Export call history</source>
        <translation>Exportar histórico de chamadas</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Clear call history</source>
        <translation>Limpar histórico de chamadas</translation>
    </message>
    <message>
        <source>Delete every call in the history? This cannot be undone.</source>
        <translation>Excluir todas as chamadas do histórico? Isso não pode ser desfeito.</translation>
    </message>
    <message>
        <source>No calls match</source>
        <translation>Nenhuma chamada encontrada</translation>
    </message>
    <message>
        <source>No calls yet</source>
        <translation>Nenhuma chamada ainda</translation>
    </message>
</context>
<context>
    <name>HistoryTableModel</name>
    <message>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Mensagem</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexão</translation>
    </message>
    <message>
        <source>Latency (ms)</source>
        <translation>Latência (ms)</translation>
    </message>
    <message>
        <source>Sent as %1</source>
        <translation>Enviado como %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Tools</source>
        <translation>&amp;Ferramentas</translation>
    </message>
    <message>
        <source>&amp;Test extensions…</source>
        <translation>&amp;Testar ramais…</translation>
    </message>
    <message>
        <source>Dials a test number from many extensions, one after another.</source>
        <translation>Disca um número de teste a partir de vários ramais, um após o outro.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>Copy &amp;diagnostics</source>
        <translation>Copiar &amp;diagnóstico</translation>
    </message>
    <message>
        <source>Copies a report for IT support; it holds no phone numbers, names or token.</source>
        <translation>Copia um relatório para o suporte de TI; ele não contém números, nomes nem token.</translation>
    </message>
    <message>
        <source>Dial in progress</source>
        <translation>Discagem em andamento</translation>
    </message>
    <message>
        <source>Dial</source>
        <translation>Discar</translation>
    </message>
    <message>
        <source>Dial the number (Enter)</source>
        <translation>Discar o número (Enter)</translation>
    </message>
    <message>
        <source>Dialer</source>
        <translation>Discador</translation>
    </message>
    <message>
        <source>Type a number and press Enter to have wolkvox Agent call it.</source>
        <translation>Digite um número e pressione Enter para o wolkvox Agent ligar para ele.</translation>
    </message>
    <message>
        <source>Dialing…</source>
        <translation>Discando…</translation>
    </message>
    <message>
        <source>{state} Wait for the outcome before dialing again.</source>
        <translation>{state} Aguarde o resultado antes de discar de novo.</translation>
    </message>
    <message>
        <source>Sends the number to wolkvox Agent, which places the call. Shortcut: Enter.</source>
        <translation>Envia o número ao wolkvox Agent, que faz a chamada. Atalho: Enter.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
</context>
<context>
    <name>OutcomePanel</name>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Outcome icon</source>
        <translation>Ícone do resultado</translation>
    </message>
    <message>
        <source>What happened to the last dial.</source>
        <translation>O que aconteceu com a última discagem.</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explicação</translation>
    </message>
    <message>
        <source>Why it happened, in plain words.</source>
        <translation>Por que aconteceu, em palavras simples.</translation>
    </message>
    <message>
        <source>wolkvox message</source>
        <translation>Mensagem do wolkvox</translation>
    </message>
    <message>
        <source>The message wolkvox sent, word for word.</source>
        <translation>A mensagem que o wolkvox enviou, palavra por palavra.</translation>
    </message>
    <message>
        <source>Call ID</source>
        <translation>ID da chamada</translation>
    </message>
    <message>
        <source>wolkvox&apos;s ID for the call (conn_id); the Copy button copies it.</source>
        <translation>O ID da chamada no wolkvox (conn_id); o botão Copiar o copia.</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Próximo passo</translation>
    </message>
    <message>
        <source>What to do about it.</source>
        <translation>O que fazer a respeito.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy call ID</source>
        <translation>Copiar ID da chamada</translation>
    </message>
    <message>
        <source>Copies the call ID (conn_id) to the clipboard.</source>
        <translation>Copia o ID da chamada (conn_id) para a área de transferência.</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>Abrir Configurações</translation>
    </message>
    <message>
        <source>Opens the settings to fix this.</source>
        <translation>Abre as configurações para corrigir isso.</translation>
    </message>
    <message>
        <source>Dial sent</source>
        <translation>Discagem enviada</translation>
    </message>
    <message>
        <source>Dial sent in {ms} ms</source>
        <translation>Discagem enviada em {ms} ms</translation>
    </message>
    <message>
        <source>Call ID {conn_id}</source>
        <translation>ID da chamada {conn_id}</translation>
    </message>
    <message>
        <source>wolkvox said: &quot;{msg}&quot;</source>
        <translation>O wolkvox respondeu: &quot;{msg}&quot;</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
</context>
<context>
    <name>PhoneEdit</name>
    <message>
        <source>Clear the number</source>
        <translation>Limpar o número</translation>
    </message>
    <message>
        <source>Empties the phone field (Esc clears the form).</source>
        <translation>Esvazia o campo do número (Esc limpa o formulário).</translation>
    </message>
</context>
<context>
    <name>PhonePanel</name>
    <message>
        <source>Phone number</source>
        <translation>Número de telefone</translation>
    </message>
    <message>
        <source>The number to dial. Type or paste it; formatting is cleaned. Press Enter to dial.</source>
        <translation>O número a discar. Digite ou cole; a formatação é removida. Pressione Enter para discar.</translation>
    </message>
    <message>
        <source>Number preview</source>
        <translation>Prévia do número</translation>
    </message>
    <message>
        <source>The exact digits that will be sent, or what is wrong with the number.</source>
        <translation>Os dígitos exatos que serão enviados, ou o que há de errado com o número.</translation>
    </message>
    <message>
        <source>{base} Problem: {error}</source>
        <translation>{base} Problema: {error}</translation>
    </message>
    <message>
        <source>Type or paste a number, then press Enter.</source>
        <translation>Digite ou cole um número e pressione Enter.</translation>
    </message>
    <message>
        <source>Will send {digits} (extension {ext} is not dialed)</source>
        <translation>Enviará {digits} (o ramal {ext} não é discado)</translation>
    </message>
    <message>
        <source>Will send {digits}</source>
        <translation>Enviará {digits}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>Saves the changes and closes.</source>
        <translation>Salva as alterações e fecha.</translation>
    </message>
    <message>
        <source>Closes without saving anything.</source>
        <translation>Fecha sem salvar nada.</translation>
    </message>
    <message>
        <source>Some settings are managed by your IT department.</source>
        <translation>Algumas configurações são gerenciadas pelo seu departamento de TI.</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Perfil</translation>
    </message>
    <message>
        <source>Profile to edit</source>
        <translation>Perfil a editar</translation>
    </message>
    <message>
        <source>The server, agent, dial plan and token below belong to this profile.</source>
        <translation>O servidor, o agente, o plano de discagem e o token abaixo pertencem a este perfil.</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>&amp;Perfil</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Nome do perfil</translation>
    </message>
    <message>
        <source>Letters, digits, _ and -, such as sales-2.</source>
        <translation>Letras, dígitos, _ e -, como vendas-2.</translation>
    </message>
    <message>
        <source>Profile nam&amp;e</source>
        <translation>N&amp;ome do perfil</translation>
    </message>
    <message>
        <source>A&amp;dd profile</source>
        <translation>&amp;Adicionar perfil</translation>
    </message>
    <message>
        <source>Adds a profile with a copy of the default profile&apos;s settings.</source>
        <translation>Adiciona um perfil com uma cópia das configurações do perfil padrão.</translation>
    </message>
    <message>
        <source>Remo&amp;ve profile</source>
        <translation>R&amp;emover perfil</translation>
    </message>
    <message>
        <source>Removes this profile and its token when you press OK.</source>
        <translation>Remove este perfil e seu token quando você pressionar OK.</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexão</translation>
    </message>
    <message>
        <source>Server code</source>
        <translation>Código do servidor</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Servidor</translation>
    </message>
    <message>
        <source>The code wolkvox gave your operation: 0042 in wv0042.wolkvox.com.</source>
        <translation>O código que o wolkvox deu à sua operação: 0042 em wv0042.wolkvox.com.</translation>
    </message>
    <message>
        <source>Agent extension</source>
        <translation>Ramal do agente</translation>
    </message>
    <message>
        <source>&amp;Agent ID</source>
        <translation>&amp;Ramal do agente</translation>
    </message>
    <message>
        <source>Your extension in wolkvox Agent, digits only.</source>
        <translation>Seu ramal no wolkvox Agent, só dígitos.</translation>
    </message>
    <message>
        <source>&amp;Token</source>
        <translation>&amp;Token</translation>
    </message>
    <message>
        <source>Add another pro&amp;file…</source>
        <translation>Adicionar o&amp;utro perfil…</translation>
    </message>
    <message>
        <source>For another operation: its own server, agent, dial plan and token.</source>
        <translation>Para outra operação: servidor, agente, plano de discagem e token próprios.</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inalterado</translation>
    </message>
    <message>
        <source>Paste the API token</source>
        <translation>Cole o token da API</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>Token da API</translation>
    </message>
    <message>
        <source>From wolkvox Manager: Configuration, Integrations, Tokens.</source>
        <translation>No wolkvox Manager: Configuration, Integrations, Tokens.</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Show token</source>
        <translation>Mostrar token</translation>
    </message>
    <message>
        <source>Shows or hides the typed token.</source>
        <translation>Mostra ou oculta o token digitado.</translation>
    </message>
    <message>
        <source>Use this token for this session only (not saved)</source>
        <translation>Usar este token só nesta sessão (não salvo)</translation>
    </message>
    <message>
        <source>Without a keyring the token cannot be saved; tick this to use it until you quit.</source>
        <translation>Sem chaveiro do sistema o token não pode ser salvo; marque isto para usá-lo até sair.</translation>
    </message>
    <message>
        <source>Remove token</source>
        <translation>Remover token</translation>
    </message>
    <message>
        <source>Removes the saved token when you press OK.</source>
        <translation>Remove o token salvo quando você pressionar OK.</translation>
    </message>
    <message>
        <source>No keyring is available on this computer, so the token cannot be saved. You can use it for this session only and enter it again next time.</source>
        <translation>Não há chaveiro do sistema neste computador, então o token não pode ser salvo. Você pode usá-lo só nesta sessão e informá-lo de novo na próxima vez.</translation>
    </message>
    <message>
        <source>Dialing</source>
        <translation>Discagem</translation>
    </message>
    <message>
        <source>Dial prefix</source>
        <translation>Prefixo de discagem</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>Dial p&amp;refix</source>
        <translation>Pre&amp;fixo de discagem</translation>
    </message>
    <message>
        <source>Dial tel: l&amp;inks immediately</source>
        <translation>Discar &amp;links tel: na hora</translation>
    </message>
    <message>
        <source>Store c&amp;ustomer names in the history</source>
        <translation>Guardar nomes de &amp;clientes no histórico</translation>
    </message>
    <message>
        <source>Al&amp;ways on top</source>
        <translation>Sempre &amp;visível</translation>
    </message>
    <message>
        <source>Keeps the window above other windows.</source>
        <translation>Mantém a janela acima das outras.</translation>
    </message>
    <message>
        <source>Digits put before every number, often 9.</source>
        <translation>Dígitos colocados antes de cada número, geralmente 9.</translation>
    </message>
    <message>
        <source>A leading + becomes</source>
        <translation>Um + inicial vira</translation>
    </message>
    <message>
        <source>nothing (dropped)</source>
        <translation>nada (removido)</translation>
    </message>
    <message>
        <source>A leading &amp;+ becomes</source>
        <translation>Um &amp;+ inicial vira</translation>
    </message>
    <message>
        <source>Also for 00. Empty drops it; 00 keeps numbers international.</source>
        <translation>Vale também para 00. Vazio o remove; 00 mantém o número internacional.</translation>
    </message>
    <message>
        <source>Default country</source>
        <translation>País padrão</translation>
    </message>
    <message>
        <source>Default &amp;country</source>
        <translation>País pa&amp;drão</translation>
    </message>
    <message>
        <source>Two letters. Numbers without a country code are taken as this one&apos;s.</source>
        <translation>Duas letras. Números sem código de país são considerados deste país.</translation>
    </message>
    <message>
        <source>Try a &amp;number</source>
        <translation>Testar &amp;número</translation>
    </message>
    <message>
        <source>When off, a tel: link fills the form and waits for Dial.</source>
        <translation>Se desmarcado, um link tel: preenche o formulário e espera por Discar.</translation>
    </message>
    <message>
        <source>Try a number</source>
        <translation>Testar número</translation>
    </message>
    <message>
        <source>Type a number to see the digits this dial plan would send.</source>
        <translation>Digite um número para ver os dígitos que este plano de discagem enviaria.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Histórico</translation>
    </message>
    <message>
        <source>Keep forever</source>
        <translation>Manter sempre</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dias</translation>
    </message>
    <message>
        <source>Keep calls for</source>
        <translation>Manter chamadas por</translation>
    </message>
    <message>
        <source>Older calls are deleted. 0 keeps them forever.</source>
        <translation>Chamadas mais antigas são excluídas. 0 as mantém para sempre.</translation>
    </message>
    <message>
        <source>&amp;Keep calls for</source>
        <translation>&amp;Manter chamadas por</translation>
    </message>
    <message>
        <source>When off, only numbers and IDs are kept.</source>
        <translation>Se desmarcado, só números e IDs são guardados.</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Janela</translation>
    </message>
    <message>
        <source>Start &amp;minimized to the tray</source>
        <translation>Iniciar minimizado na &amp;bandeja</translation>
    </message>
    <message>
        <source>The window opens from the tray icon.</source>
        <translation>A janela abre pelo ícone da bandeja.</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Padrão do sistema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Takes effect the next time the app starts.</source>
        <translation>Vale a partir da próxima vez que o app iniciar.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>Managed by your IT department.</source>
        <translation>Gerenciado pelo seu departamento de TI.</translation>
    </message>
    <message>
        <source>{name} (provided by IT)</source>
        <translation>{name} (fornecido pela TI)</translation>
    </message>
    <message>
        <source>Use letters, digits, _ and - (at most 32), starting with a letter or digit.</source>
        <translation>Use letras, dígitos, _ e - (no máximo 32), começando com letra ou dígito.</translation>
    </message>
    <message>
        <source>Another profile already has this name.</source>
        <translation>Já existe outro perfil com este nome.</translation>
    </message>
    <message>
        <source>There is no keyring to save it in. Tick “Use this token for this session only” to use it.</source>
        <translation>Não há chaveiro do sistema para salvá-lo. Marque “Usar este token só nesta sessão” para usá-lo.</translation>
    </message>
    <message>
        <source>Fix the dial plan above to see an example.</source>
        <translation>Corrija o plano de discagem acima para ver um exemplo.</translation>
    </message>
    <message>
        <source>The saved token will be removed when you press OK.</source>
        <translation>O token salvo será removido quando você pressionar OK.</translation>
    </message>
    <message>
        <source>This session uses the token from WOLKVOX_TOKEN.</source>
        <translation>Esta sessão usa o token de WOLKVOX_TOKEN.</translation>
    </message>
    <message>
        <source>This session uses a token that is not saved.</source>
        <translation>Esta sessão usa um token não salvo.</translation>
    </message>
    <message>
        <source>No token is saved.</source>
        <translation>Nenhum token salvo.</translation>
    </message>
    <message>
        <source>Stored in: {backend}</source>
        <translation>Guardado em: {backend}</translation>
    </message>
    <message>
        <source>Not set yet. It will be stored in: {backend}</source>
        <translation>Ainda não definido. Será guardado em: {backend}</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ocultar</translation>
    </message>
    <message>
        <source>Hide token</source>
        <translation>Ocultar token</translation>
    </message>
    <message>
        <source>Warning: any web page could then place a call by opening a tel: link.</source>
        <translation>Aviso: qualquer página da web poderia então abrir um link tel: e fazer uma chamada.</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>Transfer the call</source>
        <translation>Transferir a chamada</translation>
    </message>
    <message>
        <source>Transfer to</source>
        <translation>Transferir para</translation>
    </message>
    <message>
        <source>Number or extension</source>
        <translation>Número ou ramal</translation>
    </message>
    <message>
        <source>A phone number (dial plan applies)</source>
        <translation>Um número de telefone (com plano de discagem)</translation>
    </message>
    <message>
        <source>Another agent&apos;s extension</source>
        <translation>Ramal de outro agente</translation>
    </message>
    <message>
        <source>Will transfer to</source>
        <translation>Será transferida para</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transferir</translation>
    </message>
    <message>
        <source>Type a number or an extension.</source>
        <translation>Digite um número ou um ramal.</translation>
    </message>
    <message>
        <source>Will transfer the call to {digits}</source>
        <translation>A chamada será transferida para {digits}</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <source>Show / hide window</source>
        <translation>Mostrar / ocultar janela</translation>
    </message>
    <message>
        <source>Dial number from clipboard</source>
        <translation>Discar número da área de transferência</translation>
    </message>
    <message>
        <source>Recent numbers</source>
        <translation>Números recentes</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Sair</translation>
    </message>
    <message>
        <source>wolkvox desk</source>
        <translation>wolkvox desk</translation>
    </message>
    <message>
        <source>No recent numbers</source>
        <translation>Nenhum número recente</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome</source>
        <translation>Boas-vindas</translation>
    </message>
    <message>
        <source>Welcome to wolkvox desk</source>
        <translation>Boas-vindas ao wolkvox desk</translation>
    </message>
    <message>
        <source>To dial you need your operation&apos;s server code, your agent extension and an API token from wolkvox Manager (Configuration › Integrations › Tokens).</source>
        <translation>Para discar, você precisa do código do servidor da sua operação, do seu ramal de agente e de um token da API do wolkvox Manager (Configuration › Integrations › Tokens).</translation>
    </message>
    <message>
        <source>No account at hand? The demo dials a built-in simulator, not real customers.</source>
        <translation>Sem conta à mão? A demo disca para um simulador embutido, não para clientes reais.</translation>
    </message>
    <message>
        <source>Open &amp;settings</source>
        <translation>Abrir &amp;configurações</translation>
    </message>
    <message>
        <source>Enter the server, your extension and the token.</source>
        <translation>Informe o servidor, seu ramal e o token.</translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation>Testar a &amp;demo</translation>
    </message>
    <message>
        <source>Open the window against the built-in simulator; no account needed.</source>
        <translation>Abre a janela com o simulador embutido; não precisa de conta.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>Close wolkvox desk.</source>
        <translation>Fecha o wolkvox desk.</translation>
    </message>
</context>
</TS>
