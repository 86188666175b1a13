<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name></name>
    <message>
        <source>unknown command or link: {arg}</source>
        <extracomment>the same link clicked again within this many seconds fills the form only once</extracomment>
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
        <source>From a link: dialling at once (set by IT)</source>
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
        <source>Token kept for this session only.</source>
        <translation>Token mantido só nesta sessão.</translation>
    </message>
    <message>
        <source>Token saved in the keyring.</source>
        <translation>Token salvo no chaveiro do sistema.</translation>
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
        <extracomment>The gate wait of every call control: services.agentbox.CALL_CONTROL_WAIT_S (not imported here, because importing services.agentbox loads httpx, which waits for the request thread). a dial succeeded: the panel opens with this CallView the open call&apos;s view changed (sending, toggled, tones...) the call closed; a CloseReason value a control was accepted by wolkvox: CallAction value, words a control failed or could not be sent: CallAction value, error, Explanation wolkvox accepted a status change (also after a disposition, which sets Ready) something to tell the agent that is not a failure (controls dropped...)</extracomment>
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
        <extracomment>window options that take a value (so that the value is not taken for a command)</extracomment>
        <translation>Discagem com um clique para o wolkvox Agent.</translation>
    </message>
    <message>
        <source>log debug details</source>
        <translation>registrar detalhes de depuração</translation>
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
        <extracomment>True when the next step is in Settings (the window shows a button for it)</extracomment>
        <translation>O wolkvox respondeu: &quot;{msg}&quot;</translation>
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
        <source>Could not write {path}: {why}</source>
        <translation>Não foi possível gravar {path}: {why}</translation>
    </message>
    <message>
        <source>Diagnostics written to {path}</source>
        <translation>Diagnóstico gravado em {path}</translation>
    </message>
    <message>
        <source>hang up the current call in wolkvox Agent</source>
        <extracomment>like ``dial``: how long to wait for another request with the same token</extracomment>
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
        <extracomment>the dial was accepted and sent (the window shows progress) wolkvox accepted the dial anything else; the Explanation holds the words a field is invalid: field name (&quot;phone&quot;, &quot;customer_name&quot;, &quot;customer_id&quot;) and words busy state and the progress text (&quot;Dialing…&quot;, &quot;Line busy, retrying…&quot;) a history row was written a non-fatal problem to show (history could not be written, ...)</extracomment>
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
        <source>{key} is managed by your IT department and cannot be changed here.</source>
        <translation>{key} é gerenciado pelo seu departamento de TI e não pode ser alterado aqui.</translation>
    </message>
    <message>
        <source>No keyring is available on this computer to store the token safely. Set WOLKVOX_TOKEN for this session, or use a session-only token.</source>
        <translation>Não há chaveiro do sistema neste computador para guardar o token com segurança. Defina WOLKVOX_TOKEN para esta sessão ou use um token só desta sessão.</translation>
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
        <source>The settings file {path} could not be read ({detail}); defaults are used.</source>
        <translation>Não foi possível ler o arquivo de configurações {path} ({detail}); os valores padrão serão usados.</translation>
    </message>
    <message>
        <source>Something went wrong ({kind}).</source>
        <translation>Algo deu errado ({kind}).</translation>
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
        <extracomment>the characters that are DTMF tones target as typed, True when it is an extension (no dial plan) cod_act, cod_act_2 (&quot;&quot; when none), comments the panel opened (True) or closed (False): the dial pad switches to tones</extracomment>
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
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Columns</source>
        <extracomment>Search waits this long after the last keystroke, so typing a number queries once. Columns hidden until the user shows them from the header&apos;s context menu. Columns shown only while the table is wide enough, in this order, unless the user chose to show or hide them: in a 360 px window there is room for time, phone, customer and outcome. The widest text each column usually holds; it sets the column&apos;s initial width. The stretching customer column never gets narrower than this many characters before an automatic column gives way.</extracomment>
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
        <extracomment>the row&apos;s CallRecord the row&apos;s Outcome value (&quot;ok&quot;, &quot;refused&quot;, ...), for the view&apos;s colours and icons a page could not be read; carries the HistoryUnavailableError (the rows shown stay)</extracomment>
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
        <source>&amp;Help</source>
        <extracomment>a dial answered faster than this never shows the busy look (a flash, and a wasted repaint) Help &gt; Copy diagnostics (the app builds the bundle and puts it on the clipboard)</extracomment>
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
        <source>{state} Wait for the outcome before dialling again.</source>
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
        <source>Will send {digits} (extension {ext} is not dialled)</source>
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
        <extracomment>Text settings and the core validator that checks (and normalises) each.</extracomment>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>Some settings are managed by your IT department.</source>
        <translation>Algumas configurações são gerenciadas pelo seu departamento de TI.</translation>
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
        <source>Dial &amp;prefix</source>
        <translation>Pre&amp;fixo de discagem</translation>
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
        <source>Dial tel: &amp;links immediately</source>
        <translation>Discar &amp;links tel: na hora</translation>
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
        <source>Store customer &amp;names in the history</source>
        <translation>Guardar nomes de &amp;clientes no histórico</translation>
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
        <source>Always on &amp;top</source>
        <translation>Sempre &amp;visível</translation>
    </message>
    <message>
        <source>Start &amp;minimized to the tray</source>
        <translation>Iniciar minimizado na &amp;bandeja</translation>
    </message>
    <message>
        <source>Managed by your IT department.</source>
        <translation>Gerenciado pelo seu departamento de TI.</translation>
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
        <extracomment>How many recent numbers the menu lists. How long a notification stays up, in milliseconds.</extracomment>
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
