<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name></name>
    <message>
        <source>unknown command or link: {arg}</source>
        <translation>comando o enlace desconocido: {arg}</translation>
    </message>
    <message>
        <source>Test server: calls go to {base}</source>
        <translation>Servidor de prueba: las llamadas van a {base}</translation>
    </message>
    <message>
        <source>DEMO: calls go to the built-in simulator, not to wolkvox</source>
        <translation>DEMO: las llamadas van al simulador integrado, no a wolkvox</translation>
    </message>
    <message>
        <source>Start the demo with: wolkvox-desk --demo</source>
        <translation>Inicie la demo con: wolkvox-desk --demo</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>enviada</translation>
    </message>
    <message>
        <source>Dial sent</source>
        <translation>Marcación enviada</translation>
    </message>
    <message>
        <source>Last dial {time}: {what}</source>
        <translation>Última marcación {time}: {what}</translation>
    </message>
    <message>
        <source>From a link: dialing at once (set by IT)</source>
        <translation>Desde un enlace: marcando de inmediato (configurado por TI)</translation>
    </message>
    <message>
        <source>From a link: press Enter or Dial to call</source>
        <translation>Desde un enlace: presione Enter o Marcar para llamar</translation>
    </message>
    <message>
        <source>Export failed: {why}</source>
        <translation>No se pudo exportar: {why}</translation>
    </message>
    <message>
        <source>Exported {n} calls to {path}</source>
        <translation>Se exportaron {n} llamadas a {path}</translation>
    </message>
    <message>
        <source>The diagnostics could not be collected.</source>
        <translation>No se pudo recopilar el diagnóstico.</translation>
    </message>
    <message>
        <source>Diagnostics copied to the clipboard: paste them into your message to IT.</source>
        <translation>Diagnóstico copiado al portapapeles: péguelo en su mensaje a TI.</translation>
    </message>
    <message>
        <source>From the clipboard: press Enter or Dial to call</source>
        <translation>Desde el portapapeles: presione Enter o Marcar para llamar</translation>
    </message>
    <message>
        <source>Hang up the current call before switching profiles.</source>
        <translation>Cuelgue la llamada actual antes de cambiar de perfil.</translation>
    </message>
    <message>
        <source>Now using the profile {name}.</source>
        <translation>Ahora se usa el perfil {name}.</translation>
    </message>
    <message>
        <source>Token kept for this session only.</source>
        <translation>El token se usará solo en esta sesión.</translation>
    </message>
    <message>
        <source>Token saved in the keyring.</source>
        <translation>Token guardado en el llavero del sistema.</translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation>Colgar</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Silenciar</translation>
    </message>
    <message>
        <source>Tones</source>
        <translation>Tonos</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transferir</translation>
    </message>
    <message>
        <source>Status change</source>
        <translation>Cambio de estado</translation>
    </message>
    <message>
        <source>Hang up with disposition</source>
        <translation>Colgar y tipificar</translation>
    </message>
    <message>
        <source>Check the call in wolkvox Agent.</source>
        <translation>Revise la llamada en wolkvox Agent.</translation>
    </message>
    <message>
        <source>Check wolkvox Agent: are you logged in?</source>
        <translation>Revise wolkvox Agent: ¿inició sesión?</translation>
    </message>
    <message>
        <source>Check the call in wolkvox Agent: it may have ended there.</source>
        <translation>Revise la llamada en wolkvox Agent: puede haber terminado allí.</translation>
    </message>
    <message>
        <source>{action}: refused by wolkvox</source>
        <translation>{action}: wolkvox lo rechazó</translation>
    </message>
    <message>
        <source>wolkvox did not do it.</source>
        <translation>wolkvox no lo hizo.</translation>
    </message>
    <message>
        <source>{action}: no answer</source>
        <translation>{action}: sin respuesta</translation>
    </message>
    <message>
        <source>wolkvox did not answer in time. It MAY have been done.</source>
        <translation>wolkvox no respondió a tiempo. PUEDE que se haya hecho.</translation>
    </message>
    <message>
        <source>{action}: not sent</source>
        <translation>{action}: no se envió</translation>
    </message>
    <message>
        <source>Other requests with this token kept the line busy, so it was not sent.</source>
        <translation>Otras solicitudes con este token ocupaban la línea, así que no se envió.</translation>
    </message>
    <message>
        <source>Try again in a moment.</source>
        <translation>Intente de nuevo en un momento.</translation>
    </message>
    <message>
        <source>{action}: {title}</source>
        <translation>{action}: {title}</translation>
    </message>
    <message>
        <source>The call is on hold.</source>
        <translation>La llamada está en espera.</translation>
    </message>
    <message>
        <source>The call is off hold.</source>
        <translation>La llamada ya no está en espera.</translation>
    </message>
    <message>
        <source>Hold toggled.</source>
        <translation>Espera activada o desactivada.</translation>
    </message>
    <message>
        <source>Microphone muted.</source>
        <translation>Micrófono silenciado.</translation>
    </message>
    <message>
        <source>Microphone unmuted.</source>
        <translation>Micrófono activado.</translation>
    </message>
    <message>
        <source>Mute toggled.</source>
        <translation>Silencio activado o desactivado.</translation>
    </message>
    <message>
        <source>Hung up.</source>
        <translation>Llamada colgada.</translation>
    </message>
    <message>
        <source>Tones sent: {detail}</source>
        <translation>Tonos enviados: {detail}</translation>
    </message>
    <message>
        <source>Transferred to {detail}.</source>
        <translation>Transferida a {detail}.</translation>
    </message>
    <message>
        <source>Status set to {detail}.</source>
        <translation>Estado cambiado a {detail}.</translation>
    </message>
    <message>
        <source>Hung up with disposition {detail}; status Ready.</source>
        <translation>Colgada con tipificación {detail}; estado Ready.</translation>
    </message>
    <message>
        <source>Click-to-dial companion for wolkvox Agent.</source>
        <translation>Complemento de marcación con un clic para wolkvox Agent.</translation>
    </message>
    <message>
        <source>log debug details</source>
        <translation>registra detalles de depuración</translation>
    </message>
    <message>
        <source>use the profile NAME for this run</source>
        <translation>usa el perfil NAME en esta ejecución</translation>
    </message>
    <message>
        <source>dial a number now</source>
        <translation>marca un número ahora</translation>
    </message>
    <message>
        <source>the phone number, as typed or pasted</source>
        <translation>el número de teléfono, tal como se escribió o pegó</translation>
    </message>
    <message>
        <source>customer name</source>
        <translation>nombre del cliente</translation>
    </message>
    <message>
        <source>customer ID (digits)</source>
        <translation>ID del cliente (dígitos)</translation>
    </message>
    <message>
        <source>manage the API token in the keyring</source>
        <translation>gestiona el token de API en el llavero del sistema</translation>
    </message>
    <message>
        <source>show or change settings</source>
        <translation>muestra o cambia la configuración</translation>
    </message>
    <message>
        <source>show the call history</source>
        <translation>muestra el historial de llamadas</translation>
    </message>
    <message>
        <source>filter by phone, name or ID</source>
        <translation>filtra por número, nombre o ID</translation>
    </message>
    <message>
        <source>print the support bundle for IT</source>
        <translation>imprime el paquete de soporte para TI</translation>
    </message>
    <message>
        <source>write it to FILE (readable by you only)</source>
        <translation>lo escribe en FILE (solo usted puede leerlo)</translation>
    </message>
    <message>
        <source>run the built-in wolkvox simulator</source>
        <translation>ejecuta el simulador de wolkvox integrado</translation>
    </message>
    <message>
        <source>list, add, rename, remove or use profiles</source>
        <translation>lista, agrega, renombra, elimina o usa perfiles</translation>
    </message>
    <message>
        <source>list the profiles; * marks the one in use</source>
        <translation>lista los perfiles; * marca el que está en uso</translation>
    </message>
    <message>
        <source>add a profile</source>
        <translation>agrega un perfil</translation>
    </message>
    <message>
        <source>rename a profile</source>
        <translation>renombra un perfil</translation>
    </message>
    <message>
        <source>remove a profile and its token</source>
        <translation>elimina un perfil y su token</translation>
    </message>
    <message>
        <source>use this profile from now on</source>
        <translation>usa este perfil de ahora en adelante</translation>
    </message>
    <message>
        <source>Warning: {text}</source>
        <translation>Advertencia: {text}</translation>
    </message>
    <message>
        <source>Line busy, retrying in {delay:.1f} s (attempt {n})…</source>
        <translation>Línea ocupada, reintentando en {delay:.1f} s (intento {n})…</translation>
    </message>
    <message>
        <source>Dial sent to {phone}: conn_id {conn} ({ms:.0f} ms)</source>
        <translation>Marcación enviada a {phone}: conn_id {conn} ({ms:.0f} ms)</translation>
    </message>
    <message>
        <source>wolkvox said: &quot;{msg}&quot;</source>
        <translation>wolkvox respondió: &quot;{msg}&quot;</translation>
    </message>
    <message>
        <source>No token set for the profile {name}.</source>
        <translation>No hay token para el perfil {name}.</translation>
    </message>
    <message>
        <source>No token set (keyring: {backend}).</source>
        <translation>No hay token configurado (llavero del sistema: {backend}).</translation>
    </message>
    <message>
        <source>the WOLKVOX_TOKEN environment variable</source>
        <translation>la variable de entorno WOLKVOX_TOKEN</translation>
    </message>
    <message>
        <source>this session only</source>
        <translation>solo esta sesión</translation>
    </message>
    <message>
        <source>the keyring ({backend})</source>
        <translation>el llavero del sistema ({backend})</translation>
    </message>
    <message>
        <source>A token is set, from {where}.</source>
        <translation>Hay un token configurado; origen: {where}.</translation>
    </message>
    <message>
        <source>Token removed from the keyring.</source>
        <translation>Token eliminado del llavero del sistema.</translation>
    </message>
    <message>
        <source>Token saved in the keyring ({backend}).</source>
        <translation>Token guardado en el llavero del sistema ({backend}).</translation>
    </message>
    <message>
        <source>API token (input hidden): </source>
        <translation>Token de API (entrada oculta): </translation>
    </message>
    <message>
        <source># profile: {name}</source>
        <translation># perfil: {name}</translation>
    </message>
    <message>
        <source>(locked by IT)</source>
        <translation>(bloqueado por TI)</translation>
    </message>
    <message>
        <source>Name a setting, e.g. server, agent_id or dial_prefix.</source>
        <translation>Indique un ajuste, p. ej. server, agent_id o dial_prefix.</translation>
    </message>
    <message>
        <source>Give a value: config set KEY VALUE</source>
        <translation>Indique un valor: config set KEY VALUE</translation>
    </message>
    <message>
        <source>Profile {name} added.</source>
        <translation>Perfil {name} agregado.</translation>
    </message>
    <message>
        <source>Profile {old} renamed to {new}.</source>
        <translation>Perfil {old} renombrado a {new}.</translation>
    </message>
    <message>
        <source>Profile {name} removed.</source>
        <translation>Perfil {name} eliminado.</translation>
    </message>
    <message>
        <source>Using profile {name} from now on.</source>
        <translation>Se usará el perfil {name} de ahora en adelante.</translation>
    </message>
    <message>
        <source>(provided by IT)</source>
        <translation>(proporcionado por TI)</translation>
    </message>
    <message>
        <source>{detail} is not a valid profile name: use letters, digits, _ and -, at most 32, starting with a letter or digit.</source>
        <translation>{detail} no es un nombre de perfil válido: use letras, dígitos, _ y -, como máximo 32, y empiece con una letra o un dígito.</translation>
    </message>
    <message>
        <source>A profile called {detail} already exists.</source>
        <translation>Ya existe un perfil llamado {detail}.</translation>
    </message>
    <message>
        <source>The default profile cannot be renamed or removed.</source>
        <translation>El perfil predeterminado no se puede renombrar ni eliminar.</translation>
    </message>
    <message>
        <source>There is no profile called {name}. Profiles: {names}.</source>
        <translation>No existe un perfil llamado {name}. Perfiles: {names}.</translation>
    </message>
    <message>
        <source>Could not write {path}: {why}</source>
        <translation>No se pudo escribir {path}: {why}</translation>
    </message>
    <message>
        <source>Diagnostics written to {path}</source>
        <translation>Diagnóstico escrito en {path}</translation>
    </message>
    <message>
        <source>hang up the current call in wolkvox Agent</source>
        <translation>cuelga la llamada actual en wolkvox Agent</translation>
    </message>
    <message>
        <source>disposition code: hang up, set it, and go Ready</source>
        <translation>código de tipificación: cuelga, lo registra y pasa a Ready</translation>
    </message>
    <message>
        <source>second disposition code (optional)</source>
        <translation>segundo código de tipificación (opcional)</translation>
    </message>
    <message>
        <source>disposition comment (optional)</source>
        <translation>comentario de la tipificación (opcional)</translation>
    </message>
    <message>
        <source>toggle hold on the current call</source>
        <translation>pone o quita la espera de la llamada actual</translation>
    </message>
    <message>
        <source>toggle your microphone</source>
        <translation>silencia o activa su micrófono</translation>
    </message>
    <message>
        <source>send keypad tones into the call</source>
        <translation>envía tonos del teclado a la llamada</translation>
    </message>
    <message>
        <source>the tones: digits, * and # (quote them in the shell)</source>
        <translation>los tonos: dígitos, * y # (entre comillas en la terminal)</translation>
    </message>
    <message>
        <source>transfer the current call</source>
        <translation>transfiere la llamada actual</translation>
    </message>
    <message>
        <source>a phone number, or an extension with --extension</source>
        <translation>un número de teléfono, o una extensión con --extension</translation>
    </message>
    <message>
        <source>NUMBER is another agent&apos;s extension (sent as is, no dial plan)</source>
        <translation>NUMBER es la extensión de otro agente (se envía tal cual, sin plan de marcación)</translation>
    </message>
    <message>
        <source>set your agent status</source>
        <translation>cambia su estado de agente</translation>
    </message>
    <message>
        <source>ready, logout, or an auxiliary-state id</source>
        <translation>ready, logout o el id de un estado auxiliar</translation>
    </message>
    <message>
        <source>agent extension (overrides settings)</source>
        <translation>extensión del agente (reemplaza la configuración)</translation>
    </message>
    <message>
        <source>print one JSON object</source>
        <translation>imprime un objeto JSON</translation>
    </message>
    <message>
        <source>refuse at once if busy</source>
        <translation>rechaza de inmediato si está ocupado</translation>
    </message>
    <message>
        <source>how long to wait for another request with the same token (default 30)</source>
        <translation>cuánto esperar a otra solicitud con el mismo token (predeterminado: 30)</translation>
    </message>
    <message>
        <source>--cod-act-2 and --comments need --cod-act.</source>
        <translation>--cod-act-2 y --comments requieren --cod-act.</translation>
    </message>
    <message>
        <source>1 waiting call control was not sent.</source>
        <translation>1 control de llamada pendiente no se envió.</translation>
    </message>
    <message>
        <source>{n} waiting call controls were not sent.</source>
        <translation>{n} controles de llamada pendientes no se enviaron.</translation>
    </message>
    <message>
        <source>Dialing…</source>
        <translation>Marcando…</translation>
    </message>
    <message>
        <source>Line busy, retrying…</source>
        <translation>Línea ocupada, reintentando…</translation>
    </message>
    <message>
        <source>The call history is not available; this call was not saved.</source>
        <translation>El historial de llamadas no está disponible; esta llamada no se guardó.</translation>
    </message>
    <message>
        <source>This call could not be saved to history: {why}</source>
        <translation>No se pudo guardar esta llamada en el historial: {why}</translation>
    </message>
    <message>
        <source>Type a phone number first.</source>
        <translation>Escriba primero un número de teléfono.</translation>
    </message>
    <message>
        <source>Phone numbers cannot contain letters ({detail}).</source>
        <translation>Los números de teléfono no pueden contener letras ({detail}).</translation>
    </message>
    <message>
        <source>The number has a character that cannot be dialed ({detail}).</source>
        <translation>El número tiene un carácter que no se puede marcar ({detail}).</translation>
    </message>
    <message>
        <source>The number is too short.</source>
        <translation>El número es demasiado corto.</translation>
    </message>
    <message>
        <source>The number is too long.</source>
        <translation>El número es demasiado largo.</translation>
    </message>
    <message>
        <source>This is not a valid number for {detail}.</source>
        <translation>No es un número válido para {detail}.</translation>
    </message>
    <message>
        <source>The extension part is not valid.</source>
        <translation>La parte de la extensión no es válida.</translation>
    </message>
    <message>
        <source>The customer ID must contain only digits (dots and dashes are fine).</source>
        <translation>El ID del cliente solo debe contener dígitos (se aceptan puntos y guiones).</translation>
    </message>
    <message>
        <source>The customer ID is too long.</source>
        <translation>El ID del cliente es demasiado largo.</translation>
    </message>
    <message>
        <source>The customer name contains invisible control characters.</source>
        <translation>El nombre del cliente contiene caracteres de control invisibles.</translation>
    </message>
    <message>
        <source>The customer name is too long.</source>
        <translation>El nombre del cliente es demasiado largo.</translation>
    </message>
    <message>
        <source>The server code must be letters and digits only, as given by wolkvox support (for example 0042).</source>
        <translation>El código del servidor solo puede tener letras y dígitos, tal como lo da el soporte de wolkvox (por ejemplo 0042).</translation>
    </message>
    <message>
        <source>The agent ID must be the extension number (digits only).</source>
        <translation>El ID de agente debe ser el número de extensión (solo dígitos).</translation>
    </message>
    <message>
        <source>The dial prefix may contain only digits.</source>
        <translation>El prefijo de marcación solo puede contener dígitos.</translation>
    </message>
    <message>
        <source>What &apos;+&apos; becomes may contain only digits.</source>
        <translation>El reemplazo de &apos;+&apos; solo puede contener dígitos.</translation>
    </message>
    <message>
        <source>Use a two-letter country code such as CO, BR or MX.</source>
        <translation>Use un código de país de dos letras, como CO, BR o MX.</translation>
    </message>
    <message>
        <source>WOLKVOX_DESK_API_BASE must look like scheme://host[:port].</source>
        <translation>WOLKVOX_DESK_API_BASE debe tener la forma scheme://host[:port].</translation>
    </message>
    <message>
        <source>WOLKVOX_DESK_API_BASE may use plain http only on this computer (loopback); use https.</source>
        <translation>WOLKVOX_DESK_API_BASE solo puede usar http sin cifrar en este equipo (loopback); use https.</translation>
    </message>
    <message>
        <source>The language must be en, es or pt_BR (or empty, to follow the system).</source>
        <translation>El idioma debe ser en, es o pt_BR (o vacío, para seguir al sistema).</translation>
    </message>
    <message>
        <source>There is no setting called {detail}.</source>
        <translation>No existe un ajuste llamado {detail}.</translation>
    </message>
    <message>
        <source>That value is not valid for {key}.</source>
        <translation>Ese valor no es válido para {key}.</translation>
    </message>
    <message>
        <source>The token looks wrong: it must not be empty or contain spaces.</source>
        <translation>El token parece incorrecto: no debe estar vacío ni contener espacios.</translation>
    </message>
    <message>
        <source>{key} must be ID=Label pairs separated by semicolons, such as 7=Break; 8=Lunch (IDs: letters, digits, _ . -). Not valid: {detail}</source>
        <translation>{key} debe tener pares ID=Etiqueta separados por punto y coma, como 7=Descanso; 8=Almuerzo (ID: letras, dígitos, _ . -). No válido: {detail}</translation>
    </message>
    <message>
        <source>{key} lists the ID {detail} twice.</source>
        <translation>{key} incluye el ID {detail} dos veces.</translation>
    </message>
    <message>
        <source>{key} cannot redefine {detail}: the status menu always has it.</source>
        <translation>{key} no puede redefinir {detail}: el menú de estados siempre lo incluye.</translation>
    </message>
    <message>
        <source>{key} may list at most {detail} entries.</source>
        <translation>{key} puede incluir como máximo {detail} entradas.</translation>
    </message>
    <message>
        <source>No server is set.</source>
        <translation>No hay servidor configurado.</translation>
    </message>
    <message>
        <source>No agent extension is set.</source>
        <translation>No hay extensión de agente configurada.</translation>
    </message>
    <message>
        <source>No API token is set.</source>
        <translation>No hay token de API configurado.</translation>
    </message>
    <message>
        <source>There is no profile called {detail}.</source>
        <translation>No existe un perfil llamado {detail}.</translation>
    </message>
    <message>
        <source>wolkvox did not receive the API token.</source>
        <translation>wolkvox no recibió el token de API.</translation>
    </message>
    <message>
        <source>Open Settings to enter your token.</source>
        <translation>Abra la configuración para ingresar su token.</translation>
    </message>
    <message>
        <source>wolkvox refused the API token: it is wrong, expired or of another operation.</source>
        <translation>wolkvox rechazó el token de API: es incorrecto, venció o es de otra operación.</translation>
    </message>
    <message>
        <source>Open Settings to enter a new one.</source>
        <translation>Abra la configuración para ingresar uno nuevo.</translation>
    </message>
    <message>
        <source>This token has used up today&apos;s request quota.</source>
        <translation>Este token agotó la cuota de solicitudes de hoy.</translation>
    </message>
    <message>
        <source>Ask your supervisor: the quota resets daily.</source>
        <translation>Consulte a su supervisor: la cuota se renueva cada día.</translation>
    </message>
    <message>
        <source>The line is busy: other requests with the same token were in flight.</source>
        <translation>La línea está ocupada: había otras solicitudes en curso con el mismo token.</translation>
    </message>
    <message>
        <source>wolkvox does not know this request.</source>
        <translation>wolkvox no reconoce esta solicitud.</translation>
    </message>
    <message>
        <source>Check the server code in Settings.</source>
        <translation>Revise el código del servidor en la configuración.</translation>
    </message>
    <message>
        <source>wolkvox says a required value is missing.</source>
        <translation>wolkvox indica que falta un valor obligatorio.</translation>
    </message>
    <message>
        <source>Check the agent extension in Settings.</source>
        <translation>Revise la extensión del agente en la configuración.</translation>
    </message>
    <message>
        <source>wolkvox refused the request (the service may be under maintenance).</source>
        <translation>wolkvox rechazó la solicitud (el servicio puede estar en mantenimiento).</translation>
    </message>
    <message>
        <source>Try again in a few minutes.</source>
        <translation>Intente de nuevo en unos minutos.</translation>
    </message>
    <message>
        <source>wolkvox did not place the call.</source>
        <translation>wolkvox no hizo la llamada.</translation>
    </message>
    <message>
        <source>Check wolkvox Agent: are you logged in and ready?</source>
        <translation>Revise wolkvox Agent: ¿inició sesión y está en Ready?</translation>
    </message>
    <message>
        <source>The wolkvox server name could not be found.</source>
        <translation>No se encontró el nombre del servidor de wolkvox.</translation>
    </message>
    <message>
        <source>The wolkvox server refused the connection.</source>
        <translation>El servidor de wolkvox rechazó la conexión.</translation>
    </message>
    <message>
        <source>The wolkvox server cannot be reached.</source>
        <translation>No se puede llegar al servidor de wolkvox.</translation>
    </message>
    <message>
        <source>The proxy did not let the request through.</source>
        <translation>El proxy no dejó pasar la solicitud.</translation>
    </message>
    <message>
        <source>The server&apos;s security certificate is not trusted, so nothing was sent.</source>
        <translation>El certificado de seguridad del servidor no es de confianza, así que no se envió nada.</translation>
    </message>
    <message>
        <source>A secure connection could not be set up, so nothing was sent.</source>
        <translation>No se pudo establecer una conexión segura, así que no se envió nada.</translation>
    </message>
    <message>
        <source>The wolkvox server did not answer the connection in time.</source>
        <translation>El servidor de wolkvox no respondió a la conexión a tiempo.</translation>
    </message>
    <message>
        <source>wolkvox did not answer in time. The call MAY have been placed.</source>
        <translation>wolkvox no respondió a tiempo. PUEDE que la llamada se haya hecho.</translation>
    </message>
    <message>
        <source>The connection dropped after sending. The call MAY have been placed.</source>
        <translation>La conexión se cortó después del envío. PUEDE que la llamada se haya hecho.</translation>
    </message>
    <message>
        <source>wolkvox sent an empty answer.</source>
        <translation>wolkvox envió una respuesta vacía.</translation>
    </message>
    <message>
        <source>wolkvox sent an answer that is not in its usual format.</source>
        <translation>wolkvox envió una respuesta que no está en su formato habitual.</translation>
    </message>
    <message>
        <source>wolkvox sent a broken answer.</source>
        <translation>wolkvox envió una respuesta dañada.</translation>
    </message>
    <message>
        <source>wolkvox sent an answer in an unexpected format.</source>
        <translation>wolkvox envió una respuesta en un formato inesperado.</translation>
    </message>
    <message>
        <source>The answer was far too large to be wolkvox&apos;s.</source>
        <translation>La respuesta era demasiado grande para ser de wolkvox.</translation>
    </message>
    <message>
        <source>A web error page came back instead of wolkvox&apos;s answer (a proxy or the server failed).</source>
        <translation>Llegó una página de error web en lugar de la respuesta de wolkvox (falló un proxy o el servidor).</translation>
    </message>
    <message>
        <source>Check wolkvox Agent before dialing again.</source>
        <translation>Revise wolkvox Agent antes de volver a marcar.</translation>
    </message>
    <message>
        <source>Refused by wolkvox</source>
        <translation>Rechazada por wolkvox</translation>
    </message>
    <message>
        <source>Check the network or ask IT.</source>
        <translation>Revise la red o consulte a TI.</translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation>No enviada</translation>
    </message>
    <message>
        <source>No answer</source>
        <translation>Sin respuesta</translation>
    </message>
    <message>
        <source>Unclear answer</source>
        <translation>Respuesta no clara</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Ocupado</translation>
    </message>
    <message>
        <source>Another request with this token is still waiting for its answer.</source>
        <translation>Otra solicitud con este token aún espera su respuesta.</translation>
    </message>
    <message>
        <source>Wait for it, then press Dial again.</source>
        <translation>Espere y luego presione Marcar de nuevo.</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>The customer field is not valid.</source>
        <translation>El campo del cliente no es válido.</translation>
    </message>
    <message>
        <source>{key} is managed by your IT department and cannot be changed here.</source>
        <translation>{key} lo administra su departamento de TI y no se puede cambiar aquí.</translation>
    </message>
    <message>
        <source>Cancelled: nothing was sent.</source>
        <translation>Cancelado: no se envió nada.</translation>
    </message>
    <message>
        <source>No keyring is available on this computer to store the token safely. Set WOLKVOX_TOKEN for this session, or use a session-only token.</source>
        <translation>No hay un llavero del sistema en este equipo para guardar el token de forma segura. Defina WOLKVOX_TOKEN para esta sesión o use un token solo de sesión.</translation>
    </message>
    <message>
        <source>wolkvox desk is not set up yet.</source>
        <translation>wolkvox desk aún no está configurado.</translation>
    </message>
    <message>
        <source>The call history file was damaged or from a newer version; it was moved to {path} and a new one started.</source>
        <translation>El archivo del historial de llamadas estaba dañado o era de una versión más reciente; se movió a {path} y se inició uno nuevo.</translation>
    </message>
    <message>
        <source>The call history could not be opened ({kind}).</source>
        <translation>No se pudo abrir el historial de llamadas ({kind}).</translation>
    </message>
    <message>
        <source>The broken settings file was kept as {path}; a new one was written.</source>
        <translation>El archivo de configuración dañado se conservó como {path}; se escribió uno nuevo.</translation>
    </message>
    <message>
        <source>A profile in {path} is not valid and is ignored ({detail}).</source>
        <translation>Un perfil en {path} no es válido y se ignora ({detail}).</translation>
    </message>
    <message>
        <source>The settings file {path} could not be read ({detail}); defaults are used.</source>
        <translation>No se pudo leer el archivo de configuración {path} ({detail}); se usan los valores predeterminados.</translation>
    </message>
    <message>
        <source>Something went wrong ({kind}).</source>
        <translation>Algo salió mal ({kind}).</translation>
    </message>
    <message>
        <source>Could not reach wolkvox, retrying…</source>
        <translation>No se pudo contactar con wolkvox, reintentando…</translation>
    </message>
    <message>
        <source>Could not reach wolkvox, retrying in {delay:.1f} s (attempt {n})…</source>
        <translation>No se pudo contactar con wolkvox, reintentando en {delay:.1f} s (intento {n})…</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Rechazada</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Red</translation>
    </message>
    <message>
        <source>dial a test number from many extensions, one after another</source>
        <translation>marca un número de prueba desde muchas extensiones, una tras otra</translation>
    </message>
    <message>
        <source>Dial --phone from each extension in turn (OK means wolkvox accepted the dial).</source>
        <translation>Marca --phone desde cada extensión, por turnos (OK significa que wolkvox aceptó la marcación).</translation>
    </message>
    <message>
        <source>extensions or ranges, e.g. 1001-1010 1020 (commas work too)</source>
        <translation>extensiones o rangos, p. ej. 1001-1010 1020 (también sirven comas)</translation>
    </message>
    <message>
        <source>the test number to dial</source>
        <translation>el número de prueba a marcar</translation>
    </message>
    <message>
        <source>do not ask before a run of more than 20</source>
        <translation>no pregunta antes de una ejecución de más de 20</translation>
    </message>
    <message>
        <source>hang up each test call after SECONDS (off by default)</source>
        <translation>cuelga cada llamada de prueba tras SECONDS (desactivado por defecto)</translation>
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
        <translation>sí</translation>
    </message>
    <message>
        <source>Stopping after the current request…</source>
        <translation>Deteniendo tras la solicitud actual…</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Extensión</translation>
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
        <translation>Latencia</translation>
    </message>
    <message>
        <source>conn_id</source>
        <translation>conn_id</translation>
    </message>
    <message>
        <source>wolkvox msg</source>
        <translation>msg de wolkvox</translation>
    </message>
    <message>
        <source>{n} of {sent} hang-ups were not accepted.</source>
        <translation>wolkvox no aceptó {n} de {sent} órdenes de colgar.</translation>
    </message>
    <message>
        <source>Type at least one extension, e.g. 1001-1010, 1020.</source>
        <translation>Escriba al menos una extensión, p. ej. 1001-1010, 1020.</translation>
    </message>
    <message>
        <source>“{detail}” is not an extension or a range. Use digits, and ranges like 1001-1010.</source>
        <translation>“{detail}” no es una extensión ni un rango. Use dígitos y rangos como 1001-1010.</translation>
    </message>
    <message>
        <source>The range {detail} runs backwards; write the smaller first.</source>
        <translation>El rango {detail} está al revés; escriba primero el menor.</translation>
    </message>
    <message>
        <source>That is more than {detail} extensions; test them in smaller runs.</source>
        <translation>Son más de {detail} extensiones; pruébelas en tandas más pequeñas.</translation>
    </message>
    <message>
        <source>{detail} is too long to be an extension (12 digits at most).</source>
        <translation>{detail} es demasiado largo para ser una extensión (12 dígitos como máximo).</translation>
    </message>
    <message>
        <source>Hang up after must be a number of seconds between 1 and 3600 (got {detail}).</source>
        <translation>El tiempo para colgar debe ser un número de segundos entre 1 y 3600 (se recibió {detail}).</translation>
    </message>
    <message>
        <source>{ms:.0f} ms</source>
        <translation>{ms:.0f} ms</translation>
    </message>
    <message>
        <source>Could not connect; nothing was sent</source>
        <translation>No se pudo conectar; no se envió nada</translation>
    </message>
    <message>
        <source>Server name not found; nothing was sent</source>
        <translation>Servidor no encontrado; no se envió nada</translation>
    </message>
    <message>
        <source>Server unreachable; nothing was sent</source>
        <translation>Servidor inaccesible; no se envió nada</translation>
    </message>
    <message>
        <source>Proxy failed; nothing was sent</source>
        <translation>Falló el proxy; no se envió nada</translation>
    </message>
    <message>
        <source>Certificate not trusted; nothing was sent</source>
        <translation>Certificado no confiable; no se envió nada</translation>
    </message>
    <message>
        <source>Secure connection failed; nothing was sent</source>
        <translation>Falló la conexión segura; no se envió nada</translation>
    </message>
    <message>
        <source>No connection in time; nothing was sent</source>
        <translation>Sin conexión a tiempo; no se envió nada</translation>
    </message>
    <message>
        <source>No answer in time; the call MAY have been placed</source>
        <translation>Sin respuesta a tiempo; la llamada PUEDE haberse hecho</translation>
    </message>
    <message>
        <source>Connection dropped; the call MAY have been placed</source>
        <translation>Conexión cortada; la llamada PUEDE haberse hecho</translation>
    </message>
    <message>
        <source>The token stayed busy; not sent</source>
        <translation>El token siguió ocupado; no se envió</translation>
    </message>
    <message>
        <source>Empty answer</source>
        <translation>Respuesta vacía</translation>
    </message>
    <message>
        <source>Answer not in wolkvox&apos;s format</source>
        <translation>Respuesta fuera del formato de wolkvox</translation>
    </message>
    <message>
        <source>Broken answer</source>
        <translation>Respuesta dañada</translation>
    </message>
    <message>
        <source>Answer in an unexpected format</source>
        <translation>Respuesta en un formato inesperado</translation>
    </message>
    <message>
        <source>Answer far too large</source>
        <translation>Respuesta demasiado grande</translation>
    </message>
    <message>
        <source>A web error page instead of wolkvox&apos;s answer</source>
        <translation>Una página de error web en lugar de la respuesta de wolkvox</translation>
    </message>
    <message>
        <source>and {n} more</source>
        <translation>y {n} más</translation>
    </message>
    <message>
        <source>{ok} of {done} answered OK</source>
        <translation>{ok} de {done} respondieron OK</translation>
    </message>
    <message>
        <source>{n} refused: {which}</source>
        <translation>{n} rechazadas: {which}</translation>
    </message>
    <message>
        <source>{n} failed (network or unclear answer): {which}</source>
        <translation>{n} fallaron (red o respuesta no clara): {which}</translation>
    </message>
    <message>
        <source>Stopped: {n} of {planned} not tested.</source>
        <translation>Detenido: {n} de {planned} sin probar.</translation>
    </message>
    <message>
        <source>OK means that wolkvox accepted the dial, not that anyone answered. Refused means wolkvox said no (its message is shown as is).</source>
        <translation>OK significa que wolkvox aceptó la marcación, no que alguien contestó. Rechazada significa que wolkvox dijo que no (su mensaje se muestra tal cual).</translation>
    </message>
    <message>
        <source>Dial {phone} from {n} extensions, one after another?</source>
        <translation>¿Marcar {phone} desde {n} extensiones, una tras otra?</translation>
    </message>
