<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name></name>
    <message>
        <source>unknown command or link: {arg}</source>
        <extracomment>the same link clicked again within this many seconds fills the form only once</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test server: calls go to {base}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DEMO: calls go to the built-in simulator, not to wolkvox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the demo with: wolkvox-desk --demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dial sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last dial {time}: {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From a link: dialling at once (set by IT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From a link: press Enter or Dial to call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported {n} calls to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The diagnostics could not be collected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnostics copied to the clipboard: paste them into your message to IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the clipboard: press Enter or Dial to call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token kept for this session only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token saved in the keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check wolkvox Agent: are you logged in?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the call in wolkvox Agent: it may have ended there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{action}: refused by wolkvox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wolkvox did not do it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{action}: no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wolkvox did not answer in time. It MAY have been done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{action}: not sent</source>
        <extracomment>The gate wait of every call control: services.agentbox.CALL_CONTROL_WAIT_S (not imported here, because importing services.agentbox loads httpx, which waits for the request thread). a dial succeeded: the panel opens with this CallView the open call&apos;s view changed (sending, toggled, tones...) the call closed; a CloseReason value a control was accepted by wolkvox: CallAction value, words a control failed or could not be sent: CallAction value, error, Explanation wolkvox accepted a status change (also after a disposition, which sets Ready) something to tell the agent that is not a failure (controls dropped...)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other requests with this token kept the line busy, so it was not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{action}: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call is on hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call is off hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold toggled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microphone muted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Microphone unmuted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute toggled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hung up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tones sent: {detail}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transferred to {detail}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status set to {detail}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hung up with disposition {detail}; status Ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click-to-dial companion for wolkvox Agent.</source>
        <extracomment>window options that take a value (so that the value is not taken for a command)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>log debug details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dial a number now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the phone number, as typed or pasted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer ID (digits)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manage the API token in the keyring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show or change settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show the call history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filter by phone, name or ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print the support bundle for IT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write it to FILE (readable by you only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run the built-in wolkvox simulator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line busy, retrying in {delay:.1f} s (attempt {n})…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dial sent to {phone}: conn_id {conn} ({ms:.0f} ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wolkvox said: &quot;{msg}&quot;</source>
        <extracomment>True when the next step is in Settings (the window shows a button for it)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token set (keyring: {backend}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the WOLKVOX_TOKEN environment variable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this session only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keyring ({backend})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A token is set, from {where}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token removed from the keyring.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token saved in the keyring ({backend}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API token (input hidden): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(locked by IT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name a setting, e.g. server, agent_id or dial_prefix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give a value: config set KEY VALUE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write {path}: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Diagnostics written to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hang up the current call in wolkvox Agent</source>
        <extracomment>like ``dial``: how long to wait for another request with the same token</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disposition code: hang up, set it, and go Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>second disposition code (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disposition comment (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>toggle hold on the current call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>toggle your microphone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>send keypad tones into the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the tones: digits, * and # (quote them in the shell)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>transfer the current call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a phone number, or an extension with --extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NUMBER is another agent&apos;s extension (sent as is, no dial plan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set your agent status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ready, logout, or an auxiliary-state id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agent extension (overrides settings)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print one JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refuse at once if busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how long to wait for another request with the same token (default 30)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--cod-act-2 and --comments need --cod-act.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 waiting call control was not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} waiting call controls were not sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dialing…</source>
        <extracomment>the dial was accepted and sent (the window shows progress) wolkvox accepted the dial anything else; the Explanation holds the words a field is invalid: field name (&quot;phone&quot;, &quot;customer_name&quot;, &quot;customer_id&quot;) and words busy state and the progress text (&quot;Dialing…&quot;, &quot;Line busy, retrying…&quot;) a history row was written a non-fatal problem to show (history could not be written, ...)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line busy, retrying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call history is not available; this call was not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This call could not be saved to history: {why}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused by wolkvox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the network or ask IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unclear answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Busy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another request with this token is still waiting for its answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait for it, then press Dial again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{key} is managed by your IT department and cannot be changed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keyring is available on this computer to store the token safely. Set WOLKVOX_TOKEN for this session, or use a session-only token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call history file was damaged or from a newer version; it was moved to {path} and a new one started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The call history could not be opened ({kind}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The broken settings file was kept as {path}; a new one was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The settings file {path} could not be read ({detail}); defaults are used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong ({kind}).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AgentStatusButton</name>
    <message>
        <source>Agent status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set your status in wolkvox Agent. Shows the last status set from here; wolkvox Agent may have changed it since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last status set from here: {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No status set from here yet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Notice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CallPanel</name>
    <message>
        <source>Call</source>
        <extracomment>the characters that are DTMF tones target as typed, True when it is an extension (no dial plan) cod_act, cod_act_2 (&quot;&quot; when none), comments the panel opened (True) or closed (False): the dial pad switches to tones</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On a call: {phone}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call ID {conn_id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wolkvox said: &quot;{msg}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dial pad, and digits typed here, send tones into the call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the call panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this panel. The call itself goes on in wolkvox Agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hang up with disposition…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hangs up the call in wolkvox Agent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toggles hold: press again to take the call off hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toggles your microphone: press again to unmute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfers the call to a number or another agent&apos;s extension; asks first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hangs up, records a disposition code and a comment, and sets you Ready.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tones: {sent}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(sending {tones})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: toggled {n} times</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: toggled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: not used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line busy, retrying {action}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending {action}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{n} more waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hanging up…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerForm</name>
    <message>
        <source>Customer &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional. Sent to wolkvox with the call and kept in the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer &amp;ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional. Digits; dots, dashes and spaces are removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} problem</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DialPad</name>
    <message>
        <source>Dial pad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys that type into the phone number. Typing digits does the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys that send tones into the call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0  +</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletes the character before the cursor. Hold to clear the number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Star</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends the tone {key} into the call.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Types 0. Hold to type a plus sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Types a plus sign, for international numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Types a star (*).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Types a hash (#).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Types {digit}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DispositionDialog</name>
    <message>
        <source>Hang up with disposition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hang up and go Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disposition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second disposition</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Header</name>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wolkvox server and agent extension in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent {agent} @ wv{server}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent {agent} (no server set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wv{server} (no agent set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set up yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The wolkvox server and agent extension this window dials with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the settings: server, agent, dial plan and token (Ctrl+,).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings (Ctrl+,)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <source>Columns</source>
        <extracomment>Search waits this long after the last keystroke, so typing a number queries once. Columns hidden until the user shows them from the header&apos;s context menu. Columns shown only while the table is wide enough, in this order, unless the user chose to show or hide them: in a 360 px window there is room for time, phone, customer and outcome. The widest text each column usually holds; it sets the column&apos;s initial width. The stretching customer column never gets narrower than this many characters before an automatic column gives way.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search phone, name or ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search call history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters the calls by phone number, customer name or customer ID (Ctrl+F).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide tests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only tests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which calls to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all calls, hide test calls or only tests.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Newest first. Enter or double-click fills the form with the call; Delete removes it; the Menu key shows more actions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy conn_id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill the form</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the history to CSV, or clear it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV or clear history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export call history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear call history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete every call in the history? This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No calls match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No calls yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryTableModel</name>
    <message>
        <source>Time</source>
        <extracomment>the row&apos;s CallRecord the row&apos;s Outcome value (&quot;ok&quot;, &quot;refused&quot;, ...), for the view&apos;s colours and icons a page could not be read; carries the HistoryUnavailableError (the rows shown stay)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latency (ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent as %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Help</source>
        <extracomment>a dial answered faster than this never shows the busy look (a flash, and a wasted repaint) Help &gt; Copy diagnostics (the app builds the bundle and puts it on the clipboard)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy &amp;diagnostics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies a report for IT support; it holds no phone numbers, names or token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dial in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dial the number (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dialer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a number and press Enter to have wolkvox Agent call it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dialing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{state} Wait for the outcome before dialling again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sends the number to wolkvox Agent, which places the call. Shortcut: Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OutcomePanel</name>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened to the last dial.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it happened, in plain words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wolkvox message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The message wolkvox sent, word for word.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wolkvox&apos;s ID for the call (conn_id); the Copy button copies it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do about it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy call ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies the call ID (conn_id) to the clipboard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens the settings to fix this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dial sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dial sent in {ms} ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call ID {conn_id}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wolkvox said: &quot;{msg}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhoneEdit</name>
    <message>
        <source>Clear the number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Empties the phone field (Esc clears the form).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PhonePanel</name>
    <message>
        <source>Phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The number to dial. Type or paste it; formatting is cleaned. Press Enter to dial.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exact digits that will be sent, or what is wrong with the number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{base} Problem: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type or paste a number, then press Enter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will send {digits} (extension {ext} is not dialled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will send {digits}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <extracomment>Text settings and the core validator that checks (and normalises) each.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some settings are managed by your IT department.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code wolkvox gave your operation: 0042 in wv0042.wolkvox.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agent ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your extension in wolkvox Agent, digits only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste the API token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From wolkvox Manager: Configuration, Integrations, Tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows or hides the typed token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this token for this session only (not saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Without a keyring the token cannot be saved; tick this to use it until you quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes the saved token when you press OK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keyring is available on this computer, so the token cannot be saved. You can use it for this session only and enter it again next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dialing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dial prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dial &amp;prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digits put before every number, often 9.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A leading + becomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing (dropped)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A leading &amp;+ becomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also for 00. Empty drops it; 00 keeps numbers international.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default &amp;country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two letters. Numbers without a country code are taken as this one&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try a &amp;number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dial tel: &amp;links immediately</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When off, a tel: link fills the form and waits for Dial.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a number to see the digits this dial plan would send.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep forever</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep calls for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older calls are deleted. 0 keeps them forever.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep calls for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store customer &amp;names in the history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When off, only numbers and IDs are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always on &amp;top</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;minimized to the tray</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managed by your IT department.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no keyring to save it in. Tick “Use this token for this session only” to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the dial plan above to see an example.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The saved token will be removed when you press OK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session uses the token from WOLKVOX_TOKEN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session uses a token that is not saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No token is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored in: {backend}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not set yet. It will be stored in: {backend}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: any web page could then place a call by opening a tel: link.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TransferDialog</name>
    <message>
        <source>Transfer the call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number or extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A phone number (dial plan applies)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another agent&apos;s extension</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will transfer to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a number or an extension.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will transfer the call to {digits}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrayIcon</name>
    <message>
        <source>Show / hide window</source>
        <extracomment>How many recent numbers the menu lists. How long a notification stays up, in milliseconds.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dial number from clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wolkvox desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent numbers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to wolkvox desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To dial you need your operation&apos;s server code, your agent extension and an API token from wolkvox Manager (Configuration › Integrations › Tokens).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No account at hand? The demo dials a built-in simulator, not real customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server, your extension and the token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the window against the built-in simulator; no account needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close wolkvox desk.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