</context>
<context>
    <name>AgentStatusButton</name>
    <message>
        <source>Agent status</source>
        <translation>Estado del agente</translation>
    </message>
    <message>
        <source>Set your status in wolkvox Agent. Shows the last status set from here; wolkvox Agent may have changed it since.</source>
        <translation>Cambie su estado en wolkvox Agent. Muestra el último estado fijado desde aquí; wolkvox Agent puede haberlo cambiado después.</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Ready</translation>
    </message>
    <message>
        <source>Logout</source>
        <translation>Logout</translation>
    </message>
    <message>
        <source>Logged out</source>
        <translation>Logout</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Last status set from here: {status}</source>
        <translation>Último estado fijado desde aquí: {status}</translation>
    </message>
    <message>
        <source>No status set from here yet.</source>
        <translation>Aún no se ha fijado un estado desde aquí.</translation>
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
        <translation>Llamada</translation>
    </message>
    <message>
        <source>On a call: {phone}</source>
        <translation>En llamada: {phone}</translation>
    </message>
    <message>
        <source>Call ID {conn_id}</source>
        <translation>ID de llamada {conn_id}</translation>
    </message>
    <message>
        <source>wolkvox said: &quot;{msg}&quot;</source>
        <translation>wolkvox respondió: &quot;{msg}&quot;</translation>
    </message>
    <message>
        <source>Call ID</source>
        <translation>ID de llamada</translation>
    </message>
    <message>
        <source>Call state</source>
        <translation>Estado de la llamada</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <source>Tones</source>
        <translation>Tonos</translation>
    </message>
    <message>
        <source>The dial pad, and digits typed here, send tones into the call.</source>
        <translation>El teclado de marcación y los dígitos que escriba aquí envían tonos a la llamada.</translation>
    </message>
    <message>
        <source>Call message</source>
        <translation>Mensaje de la llamada</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Close the call panel</source>
        <translation>Cerrar el panel de llamada</translation>
    </message>
    <message>
        <source>Close this panel. The call itself goes on in wolkvox Agent.</source>
        <translation>Cierra este panel. La llamada sigue en wolkvox Agent.</translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation>Colgar</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Mute</source>
        <translation>Silenciar</translation>
    </message>
    <message>
        <source>Transfer…</source>
        <translation>Transferir…</translation>
    </message>
    <message>
        <source>Hang up with disposition…</source>
        <translation>Colgar y tipificar…</translation>
    </message>
    <message>
        <source>Hangs up the call in wolkvox Agent.</source>
        <translation>Cuelga la llamada en wolkvox Agent.</translation>
    </message>
    <message>
        <source>Toggles hold: press again to take the call off hold.</source>
        <translation>Pone la llamada en espera: presione de nuevo para quitar la espera.</translation>
    </message>
    <message>
        <source>Toggles your microphone: press again to unmute.</source>
        <translation>Silencia su micrófono: presione de nuevo para activarlo.</translation>
    </message>
    <message>
        <source>Transfers the call to a number or another agent&apos;s extension; asks first.</source>
        <translation>Transfiere la llamada a un número o a la extensión de otro agente; pide confirmación.</translation>
    </message>
    <message>
        <source>Hangs up, records a disposition code and a comment, and sets you Ready.</source>
        <translation>Cuelga, registra un código de tipificación y un comentario, y lo pasa a Ready.</translation>
    </message>
    <message>
        <source>Tones: {sent}</source>
        <translation>Tonos: {sent}</translation>
    </message>
    <message>
        <source>(sending {tones})</source>
        <translation>(enviando {tones})</translation>
    </message>
    <message>
        <source>{name}: on</source>
        <translation>{name}: sí</translation>
    </message>
    <message>
        <source>{name}: off</source>
        <translation>{name}: no</translation>
    </message>
    <message>
        <source>{name}: toggled {n} times</source>
        <translation>{name}: cambiado {n} veces</translation>
    </message>
    <message>
        <source>{name}: toggled</source>
        <translation>{name}: cambiado</translation>
    </message>
    <message>
        <source>{name}: not used</source>
        <translation>{name}: sin usar</translation>
    </message>
    <message>
        <source>Could not reach wolkvox, retrying {action}…</source>
        <translation>No se pudo contactar con wolkvox, reintentando {action}…</translation>
    </message>
    <message>
        <source>Line busy, retrying {action}…</source>
        <translation>Línea ocupada, reintentando {action}…</translation>
    </message>
    <message>
        <source>Sending {action}…</source>
        <translation>Enviando {action}…</translation>
    </message>
    <message>
        <source>{n} more waiting.</source>
        <translation>{n} más pendientes.</translation>
    </message>
    <message>
        <source>Hanging up…</source>
        <translation>Colgando…</translation>
    </message>
</context>
<context>
    <name>CustomerForm</name>
    <message>
        <source>Customer &amp;name</source>
        <translation>&amp;Nombre del cliente</translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation>Nombre del cliente</translation>
    </message>
    <message>
        <source>Optional. Sent to wolkvox with the call and kept in the history.</source>
        <translation>Opcional. Se envía a wolkvox con la llamada y se guarda en el historial.</translation>
    </message>
    <message>
        <source>Customer &amp;ID</source>
        <translation>&amp;ID del cliente</translation>
    </message>
    <message>
        <source>Customer ID</source>
        <translation>ID del cliente</translation>
    </message>
    <message>
        <source>Optional. Digits; dots, dashes and spaces are removed.</source>
        <translation>Opcional. Dígitos; se quitan puntos, guiones y espacios.</translation>
    </message>
    <message>
        <source>{field} problem</source>
        <translation>Problema en {field}</translation>
    </message>
</context>
<context>
    <name>DialPad</name>
    <message>
        <source>Dial pad</source>
        <translation>Teclado de marcación</translation>
    </message>
    <message>
        <source>Keys that type into the phone number. Typing digits does the same.</source>
        <translation>Teclas que escriben en el número de teléfono. Escribir dígitos hace lo mismo.</translation>
    </message>
    <message>
        <source>Keys that send tones into the call.</source>
        <translation>Teclas que envían tonos a la llamada.</translation>
    </message>
    <message>
        <source>0  +</source>
        <translation>0  +</translation>
    </message>
    <message>
        <source>Backspace</source>
        <translation>Retroceso</translation>
    </message>
    <message>
        <source>Deletes the character before the cursor. Hold to clear the number.</source>
        <translation>Borra el carácter antes del cursor. Manténgala presionada para borrar el número.</translation>
    </message>
    <message>
        <source>Star</source>
        <translation>Asterisco</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>Numeral</translation>
    </message>
    <message>
        <source>Sends the tone {key} into the call.</source>
        <translation>Envía el tono {key} a la llamada.</translation>
    </message>
    <message>
        <source>0</source>
        <translation>0</translation>
    </message>
    <message>
        <source>Types 0. Hold to type a plus sign.</source>
        <translation>Escribe 0. Manténgala presionada para escribir un signo más.</translation>
    </message>
    <message>
        <source>Plus</source>
        <translation>Más</translation>
    </message>
    <message>
        <source>Types a plus sign, for international numbers.</source>
        <translation>Escribe un signo más, para números internacionales.</translation>
    </message>
    <message>
        <source>Types a star (*).</source>
        <translation>Escribe un asterisco (*).</translation>
    </message>
    <message>
        <source>Types a hash (#).</source>
        <translation>Escribe un numeral (#).</translation>
    </message>
    <message>
        <source>Types {digit}.</source>
        <translation>Escribe {digit}.</translation>
    </message>
</context>
<context>
    <name>DispositionDialog</name>
    <message>
        <source>Hang up with disposition</source>
        <translation>Colgar y tipificar</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <source>Comment</source>
        <translation>Comentario</translation>
    </message>
    <message>
        <source>Hang up and go Ready</source>
        <translation>Colgar y pasar a Ready</translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation>Tipificación</translation>
    </message>
    <message>
        <source>Second disposition</source>
        <translation>Segunda tipificación</translation>
    </message>
</context>
<context>
    <name>ExtensionTesterDialog</name>
    <message>
        <source>Test extensions</source>
        <translation>Probar extensiones</translation>
    </message>
    <message>
        <source>Dials a test number from each extension, one after another.</source>
        <translation>Marca un número de prueba desde cada extensión, una tras otra.</translation>
    </message>
    <message>
        <source>Input problem</source>
        <translation>Problema en los datos</translation>
    </message>
    <message>
        <source>%v of %m tested</source>
        <translation>%v de %m probadas</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>How many extensions have been tested.</source>
        <translation>Cuántas extensiones se han probado.</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Leyenda</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>1001-1010, 1020</source>
        <translation>1001-1010, 1020</translation>
    </message>
    <message>
        <source>Extensions</source>
        <translation>Extensiones</translation>
    </message>
    <message>
        <source>Extensions and ranges, separated by commas, spaces or new lines.</source>
        <translation>Extensiones y rangos, separados por comas, espacios o saltos de línea.</translation>
    </message>
    <message>
        <source>&amp;Extensions:</source>
        <translation>&amp;Extensiones:</translation>
    </message>
    <message>
        <source>+57 300 123 4567</source>
        <translation>+57 300 123 4567</translation>
    </message>
    <message>
        <source>Test number</source>
        <translation>Número de prueba</translation>
    </message>
    <message>
        <source>The number every extension dials; the dial plan applies as usual.</source>
        <translation>El número que marca cada extensión; el plan de marcación se aplica como siempre.</translation>
    </message>
    <message>
        <source>Test &amp;number:</source>
        <translation>&amp;Número de prueba:</translation>
    </message>
    <message>
        <source>&amp;Hang up each test call after</source>
        <translation>&amp;Colgar cada llamada de prueba tras</translation>
    </message>
    <message>
        <source>Off by default: the test calls stay up until someone hangs up.</source>
        <translation>Desactivado por defecto: las llamadas de prueba siguen hasta que alguien cuelgue.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Seconds before hanging up</source>
        <translation>Segundos antes de colgar</translation>
    </message>
    <message>
        <source>How long each accepted test call stays up before it is hung up.</source>
        <translation>Cuánto dura cada llamada de prueba aceptada antes de colgarla.</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Iniciar</translation>
    </message>
    <message>
        <source>Dials the test number from each extension in turn.</source>
        <translation>Marca el número de prueba desde cada extensión, por turnos.</translation>
    </message>
    <message>
        <source>S&amp;top</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <source>Lets the current request finish and sends no more. Shortcut: Esc.</source>
        <translation>Deja terminar la solicitud actual y no envía más. Atajo: Esc.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Extension</source>
        <translation>Extensión</translation>
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
        <translation>código de wolkvox</translation>
    </message>
    <message>
        <source>wolkvox msg</source>
        <translation>msg de wolkvox</translation>
    </message>
    <message>
        <source>conn_id</source>
        <translation>conn_id</translation>
    </message>
    <message>
        <source>Latency</source>
        <translation>Latencia</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exportar C&amp;SV…</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>Exportar &amp;JSON…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Saves the results as a spreadsheet file.</source>
        <translation>Guarda los resultados como hoja de cálculo.</translation>
    </message>
    <message>
        <source>Saves the results and the summary as a JSON file.</source>
        <translation>Guarda los resultados y el resumen como archivo JSON.</translation>
    </message>
    <message>
        <source>Closes the window; a run in progress stops after its current request.</source>
        <translation>Cierra la ventana; una prueba en curso se detiene tras su solicitud actual.</translation>
    </message>
    <message>
        <source>Stopping after the current request…</source>
        <translation>Deteniendo tras la solicitud actual…</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <source>Export results</source>
        <translation>Exportar resultados</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>Se guardó {path}</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Probando…</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Listo.</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>Detenido.</translation>
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
        <translation>El servidor de wolkvox y la extensión de agente en uso</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Agent {agent} @ wv{server}</source>
        <translation>Agente {agent} @ wv{server}</translation>
    </message>
    <message>
        <source>Agent {agent} (no server set)</source>
        <translation>Agente {agent} (sin servidor)</translation>
    </message>
    <message>
        <source>wv{server} (no agent set)</source>
        <translation>wv{server} (sin agente)</translation>
    </message>
    <message>
        <source>Not set up yet</source>
        <translation>Aún sin configurar</translation>
    </message>
    <message>
        <source>The wolkvox server and agent extension this window dials with.</source>
        <translation>El servidor de wolkvox y la extensión de agente con que marca esta ventana.</translation>
    </message>
    <message>
        <source>Profile {name}. Wait for the dial to finish to switch.</source>
        <translation>Perfil {name}. Espere a que termine la marcación para cambiar.</translation>
    </message>
    <message>
        <source>Profile {name}. Press to switch to another operation.</source>
        <translation>Perfil {name}. Presione para cambiar a otra operación.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Open the settings: server, agent, dial plan and token (Ctrl+,).</source>
        <translation>Abre la configuración: servidor, agente, plan de marcación y token (Ctrl+,).</translation>
    </message>
    <message>
        <source>Settings (Ctrl+,)</source>
        <translation>Configuración (Ctrl+,)</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Perfiles</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <source>Search phone, name or ID</source>
        <translation>Buscar número, nombre o ID</translation>
    </message>
    <message>
        <source>Search call history</source>
        <translation>Buscar en el historial</translation>
    </message>
    <message>
        <source>Filters the calls by phone number, customer name or customer ID (Ctrl+F).</source>
        <translation>Filtra las llamadas por número, nombre o ID del cliente (Ctrl+F).</translation>
    </message>
    <message>
        <source>All calls</source>
        <translation>Todas</translation>
    </message>
    <message>
        <source>Hide tests</source>
        <translation>Sin pruebas</translation>
    </message>
    <message>
        <source>Only tests</source>
        <translation>Solo pruebas</translation>
    </message>
    <message>
        <source>Which calls to show</source>
        <translation>Qué llamadas mostrar</translation>
    </message>
    <message>
        <source>Show all calls, hide test calls or only tests.</source>
        <translation>Muestra todas las llamadas, sin las de prueba o solo las de prueba.</translation>
    </message>
    <message>
        <source>Call history</source>
        <translation>Historial de llamadas</translation>
    </message>
    <message>
        <source>Newest first. Enter or double-click fills the form with the call; Delete removes it; the Menu key shows more actions.</source>
        <translation>Las más recientes primero. Enter o doble clic llena el formulario con la llamada; Supr la elimina; la tecla Menú muestra más acciones.</translation>
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
        <translation>Llenar el formulario</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exportar CSV…</translation>
    </message>
    <message>
        <source>Clear history…</source>
        <translation>Borrar historial…</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Más</translation>
    </message>
    <message>
        <source>History actions</source>
        <translation>Acciones del historial</translation>
    </message>
    <message>
        <source>Export the history to CSV, or clear it.</source>
        <translation>Exporta el historial a CSV o lo borra.</translation>
    </message>
    <message>
        <source>Export CSV or clear history</source>
        <translation>Exportar CSV o borrar historial</translation>
    </message>
    <message>
        <source>Export call history</source>
        <translation>Exportar historial de llamadas</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Clear call history</source>
        <translation>Borrar historial de llamadas</translation>
    </message>
    <message>
        <source>Delete every call in the history? This cannot be undone.</source>
        <translation>¿Eliminar todas las llamadas del historial? No se puede deshacer.</translation>
    </message>
    <message>
        <source>No calls match</source>
        <translation>Ninguna llamada coincide</translation>
    </message>
    <message>
        <source>No calls yet</source>
        <translation>Aún no hay llamadas</translation>
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
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>ID de llamada</translation>
    </message>
    <message>
        <source>Latency (ms)</source>
        <translation>Latencia (ms)</translation>
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
        <translation>&amp;Herramientas</translation>
    </message>
    <message>
        <source>&amp;Test extensions…</source>
        <translation>&amp;Probar extensiones…</translation>
    </message>
    <message>
        <source>Dials a test number from many extensions, one after another.</source>
        <translation>Marca un número de prueba desde muchas extensiones, una tras otra.</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>Copy &amp;diagnostics</source>
        <translation>Copiar &amp;diagnóstico</translation>
    </message>
    <message>
        <source>Copies a report for IT support; it holds no phone numbers, names or token.</source>
        <translation>Copia un informe para soporte de TI; no incluye números, nombres ni el token.</translation>
    </message>
    <message>
        <source>Dial in progress</source>
        <translation>Marcación en curso</translation>
    </message>
    <message>
        <source>Dial</source>
        <translation>Marcar</translation>
    </message>
    <message>
        <source>Dial the number (Enter)</source>
        <translation>Marcar el número (Enter)</translation>
    </message>
    <message>
        <source>Dialer</source>
        <translation>Marcador</translation>
    </message>
    <message>
        <source>Type a number and press Enter to have wolkvox Agent call it.</source>
        <translation>Escriba un número y presione Enter para que wolkvox Agent lo llame.</translation>
    </message>
    <message>
        <source>Dialing…</source>
        <translation>Marcando…</translation>
    </message>
    <message>
        <source>{state} Wait for the outcome before dialing again.</source>
        <translation>{state} Espere el resultado antes de volver a marcar.</translation>
    </message>
    <message>
        <source>Sends the number to wolkvox Agent, which places the call. Shortcut: Enter.</source>
        <translation>Envía el número a wolkvox Agent, que hace la llamada. Atajo: Enter.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
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
        <translation>Ícono del resultado</translation>
    </message>
    <message>
        <source>What happened to the last dial.</source>
        <translation>Qué pasó con la última marcación.</translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation>Explicación</translation>
    </message>
    <message>
        <source>Why it happened, in plain words.</source>
        <translation>Por qué pasó, en palabras sencillas.</translation>
    </message>
    <message>
        <source>wolkvox message</source>
        <translation>Mensaje de wolkvox</translation>
    </message>
    <message>
        <source>The message wolkvox sent, word for word.</source>
        <translation>El mensaje que envió wolkvox, palabra por palabra.</translation>
    </message>
    <message>
        <source>Call ID</source>
        <translation>ID de llamada</translation>
    </message>
    <message>
        <source>wolkvox&apos;s ID for the call (conn_id); the Copy button copies it.</source>
        <translation>El ID de wolkvox para la llamada (conn_id); el botón Copiar lo copia.</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Siguiente paso</translation>
    </message>
    <message>
        <source>What to do about it.</source>
        <translation>Qué hacer al respecto.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy call ID</source>
        <translation>Copiar ID de llamada</translation>
    </message>
    <message>
        <source>Copies the call ID (conn_id) to the clipboard.</source>
        <translation>Copia el ID de llamada (conn_id) al portapapeles.</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>Abrir configuración</translation>
    </message>
    <message>
        <source>Opens the settings to fix this.</source>
        <translation>Abre la configuración para corregirlo.</translation>
    </message>
    <message>
        <source>Dial sent</source>
        <translation>Marcación enviada</translation>
    </message>
    <message>
        <source>Dial sent in {ms} ms</source>
        <translation>Marcación enviada en {ms} ms</translation>
    </message>
    <message>
        <source>Call ID {conn_id}</source>
        <translation>ID de llamada {conn_id}</translation>
    </message>
    <message>
        <source>wolkvox said: &quot;{msg}&quot;</source>
        <translation>wolkvox respondió: &quot;{msg}&quot;</translation>
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
        <translation>Borrar el número</translation>
    </message>
    <message>
        <source>Empties the phone field (Esc clears the form).</source>
        <translation>Vacía el campo del número (Esc borra el formulario).</translation>
    </message>
</context>
<context>
    <name>PhonePanel</name>
    <message>
        <source>Phone number</source>
        <translation>Número de teléfono</translation>
    </message>
    <message>
        <source>The number to dial. Type or paste it; formatting is cleaned. Press Enter to dial.</source>
        <translation>El número a marcar. Escríbalo o péguelo; el formato se limpia. Presione Enter para marcar.</translation>
    </message>
    <message>
        <source>Number preview</source>
        <translation>Vista previa del número</translation>
    </message>
    <message>
        <source>The exact digits that will be sent, or what is wrong with the number.</source>
        <translation>Los dígitos exactos que se enviarán, o qué está mal en el número.</translation>
    </message>
    <message>
        <source>{base} Problem: {error}</source>
        <translation>{base} Problema: {error}</translation>
    </message>
    <message>
        <source>Type or paste a number, then press Enter.</source>
        <translation>Escriba o pegue un número y presione Enter.</translation>
    </message>
    <message>
        <source>Will send {digits} (extension {ext} is not dialed)</source>
        <translation>Se enviará {digits} (la extensión {ext} no se marca)</translation>
    </message>
    <message>
        <source>Will send {digits}</source>
        <translation>Se enviará {digits}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Saves the changes and closes.</source>
        <translation>Guarda los cambios y cierra.</translation>
    </message>
    <message>
        <source>Closes without saving anything.</source>
        <translation>Cierra sin guardar nada.</translation>
    </message>
    <message>
        <source>Some settings are managed by your IT department.</source>
        <translation>Su departamento de TI administra algunos ajustes.</translation>
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
        <translation>El servidor, el agente, el plan de marcación y el token de abajo pertenecen a este perfil.</translation>
    </message>
    <message>
        <source>&amp;Profile</source>
        <translation>P&amp;erfil</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Nombre del perfil</translation>
    </message>
    <message>
        <source>Letters, digits, _ and -, such as sales-2.</source>
        <translation>Letras, dígitos, _ y -, como ventas-2.</translation>
    </message>
    <message>
        <source>Profile nam&amp;e</source>
        <translation>Nom&amp;bre del perfil</translation>
    </message>
    <message>
        <source>A&amp;dd profile</source>
        <translation>A&amp;gregar perfil</translation>
    </message>
    <message>
        <source>Adds a profile with a copy of the default profile&apos;s settings.</source>
        <translation>Agrega un perfil con una copia de la configuración del perfil predeterminado.</translation>
    </message>
    <message>
        <source>Remo&amp;ve profile</source>
        <translation>El&amp;iminar perfil</translation>
    </message>
    <message>
        <source>Removes this profile and its token when you press OK.</source>
        <translation>Quita este perfil y su token al presionar Aceptar.</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Conexión</translation>
    </message>
    <message>
        <source>Server code</source>
        <translation>Código del servidor</translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation>&amp;Servidor</translation>
    </message>
    <message>
        <source>The code wolkvox gave your operation: 0042 in wv0042.wolkvox.com.</source>
        <translation>El código que wolkvox asignó a su operación: 0042 en wv0042.wolkvox.com.</translation>
    </message>
    <message>
        <source>Agent extension</source>
        <translation>Extensión del agente</translation>
    </message>
    <message>
        <source>&amp;Agent ID</source>
        <translation>ID de &amp;agente</translation>
    </message>
    <message>
        <source>Your extension in wolkvox Agent, digits only.</source>
        <translation>Su extensión en wolkvox Agent, solo dígitos.</translation>
    </message>
    <message>
        <source>&amp;Token</source>
        <translation>&amp;Token</translation>
    </message>
    <message>
        <source>Add another pro&amp;file…</source>
        <translation>Agregar otro per&amp;fil…</translation>
    </message>
    <message>
        <source>For another operation: its own server, agent, dial plan and token.</source>
        <translation>Para otra operación: su propio servidor, agente, plan de marcación y token.</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <source>Paste the API token</source>
        <translation>Pegue el token de API</translation>
    </message>
    <message>
        <source>API token</source>
        <translation>Token de API</translation>
    </message>
    <message>
        <source>From wolkvox Manager: Configuration, Integrations, Tokens.</source>
        <translation>En wolkvox Manager: Configuración, Integraciones, Tokens.</translation>
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
        <translation>Muestra u oculta el token escrito.</translation>
    </message>
    <message>
        <source>Use this token for this session only (not saved)</source>
        <translation>Usar este token solo en esta sesión (no se guarda)</translation>
    </message>
    <message>
        <source>Without a keyring the token cannot be saved; tick this to use it until you quit.</source>
        <translation>Sin llavero del sistema no se puede guardar el token; marque esta opción para usarlo hasta que salga.</translation>
    </message>
    <message>
        <source>Remove token</source>
        <translation>Quitar token</translation>
    </message>
    <message>
        <source>Removes the saved token when you press OK.</source>
        <translation>Quita el token guardado al presionar Aceptar.</translation>
    </message>
    <message>
        <source>No keyring is available on this computer, so the token cannot be saved. You can use it for this session only and enter it again next time.</source>
        <translation>No hay llavero del sistema en este equipo, así que el token no se puede guardar. Puede usarlo solo en esta sesión e ingresarlo de nuevo la próxima vez.</translation>
    </message>
    <message>
        <source>Dialing</source>
        <translation>Marcación</translation>
    </message>
    <message>
        <source>Dial prefix</source>
        <translation>Prefijo de marcación</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Dial p&amp;refix</source>
        <translation>&amp;Prefijo de marcación</translation>
    </message>
    <message>
        <source>Dial tel: l&amp;inks immediately</source>
        <translation>Marcar en&amp;laces tel: al instante</translation>
    </message>
    <message>
        <source>Store c&amp;ustomer names in the history</source>
        <translation>Guardar &amp;nombres de clientes en el historial</translation>
    </message>
    <message>
        <source>Al&amp;ways on top</source>
        <translation>Siempre &amp;visible</translation>
    </message>
    <message>
        <source>Keeps the window above other windows.</source>
        <translation>Mantiene la ventana sobre las demás.</translation>
    </message>
    <message>
        <source>Digits put before every number, often 9.</source>
        <translation>Dígitos antepuestos a cada número, a menudo 9.</translation>
    </message>
    <message>
        <source>A leading + becomes</source>
        <translation>Un + inicial se convierte en</translation>
    </message>
    <message>
        <source>nothing (dropped)</source>
        <translation>nada (se quita)</translation>
    </message>
    <message>
        <source>A leading &amp;+ becomes</source>
        <translation>Un &amp;+ inicial se convierte en</translation>
    </message>
    <message>
        <source>Also for 00. Empty drops it; 00 keeps numbers international.</source>
        <translation>También para 00. Vacío lo quita; 00 mantiene los números internacionales.</translation>
    </message>
    <message>
        <source>Default country</source>
        <translation>País predeterminado</translation>
    </message>
    <message>
        <source>Default &amp;country</source>
        <translation>País pre&amp;determinado</translation>
    </message>
    <message>
        <source>Two letters. Numbers without a country code are taken as this one&apos;s.</source>
        <translation>Dos letras. Los números sin código de país se toman como de este país.</translation>
    </message>
    <message>
        <source>Try a &amp;number</source>
        <translation>P&amp;robar un número</translation>
    </message>
    <message>
        <source>When off, a tel: link fills the form and waits for Dial.</source>
        <translation>Si está desactivado, un enlace tel: llena el formulario y espera a Marcar.</translation>
    </message>
    <message>
        <source>Try a number</source>
        <translation>Probar un número</translation>
    </message>
    <message>
        <source>Type a number to see the digits this dial plan would send.</source>
        <translation>Escriba un número para ver los dígitos que enviaría este plan de marcación.</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Keep forever</source>
        <translation>Conservar siempre</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>Keep calls for</source>
        <translation>Conservar llamadas durante</translation>
    </message>
    <message>
        <source>Older calls are deleted. 0 keeps them forever.</source>
        <translation>Las llamadas más antiguas se eliminan. 0 las conserva siempre.</translation>
    </message>
    <message>
        <source>&amp;Keep calls for</source>
        <translation>&amp;Conservar llamadas durante</translation>
    </message>
    <message>
        <source>When off, only numbers and IDs are kept.</source>
        <translation>Si está desactivado, solo se guardan números e ID.</translation>
    </message>
    <message>
        <source>Window</source>
        <translation>Ventana</translation>
    </message>
    <message>
        <source>Start &amp;minimized to the tray</source>
        <translation>Iniciar &amp;minimizado en la bandeja</translation>
    </message>
    <message>
        <source>The window opens from the tray icon.</source>
        <translation>La ventana se abre desde el icono de la bandeja.</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Takes effect the next time the app starts.</source>
        <translation>Se aplica la próxima vez que se inicie la aplicación.</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>Idi&amp;oma</translation>
    </message>
    <message>
        <source>Managed by your IT department.</source>
        <translation>Administrado por su departamento de TI.</translation>
    </message>
    <message>
        <source>{name} (provided by IT)</source>
        <translation>{name} (proporcionado por TI)</translation>
    </message>
    <message>
        <source>Use letters, digits, _ and - (at most 32), starting with a letter or digit.</source>
        <translation>Use letras, dígitos, _ y - (como máximo 32), y empiece con una letra o un dígito.</translation>
    </message>
    <message>
        <source>Another profile already has this name.</source>
        <translation>Otro perfil ya tiene este nombre.</translation>
    </message>
    <message>
        <source>There is no keyring to save it in. Tick “Use this token for this session only” to use it.</source>
        <translation>No hay llavero del sistema donde guardarlo. Marque “Usar este token solo en esta sesión” para usarlo.</translation>
    </message>
    <message>
        <source>Fix the dial plan above to see an example.</source>
        <translation>Corrija el plan de marcación de arriba para ver un ejemplo.</translation>
    </message>
    <message>
        <source>The saved token will be removed when you press OK.</source>
        <translation>El token guardado se quitará al presionar Aceptar.</translation>
    </message>
    <message>
        <source>This session uses the token from WOLKVOX_TOKEN.</source>
        <translation>Esta sesión usa el token de WOLKVOX_TOKEN.</translation>
    </message>
    <message>
        <source>This session uses a token that is not saved.</source>
        <translation>Esta sesión usa un token que no está guardado.</translation>
    </message>
    <message>
        <source>No token is saved.</source>
        <translation>No hay ningún token guardado.</translation>
    </message>
    <message>
        <source>Stored in: {backend}</source>
        <translation>Guardado en: {backend}</translation>
    </message>
    <message>
        <source>Not set yet. It will be stored in: {backend}</source>
        <translation>Aún no configurado. Se guardará en: {backend}</translation>
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
        <translation>Advertencia: con un enlace tel:, cualquier página web podría entonces hacer una llamada.</translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>Transfer the call</source>
        <translation>Transferir la llamada</translation>
    </message>
    <message>
        <source>Transfer to</source>
        <translation>Transferir a</translation>
    </message>
    <message>
        <source>Number or extension</source>
        <translation>Número o extensión</translation>
    </message>
    <message>
        <source>A phone number (dial plan applies)</source>
        <translation>Un número de teléfono (aplica el plan de marcación)</translation>
    </message>
    <message>
        <source>Another agent&apos;s extension</source>
        <translation>La extensión de otro agente</translation>
    </message>
    <message>
        <source>Will transfer to</source>
        <translation>Se transferirá a</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transferir</translation>
    </message>
    <message>
        <source>Type a number or an extension.</source>
        <translation>Escriba un número o una extensión.</translation>
    </message>
    <message>
        <source>Will transfer the call to {digits}</source>
        <translation>Se transferirá la llamada a {digits}</translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <source>Show / hide window</source>
        <translation>Mostrar / ocultar ventana</translation>
    </message>
    <message>
        <source>Dial number from clipboard</source>
        <translation>Marcar número del portapapeles</translation>
    </message>
    <message>
        <source>Recent numbers</source>
        <translation>Números recientes</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>wolkvox desk</source>
        <translation>wolkvox desk</translation>
    </message>
    <message>
        <source>No recent numbers</source>
        <translation>No hay números recientes</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome</source>
        <translation>Bienvenida</translation>
    </message>
    <message>
        <source>Welcome to wolkvox desk</source>
        <translation>Le damos la bienvenida a wolkvox desk</translation>
    </message>
    <message>
        <source>To dial you need your operation&apos;s server code, your agent extension and an API token from wolkvox Manager (Configuration › Integrations › Tokens).</source>
        <translation>Para marcar necesita el código del servidor de su operación, su extensión de agente y un token de API de wolkvox Manager (Configuración › Integraciones › Tokens).</translation>
    </message>
    <message>
        <source>No account at hand? The demo dials a built-in simulator, not real customers.</source>
        <translation>¿No tiene una cuenta a mano? La demo marca a un simulador integrado, no a clientes reales.</translation>
    </message>
    <message>
        <source>Open &amp;settings</source>
        <translation>Abrir &amp;configuración</translation>
    </message>
    <message>
        <source>Enter the server, your extension and the token.</source>
        <translation>Ingrese el servidor, su extensión y el token.</translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation>Probar la &amp;demo</translation>
    </message>
    <message>
        <source>Open the window against the built-in simulator; no account needed.</source>
        <translation>Abre la ventana con el simulador integrado; no requiere cuenta.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>Close wolkvox desk.</source>
        <translation>Cierra wolkvox desk.</translation>
    </message>
</context>
</TS>
