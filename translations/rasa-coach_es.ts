<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Coach::AboutDialog</name>
    <message>
        <source>About Rasa Coach</source>
        <translation>Acerca de Rasa Coach</translation>
    </message>
    <message>
        <source>Rasa Coach logo</source>
        <translation>Logotipo de Rasa Coach</translation>
    </message>
    <message>
        <source>Teach a Rasa chatbot by talking to it.</source>
        <translation>Enseñe a un chatbot de Rasa hablando con él.</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Versión %1</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2</source>
        <translation>Compilado con Qt %1, ejecutándose con Qt %2</translation>
    </message>
    <message>
        <source>Rasa Coach is free software under the Apache License 2.0.</source>
        <translation>Rasa Coach es software libre bajo la Apache License 2.0.</translation>
    </message>
    <message>
        <source>The bundled example bots (moodbot, formbot) are copied from Rasa (Copyright Rasa Technologies GmbH and contributors) under the Apache License 2.0.</source>
        <translation>Los bots de ejemplo incluidos (moodbot, formbot) proceden de Rasa (Copyright Rasa Technologies GmbH y colaboradores) bajo la Apache License 2.0.</translation>
    </message>
    <message>
        <source>Libraries: Qt (LGPL-3.0), yaml-cpp (MIT), Graphviz (EPL-1.0).</source>
        <translation>Bibliotecas: Qt (LGPL-3.0), yaml-cpp (MIT), Graphviz (EPL-1.0).</translation>
    </message>
    <message>
        <source>Project page: %1</source>
        <translation>Página del proyecto: %1</translation>
    </message>
</context>
<context>
    <name>Coach::ActionPanel</name>
    <message>
        <source>Next action</source>
        <translation>Siguiente acción</translation>
    </message>
    <message>
        <source>Create action “%1” (Enter)</source>
        <translation>Crear la acción «%1» (Intro)</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <source>Run it (Enter)</source>
        <translation>Ejecutarla (Intro)</translation>
    </message>
    <message>
        <source>Run the selected action</source>
        <translation>Ejecutar la acción seleccionada</translation>
    </message>
    <message>
        <source>New &amp;action…</source>
        <translation>Nueva acc&amp;ión…</translation>
    </message>
    <message>
        <source>New &amp;response…</source>
        <translation>Nueva &amp;respuesta…</translation>
    </message>
    <message>
        <source>created in this session</source>
        <translation>creada en esta sesión</translation>
    </message>
    <message>
        <source>no score</source>
        <translation>sin puntuación</translation>
    </message>
    <message>
        <source>no policy</source>
        <translation>sin política</translation>
    </message>
    <message>
        <source>(%1, %2)</source>
        <translation>(%1, %2)</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;small&gt;Enter: yes · 1–9 or type and Enter: another action · Alt+A: new action · Alt+R: new response&lt;/small&gt;</source>
        <translation>&lt;br&gt;&lt;small&gt;Intro: sí · 1–9 o escribir e Intro: otra acción · Alt+A: nueva acción · Alt+R: nueva respuesta&lt;/small&gt;</translation>
    </message>
</context>
<context>
    <name>Coach::Annotation</name>
    <message>
        <source>the entity annotation %1 is not valid JSON: %2</source>
        <translation>la anotación de entidad %1 no es JSON válido: %2</translation>
    </message>
    <message>
        <source>the entity annotation %1 has no &quot;entity&quot; name</source>
        <translation>la anotación de entidad %1 no tiene nombre &quot;entity&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be text in the entity annotation %2</source>
        <translation>&quot;%1&quot; debe ser texto en la anotación de entidad %2</translation>
    </message>
    <message>
        <source>&quot;value&quot; must be text or a number in the entity annotation %1</source>
        <translation>&quot;value&quot; debe ser texto o un número en la anotación de entidad %1</translation>
    </message>
    <message>
        <source>the entity list [%1] holds no entity</source>
        <translation>la lista de entidades [%1] no contiene ninguna entidad</translation>
    </message>
</context>
<context>
    <name>Coach::AnnotationPanel</name>
    <message>
        <source>Message annotation</source>
        <translation>Anotación del mensaje</translation>
    </message>
    <message>
        <source>Create intent “%1” (Enter)</source>
        <translation>Crear la intención «%1» (Intro)</translation>
    </message>
    <message>
        <source>Intents</source>
        <translation>Intenciones</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entidad</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Grupo</translation>
    </message>
    <message>
        <source>Extractor</source>
        <translation>Extractor</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Entidades</translation>
    </message>
    <message>
        <source>Message in Rasa markup</source>
        <translation>Mensaje en marcado de Rasa</translation>
    </message>
    <message>
        <source>Apply markup</source>
        <translation>Aplicar el marcado</translation>
    </message>
    <message>
        <source>Markup:</source>
        <translation>Marcado:</translation>
    </message>
    <message>
        <source>Confirm or apply the annotation</source>
        <translation>Confirmar o aplicar la anotación</translation>
    </message>
    <message>
        <source>Edit as Rasa &amp;markup (Ctrl+M)</source>
        <translation>Editar como &amp;marcado de Rasa (Ctrl+M)</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Ctrl+M</source>
        <translation>Ctrl+M</translation>
    </message>
    <message>
        <source>Ctrl+I</source>
        <translation>Ctrl+I</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;i&gt;Entities changed: Enter applies the correction.&lt;/i&gt;</source>
        <translation>&lt;br&gt;&lt;i&gt;Entidades modificadas: Intro aplica la corrección.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>Confirm (Enter)</source>
        <translation>Confirmar (Intro)</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;i&gt;Intent “%1” and entities changed: Enter applies the correction.&lt;/i&gt;</source>
        <translation>&lt;br&gt;&lt;i&gt;Intención «%1» y entidades cambiadas: Intro aplica la corrección.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;i&gt;Intent changed to “%1”: Enter applies the correction.&lt;/i&gt;</source>
        <translation>&lt;br&gt;&lt;i&gt;Intención cambiada a «%1»: Intro aplica la corrección.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;small&gt;In any order: type or 1–9 to choose the intent · Ctrl+E, then Shift+arrows and E (or drag the mouse) to mark an entity, Enter or Esc in its form · Delete removes one. Then Enter commits intent and entities · Ctrl+M: Rasa markup&lt;/small&gt;</source>
        <translation>&lt;br&gt;&lt;small&gt;En cualquier orden: escriba o pulse 1–9 para elegir la intención · Ctrl+E, luego Mayús+flechas y E (o arrastre el ratón) para marcar una entidad, Intro o Esc en su formulario · Supr quita una. Después Intro confirma intención y entidades · Ctrl+M: marcado de Rasa&lt;/small&gt;</translation>
    </message>
</context>
<context>
    <name>Coach::ApiError</name>
    <message>
        <source>Connection refused</source>
        <translation>Conexión rechazada</translation>
    </message>
    <message>
        <source>Host not found</source>
        <translation>Host no encontrado</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>Error de red</translation>
    </message>
    <message>
        <source>No answer in time</source>
        <translation>Sin respuesta a tiempo</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelado</translation>
    </message>
    <message>
        <source>Answer is not JSON</source>
        <translation>La respuesta no es JSON</translation>
    </message>
    <message>
        <source>Unexpected answer</source>
        <translation>Respuesta inesperada</translation>
    </message>
    <message>
        <source>Answer too large</source>
        <translation>Respuesta demasiado grande</translation>
    </message>
    <message>
        <source>Invalid request</source>
        <translation>Petición no válida</translation>
    </message>
    <message>
        <source>a JSON body that is not Rasa&apos;s error format</source>
        <translation>un cuerpo JSON que no sigue el formato de error de Rasa</translation>
    </message>
    <message>
        <source>The server answered %1</source>
        <translation>El servidor respondió %1</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>el servidor</translation>
    </message>
    <message>
        <source>Could not connect to %1: nothing is listening there. Is `rasa run --enable-api` running on that address and port?</source>
        <translation>No se pudo conectar con %1: no hay nada escuchando ahí. ¿Se está ejecutando `rasa run --enable-api` en esa dirección y puerto?</translation>
    </message>
    <message>
        <source>The host of %1 was not found. Check the server address.</source>
        <translation>No se encontró el host de %1. Compruebe la dirección del servidor.</translation>
    </message>
    <message>
        <source>The connection to %1 failed during %2: %3</source>
        <translation>La conexión con %1 falló durante %2: %3</translation>
    </message>
    <message>
        <source>%1 did not answer %2 within %L3 seconds.</source>
        <translation>%1 no respondió a %2 en %L3 segundos.</translation>
    </message>
    <message>
        <source>%1 was cancelled.</source>
        <translation>%1 se canceló.</translation>
    </message>
    <message>
        <source>The answer of %1 to %2 is not valid JSON (%3). Is it really a Rasa server, and does nothing in between cut the answer off?</source>
        <translation>La respuesta de %1 a %2 no es JSON válido (%3). ¿Es realmente un servidor Rasa, y no hay nada en medio que corte la respuesta?</translation>
    </message>
    <message>
        <source>The answer of %1 to %2 is not what a Rasa server sends: %3</source>
        <translation>La respuesta de %1 a %2 no es lo que envía un servidor Rasa: %3</translation>
    </message>
    <message>
        <source>The answer of %1 to %2 is larger than %L3 MB; reading it was stopped.</source>
        <translation>La respuesta de %1 a %2 supera los %L3 MB; se dejó de leer.</translation>
    </message>
    <message>
        <source>Could not send %1: %2</source>
        <translation>No se pudo enviar %1: %2</translation>
    </message>
    <message>
        <source>(no message)</source>
        <translation>(sin mensaje)</translation>
    </message>
    <message>
        <source>More: %1</source>
        <translation>Más: %1</translation>
    </message>
    <message>
        <source>The server answered %1 to %2 with %3 instead of Rasa&apos;s JSON: a proxy or gateway in front of Rasa may be failing, or Rasa is not running behind it.</source>
        <translation>El servidor respondió %1 a %2 con %3 en lugar del JSON de Rasa: puede que falle un proxy o una pasarela delante de Rasa, o que Rasa no se esté ejecutando detrás.</translation>
    </message>
    <message>
        <source>The server answered 404 to %1 with %2. Is the address right, and was Rasa started with --enable-api?</source>
        <translation>El servidor respondió 404 a %1 con %2. ¿Es correcta la dirección y se inició Rasa con --enable-api?</translation>
    </message>
    <message>
        <source>The server answered %1 to %2 with %3, not Rasa&apos;s JSON.</source>
        <translation>El servidor respondió %1 a %2 con %3, no con el JSON de Rasa.</translation>
    </message>
    <message>
        <source>The server answered 404: this conversation (“%1”) does not exist on a Rasa %2 server yet. Send a message first to create it.</source>
        <translation>El servidor respondió 404: esta conversación («%1») aún no existe en un servidor Rasa %2. Envíe primero un mensaje para crearla.</translation>
    </message>
    <message>
        <source>The Rasa server refused the token (%1): %2 Check the auth token or JWT in the connection settings.</source>
        <translation>El servidor Rasa rechazó el token (%1): %2 Compruebe el token de autenticación o el JWT en los ajustes de conexión.</translation>
    </message>
    <message>
        <source>The Rasa server requires authentication (%1): %2 Enter the token given to `rasa run --auth-token` or a JWT.</source>
        <translation>El servidor Rasa requiere autenticación (%1): %2 Introduzca el token dado a `rasa run --auth-token` o un JWT.</translation>
    </message>
    <message>
        <source>The Rasa server denied %1 (%2): %3 A JWT with role “user” may only use its own conversation; use an admin JWT or the auth token.</source>
        <translation>El servidor Rasa denegó %1 (%2): %3 Un JWT con el rol «user» solo puede usar su propia conversación; use un JWT de administrador o el token de autenticación.</translation>
    </message>
    <message>
        <source>The Rasa server has no model loaded (%1): %2 Train a model or wait until the server has loaded one.</source>
        <translation>El servidor Rasa no tiene ningún modelo cargado (%1): %2 Entrene un modelo o espere a que el servidor cargue uno.</translation>
    </message>
    <message>
        <source>The Rasa server failed while handling %1 (%2): %3</source>
        <translation>El servidor Rasa falló al procesar %1 (%2): %3</translation>
    </message>
    <message>
        <source>The Rasa server rejected %1 (%2): %3</source>
        <translation>El servidor Rasa rechazó %1 (%2): %3</translation>
    </message>
    <message>
        <source>an HTML page (“%1”)</source>
        <translation>una página HTML («%1»)</translation>
    </message>
    <message>
        <source>an HTML page</source>
        <translation>una página HTML</translation>
    </message>
    <message>
        <source>an empty body</source>
        <translation>un cuerpo vacío</translation>
    </message>
    <message>
        <source>binary data (%1 bytes)</source>
        <translation>datos binarios (%1 bytes)</translation>
    </message>
    <message>
        <source>the text “%1”</source>
        <translation>el texto «%1»</translation>
    </message>
</context>
<context>
    <name>Coach::BotProject</name>
    <message>
        <source>The bot project folder does not exist.</source>
        <translation>La carpeta del proyecto del bot no existe.</translation>
    </message>
    <message>
        <source>This is not a Rasa bot project: %1 missing. A project made with “rasa init” has config.yml, domain.yml and data/.</source>
        <translation>Esto no es un proyecto de bot de Rasa: falta %1. Un proyecto creado con «rasa init» tiene config.yml, domain.yml y data/.</translation>
    </message>
</context>
<context>
    <name>Coach::BotServer</name>
    <message>
        <source>Rasa could not be started: %1</source>
        <translation>No se pudo iniciar Rasa: %1</translation>
    </message>
    <message>
        <source>No free port was found on 127.0.0.1.</source>
        <translation>No se encontró ningún puerto libre en 127.0.0.1.</translation>
    </message>
    <message>
        <source>Starting the action server on port %1…</source>
        <translation>Iniciando el servidor de acciones en el puerto %1…</translation>
    </message>
    <message>
        <source>Starting the Rasa server on port %1…</source>
        <translation>Iniciando el servidor de Rasa en el puerto %1…</translation>
    </message>
    <message>
        <source>The Rasa server did not get ready: %1</source>
        <translation>El servidor de Rasa no llegó a estar listo: %1</translation>
    </message>
    <message>
        <source>Port %1 was taken meanwhile; trying another one…</source>
        <translation>El puerto %1 se ocupó entretanto; se prueba otro…</translation>
    </message>
    <message numerus="yes">
        <source>Port %1 on 127.0.0.1 is in use by another program (%n start(s) tried).</source>
        <translation>
            <numerusform>El puerto %1 en 127.0.0.1 lo usa otro programa (%n inicio probado).</numerusform>
            <numerusform>El puerto %1 en 127.0.0.1 lo usa otro programa (%n inicios probados).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 stopped (exit code %2). Its last lines:
%3</source>
        <translation>%1 se detuvo (código de salida %2). Sus últimas líneas:
%3</translation>
    </message>
    <message>
        <source>The Rasa server</source>
        <translation>El servidor de Rasa</translation>
    </message>
    <message>
        <source>The action server</source>
        <translation>El servidor de acciones</translation>
    </message>
</context>
<context>
    <name>Coach::BusySpinner</name>
    <message>
        <source>Request in progress</source>
        <translation>Petición en curso</translation>
    </message>
</context>
<context>
    <name>Coach::CheckCommand</name>
    <message>
        <source>Find story structure conflicts as Rasa&apos;s &quot;rasa data validate stories&quot; does.</source>
        <translation>Busca conflictos en la estructura de las historias como «rasa data validate stories» de Rasa.</translation>
    </message>
    <message>
        <source>The bot project (domain.yml, data/, config.yml).</source>
        <translation>El proyecto del bot (domain.yml, data/, config.yml).</translation>
    </message>
    <message>
        <source>A Rasa Coach session (*.coach) whose conversations to check too.</source>
        <translation>Una sesión de Rasa Coach (*.coach) cuyas conversaciones también se comprueban.</translation>
    </message>
    <message>
        <source>How many states before an action count (default: config.yml&apos;s policies, else all).</source>
        <translation>Cuántos estados antes de una acción cuentan (por defecto: las políticas de config.yml; si no, todos).</translation>
    </message>
    <message>
        <source>text (Rasa&apos;s messages) or json.</source>
        <translation>text (los mensajes de Rasa) o json.</translation>
    </message>
    <message>
        <source>Exit with 1 when there are conflicts.</source>
        <translation>Salir con 1 si hay conflictos.</translation>
    </message>
    <message>
        <source>--project is required</source>
        <translation>--project es obligatorio</translation>
    </message>
    <message>
        <source>--format must be text or json</source>
        <translation>--format debe ser text o json</translation>
    </message>
    <message>
        <source>--max-history must be a positive number</source>
        <translation>--max-history debe ser un número positivo</translation>
    </message>
    <message>
        <source>rasa-coach check: %1</source>
        <translation>rasa-coach check: %1</translation>
    </message>
    <message>
        <source>Story structure conflicts found: %1.</source>
        <translation>Conflictos en la estructura de las historias: %1.</translation>
    </message>
    <message>
        <source>Try &quot;rasa-coach check --help&quot;.</source>
        <translation>Pruebe «rasa-coach check --help».</translation>
    </message>
</context>
<context>
    <name>Coach::ChoiceList</name>
    <message>
        <source>Type to filter, 1–9 to pick, Enter to choose</source>
        <translation>Escriba para filtrar, 1–9 para elegir, Intro para aceptar</translation>
    </message>
</context>
<context>
    <name>Coach::CommandOptions</name>
    <message>
        <source>Usage: rasa-coach %1 [options]</source>
        <translation>Uso: rasa-coach %1 [opciones]</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argumento inesperado &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>Coach::ConflictMonitor</name>
    <message>
        <source>Reading the stories of %1…</source>
        <translation>Leyendo las historias de %1…</translation>
    </message>
</context>
<context>
    <name>Coach::ConflictProject</name>
    <message>
        <source>&quot;policies&quot; must be a list</source>
        <translation>«policies» debe ser una lista</translation>
    </message>
    <message>
        <source>max_history of %1 must be a positive number</source>
        <translation>max_history de %1 debe ser un número positivo</translation>
    </message>
    <message>
        <source>not a folder</source>
        <translation>no es una carpeta</translation>
    </message>
    <message>
        <source>a domain folder is not supported; merge it into one domain.yml</source>
        <translation>no se admite una carpeta de dominio; únala en un solo domain.yml</translation>
    </message>
    <message>
        <source>the project has no domain.yml</source>
        <translation>el proyecto no tiene domain.yml</translation>
    </message>
    <message>
        <source>max_history %1, from --max-history</source>
        <translation>max_history %1, de --max-history</translation>
    </message>
    <message>
        <source>max_history %1, from config.yml (%2)</source>
        <translation>max_history %1, de config.yml (%2)</translation>
    </message>
    <message>
        <source>the whole history, Rasa&apos;s default (config.yml gives no max_history)</source>
        <translation>todo el historial, el valor por defecto de Rasa (config.yml no indica max_history)</translation>
    </message>
</context>
<context>
    <name>Coach::ConflictStoryDialog</name>
    <message>
        <source>Story “%1”</source>
        <translation>Historia «%1»</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, línea %2</translation>
    </message>
    <message>
        <source>this session&apos;s conversation “%1”</source>
        <translation>la conversación «%1» de esta sesión</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>De %1</translation>
    </message>
    <message>
        <source>Story steps</source>
        <translation>Pasos de la historia</translation>
    </message>
</context>
<context>
    <name>Coach::ConflictWarning</name>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n más</numerusform>
            <numerusform>%n más</numerusform>
        </translation>
    </message>
    <message>
        <source>Story conflict</source>
        <translation>Conflicto de historias</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; in %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; en %2</translation>
    </message>
    <message>
        <source>Choosing &lt;b&gt;%1&lt;/b&gt; here contradicts the training data after %2: %3.</source>
        <translation>Elegir &lt;b&gt;%1&lt;/b&gt; aquí contradice los datos de entrenamiento después de %2: %3.</translation>
    </message>
    <message>
        <source>Story conflict after %1: this conversation runs &lt;b&gt;%2&lt;/b&gt;, but %3.</source>
        <translation>Conflicto de historias después de %1: esta conversación ejecuta &lt;b&gt;%2&lt;/b&gt;, pero %3.</translation>
    </message>
    <message>
        <source>All conflicts…</source>
        <translation>Todos los conflictos…</translation>
    </message>
</context>
<context>
    <name>Coach::ConflictsPanel</name>
    <message>
        <source>Story conflicts</source>
        <translation>Conflictos de historias</translation>
    </message>
    <message>
        <source>No bot project: connect with a project folder to check its stories.</source>
        <translation>Sin proyecto del bot: conéctese con una carpeta de proyecto para comprobar sus historias.</translation>
    </message>
    <message>
        <source>The stories cannot be checked: %1</source>
        <translation>Las historias no se pueden comprobar: %1</translation>
    </message>
    <message>
        <source>Conflicts: %1; %2.</source>
        <translation>Conflictos: %1; %2.</translation>
    </message>
    <message>
        <source>After %1</source>
        <translation>Después de %1</translation>
    </message>
    <message>
        <source>Double-click to show its steps</source>
        <translation>Doble clic para ver sus pasos</translation>
    </message>
</context>
<context>
    <name>Coach::ConnectionDialog</name>
    <message>
        <source>Remember in the desktop keyring</source>
        <translation>Recordar en el llavero del escritorio</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Probar cone&amp;xión</translation>
    </message>
    <message>
        <source>Connect to a Rasa Server</source>
        <translation>Conectar con un servidor Rasa</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>URL del servidor</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>Auth token (--auth-token)</source>
        <translation>Token de autenticación (--auth-token)</translation>
    </message>
    <message>
        <source>JWT (--jwt-secret)</source>
        <translation>JWT (--jwt-secret)</translation>
    </message>
    <message>
        <source>Token or JWT</source>
        <translation>Token o JWT</translation>
    </message>
    <message>
        <source>folder with domain.yml and data/ (optional)</source>
        <translation>carpeta con domain.yml y data/ (opcional)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Conectar</translation>
    </message>
    <message>
        <source>&amp;Server URL:</source>
        <translation>&amp;URL del servidor:</translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation>&amp;Autenticación:</translation>
    </message>
    <message>
        <source>T&amp;oken or JWT:</source>
        <translation>T&amp;oken o JWT:</translation>
    </message>
    <message>
        <source>Con&amp;versation id:</source>
        <translation>&amp;Id de conversación:</translation>
    </message>
    <message>
        <source>Bot &amp;project:</source>
        <translation>&amp;Proyecto del bot:</translation>
    </message>
    <message>
        <source>Bot Project Folder</source>
        <translation>Carpeta del proyecto del bot</translation>
    </message>
    <message>
        <source>Enter the token or JWT, or choose “None” as authentication.</source>
        <translation>Introduzca el token o el JWT, o elija «Ninguna» como autenticación.</translation>
    </message>
    <message>
        <source>Test stopped.</source>
        <translation>Prueba detenida.</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation>Probando %1…</translation>
    </message>
    <message>
        <source>S&amp;top test</source>
        <translation>&amp;Detener prueba</translation>
    </message>
    <message>
        <source>Conti&amp;nue a conversation stored on the server</source>
        <translation>Co&amp;ntinuar una conversación guardada en el servidor</translation>
    </message>
    <message>
        <source>Show &amp;What the Server Holds</source>
        <translation>&amp;Mostrar lo que tiene el servidor</translation>
    </message>
    <message>
        <source>conversation (sender) id on the server</source>
        <translation>id de la conversación (remitente) en el servidor</translation>
    </message>
    <message>
        <source>Conversation id</source>
        <translation>Id de la conversación</translation>
    </message>
    <message>
        <source>A new session starts a new conversation; an open session continues its own.</source>
        <translation>Una sesión nueva empieza una conversación nueva; una sesión abierta continúa la suya.</translation>
    </message>
    <message>
        <source>Asking the server about “%1”…</source>
        <translation>Preguntando al servidor por «%1»…</translation>
    </message>
    <message>
        <source>Enter the id of the conversation to continue.</source>
        <translation>Introduzca el id de la conversación que quiere continuar.</translation>
    </message>
    <message>
        <source>No desktop keyring answers: the secret is kept in memory until Rasa Coach quits.</source>
        <translation>No responde ningún llavero del sistema: el secreto se guarda en memoria hasta que Rasa Coach se cierre.</translation>
    </message>
    <message>
        <source>Start a server for this p&amp;roject</source>
        <translation>Iniciar un servidor para este p&amp;royecto</translation>
    </message>
    <message>
        <source>Train the bot project and start its Rasa server instead of connecting to a running one</source>
        <translation>Entrenar el proyecto del bot e iniciar su servidor de Rasa en lugar de conectarse a uno en ejecución</translation>
    </message>
    <message>
        <source>Choose the bot project folder first.</source>
        <translation>Elija primero la carpeta del proyecto del bot.</translation>
    </message>
</context>
<context>
    <name>Coach::ConnectionTester</name>
    <message>
        <source>Connected: Rasa %1, model %2.</source>
        <translation>Conectado: Rasa %1, modelo %2.</translation>
    </message>
    <message>
        <source>Rasa %1 answers, but no model is loaded yet. Train a model or wait until the server has loaded one.</source>
        <translation>Rasa %1 responde, pero aún no tiene ningún modelo cargado. Entrene un modelo o espere a que el servidor cargue uno.</translation>
    </message>
    <message>
        <source>Connection refused.</source>
        <translation>Conexión rechazada.</translation>
    </message>
    <message>
        <source>Not authorised (%1).</source>
        <translation>No autorizado (%1).</translation>
    </message>
    <message>
        <source>This does not look like a Rasa server (wrong address or endpoint?).</source>
        <translation>Esto no parece un servidor Rasa (¿dirección o endpoint incorrectos?).</translation>
    </message>
    <message>
        <source>No answer in time.</source>
        <translation>Sin respuesta a tiempo.</translation>
    </message>
</context>
<context>
    <name>Coach::ConversationFeeder</name>
    <message>
        <source>no session</source>
        <translation>no hay sesión</translation>
    </message>
    <message>
        <source>the conversation has no typed user message</source>
        <translation>la conversación no tiene ningún mensaje escrito por el usuario</translation>
    </message>
</context>
<context>
    <name>Coach::ConversationListPanel</name>
    <message>
        <source>Conversations and stories</source>
        <translation>Conversaciones e historias</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversaciones</translation>
    </message>
    <message>
        <source>Enter or double-click: continue this conversation</source>
        <translation>Intro o doble clic: continuar esta conversación</translation>
    </message>
    <message>
        <source>Turns of the selected story</source>
        <translation>Turnos de la historia seleccionada</translation>
    </message>
    <message>
        <source>forked before “%1”</source>
        <translation>bifurcada antes de «%1»</translation>
    </message>
    <message>
        <source>forked from story %1</source>
        <translation>bifurcada de la historia %1</translation>
    </message>
    <message>
        <source>restarted</source>
        <translation>reiniciada</translation>
    </message>
    <message>
        <source>no messages yet</source>
        <translation>aún sin mensajes</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n mensaje</numerusform>
            <numerusform>%n mensajes</numerusform>
        </translation>
    </message>
    <message>
        <source>Story %1</source>
        <translation>Historia %1</translation>
    </message>
    <message>
        <source>You: %1 (%2)</source>
        <translation>Usted: %1 (%2)</translation>
    </message>
    <message>
        <source>Bot says: %1</source>
        <translation>El bot dice: %1</translation>
    </message>
    <message>
        <source>Bot runs: %1</source>
        <translation>El bot ejecuta: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n story/stories)</source>
        <translation>
            <numerusform>%1 (%n historia)</numerusform>
            <numerusform>%1 (%n historias)</numerusform>
        </translation>
    </message>
    <message>
        <source>Conversation id: %1</source>
        <translation>Id de conversación: %1</translation>
    </message>
</context>
<context>
    <name>Coach::ConversationLookup</name>
    <message>
        <source>The server holds no messages for “%1”: the conversation starts there.</source>
        <translation>El servidor no tiene mensajes para «%1»: la conversación empieza allí.</translation>
    </message>
    <message numerus="yes">
        <source>The server holds %n user message(s) for “%1”; the last, on %2: “%3”. Connecting continues this conversation.</source>
        <translation>
            <numerusform>El servidor tiene %n mensaje del usuario para «%1», del %2: «%3». Conectar continúa esta conversación.</numerusform>
            <numerusform>El servidor tiene %n mensajes del usuario para «%1»; el último, del %2: «%3». Conectar continúa esta conversación.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Coach::ConversationModel</name>
    <message>
        <source>Intent ranking:
%1</source>
        <translation>Clasificación de intenciones:
%1</translation>
    </message>
    <message>
        <source>Predicted by %1</source>
        <translation>Predicho por %1</translation>
    </message>
    <message>
        <source>%1
intent: %2 %3</source>
        <translation>%1
intención: %2 %3</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Bot</source>
        <translation>Bot</translation>
    </message>
    <message>
        <source>You</source>
        <translation>Usted</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Puntuación</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Política</translation>
    </message>
</context>
<context>
    <name>Coach::Domain</name>
    <message>
        <source>a domain must be a mapping of keys such as intents and responses</source>
        <translation>un dominio debe ser un mapa de claves como intents y responses</translation>
    </message>
    <message>
        <source>&quot;forms&quot; must be a mapping of form names</source>
        <translation>&quot;forms&quot; debe ser un mapa de nombres de formulario</translation>
    </message>
    <message>
        <source>invalid JSON at offset %1: %2</source>
        <translation>JSON no válido en la posición %1: %2</translation>
    </message>
    <message>
        <source>&quot;intents&quot; must be a list</source>
        <translation>&quot;intents&quot; debe ser una lista</translation>
    </message>
    <message>
        <source>every intent must be a name or a mapping with one name</source>
        <translation>cada intención debe ser un nombre o un mapa con un nombre</translation>
    </message>
    <message>
        <source>&quot;entities&quot; must be a list</source>
        <translation>&quot;entities&quot; debe ser una lista</translation>
    </message>
    <message>
        <source>every entity must be a name or a mapping with one name</source>
        <translation>cada entidad debe ser un nombre o un mapa con un nombre</translation>
    </message>
    <message>
        <source>&quot;slots&quot; must be a mapping of slot names</source>
        <translation>&quot;slots&quot; debe ser un mapa de nombres de slot</translation>
    </message>
    <message>
        <source>&quot;responses&quot; must be a mapping of response names</source>
        <translation>&quot;responses&quot; debe ser un mapa de nombres de respuesta</translation>
    </message>
    <message>
        <source>&quot;actions&quot; must be a list</source>
        <translation>&quot;actions&quot; debe ser una lista</translation>
    </message>
    <message>
        <source>every action must be a name or a mapping with one name</source>
        <translation>cada acción debe ser un nombre o un mapa con un nombre</translation>
    </message>
</context>
<context>
    <name>Coach::DomainExporter</name>
    <message>
        <source>cannot merge into the domain file: %1</source>
        <translation>no se puede combinar con el archivo de dominio: %1</translation>
    </message>
    <message>
        <source>the extended domain would not load: %1</source>
        <translation>el dominio ampliado no se podría cargar: %1</translation>
    </message>
    <message>
        <source>When a new response has the name of a response the domain already has, the export keeps the domain&apos;s text unless you choose to replace it with the session&apos;s text.</source>
        <translation>Cuando una respuesta nueva tiene el nombre de una respuesta que el dominio ya tiene, la exportación conserva el texto del dominio salvo que elija reemplazarlo por el texto de la sesión.</translation>
    </message>
    <message>
        <source>cannot replace responses written in flow style ({...})</source>
        <translation>no se pueden reemplazar respuestas escritas en estilo flow ({...})</translation>
    </message>
</context>
<context>
    <name>Coach::EndpointsFile</name>
    <message>
        <source>The file could not be read: %1</source>
        <translation>No se pudo leer el archivo: %1</translation>
    </message>
    <message>
        <source>The endpoints file is not a mapping of endpoint names.</source>
        <translation>El archivo de endpoints no es un mapa de nombres de endpoints.</translation>
    </message>
    <message>
        <source>The endpoints file is not valid YAML: %1</source>
        <translation>El archivo de endpoints no es YAML válido: %1</translation>
    </message>
    <message>
        <source>The temporary endpoints file could not be written: %1</source>
        <translation>No se pudo escribir el archivo temporal de endpoints: %1</translation>
    </message>
</context>
<context>
    <name>Coach::EntityPicker</name>
    <message>
        <source>Entity type</source>
        <translation>Tipo de entidad</translation>
    </message>
    <message>
        <source>Entity role</source>
        <translation>Rol de la entidad</translation>
    </message>
    <message>
        <source>Entity group</source>
        <translation>Grupo de la entidad</translation>
    </message>
    <message>
        <source>&amp;Entity:</source>
        <translation>&amp;Entidad:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Grupo:</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>Mark (Enter)</source>
        <translation>Marcar (Intro)</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Cancelar (Esc)</translation>
    </message>
</context>
<context>
    <name>Coach::EntitySpanEdit</name>
    <message>
        <source>Message text; select words and press E to mark an entity</source>
        <translation>Texto del mensaje; seleccione palabras y pulse E para marcar una entidad</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>
role: %1</source>
        <translation>
rol: %1</translation>
    </message>
    <message>
        <source>
group: %1</source>
        <translation>
grupo: %1</translation>
    </message>
</context>
<context>
    <name>Coach::EnvInterpolation</name>
    <message>
        <source>environment variables are not set: %1</source>
        <translation>variables de entorno sin definir: %1</translation>
    </message>
</context>
<context>
    <name>Coach::Event</name>
    <message>
        <source>an event must be a JSON object</source>
        <translation>un evento debe ser un objeto JSON</translation>
    </message>
    <message>
        <source>an event needs a non-empty string &quot;event&quot;</source>
        <translation>un evento necesita un texto &quot;event&quot; no vacío</translation>
    </message>
    <message>
        <source>events must be a JSON array</source>
        <translation>los eventos deben ser un array JSON</translation>
    </message>
    <message>
        <source>event %1</source>
        <translation>evento %1</translation>
    </message>
</context>
<context>
    <name>Coach::EventDetailsPane</name>
    <message>
        <source>Select a row of the history to see its event.</source>
        <translation>Seleccione una fila del historial para ver su evento.</translation>
    </message>
    <message>
        <source>Event JSON</source>
        <translation>JSON del evento</translation>
    </message>
    <message>
        <source>Co&amp;py JSON</source>
        <translation>Co&amp;piar JSON</translation>
    </message>
</context>
<context>
    <name>Coach::ExecuteRequest</name>
    <message>
        <source>the answer is not a JSON object</source>
        <translation>la respuesta no es un objeto JSON</translation>
    </message>
    <message>
        <source>&quot;messages&quot; is not a list</source>
        <translation>&quot;messages&quot; no es una lista</translation>
    </message>
    <message>
        <source>message %1 is not an object</source>
        <translation>el mensaje %1 no es un objeto</translation>
    </message>
</context>
<context>
    <name>Coach::ExportCommand</name>
    <message>
        <source>is a folder, not a file</source>
        <translation>es una carpeta, no un archivo</translation>
    </message>
    <message>
        <source>invalid JSON at offset %1: %2</source>
        <translation>JSON no válido en la posición %1: %2</translation>
    </message>
    <message>
        <source>a tracker must be a JSON object with &quot;events&quot;</source>
        <translation>un tracker debe ser un objeto JSON con &quot;events&quot;</translation>
    </message>
    <message>
        <source>new responses must be a JSON object of response names</source>
        <translation>las respuestas nuevas deben ser un objeto JSON de nombres de respuesta</translation>
    </message>
    <message>
        <source>A tracker (GET /conversations/{id}/tracker body); repeatable.</source>
        <translation>Un tracker (cuerpo de GET /conversations/{id}/tracker); se puede repetir.</translation>
    </message>
    <message>
        <source>A Rasa Coach session (.coach): its conversations, domain snapshot, new responses, export paths and Rasa version.</source>
        <translation>Una sesión de Rasa Coach (.coach): sus conversaciones, instantánea del dominio, respuestas nuevas, rutas de exportación y versión de Rasa.</translation>
    </message>
    <message>
        <source>The bot&apos;s domain (GET /domain body, or domain.yml).</source>
        <translation>El dominio del bot (cuerpo de GET /domain, o domain.yml).</translation>
    </message>
    <message>
        <source>Responses created in the session (JSON).</source>
        <translation>Respuestas creadas en la sesión (JSON).</translation>
    </message>
    <message>
        <source>Stories file to write or extend (.yml, .md for Rasa 2.x).</source>
        <translation>Archivo de historias que se escribe o amplía (.yml, .md para Rasa 2.x).</translation>
    </message>
    <message>
        <source>NLU file to write or extend (.yml, .json, .md for Rasa 2.x).</source>
        <translation>Archivo NLU que se escribe o amplía (.yml, .json, .md para Rasa 2.x).</translation>
    </message>
    <message>
        <source>Domain file to write or extend (.yml).</source>
        <translation>Archivo de dominio que se escribe o amplía (.yml).</translation>
    </message>
    <message>
        <source>The Rasa version to write for (default: from the domain).</source>
        <translation>La versión de Rasa para la que se escribe (por defecto: la del dominio).</translation>
    </message>
    <message>
        <source>Write end-to-end test stories (with the user&apos;s text).</source>
        <translation>Escribir historias de prueba end-to-end (con el texto del usuario).</translation>
    </message>
    <message>
        <source>&quot;keep&quot; (the default) keeps the domain&apos;s text, &quot;replace&quot; writes the session&apos;s.</source>
        <translation>&quot;keep&quot; (predeterminado) conserva el texto del dominio, &quot;replace&quot; escribe el de la sesión.</translation>
    </message>
    <message>
        <source>With --session: also write what was exported into the session file&apos;s export records, so that a later export replaces changed stories in place instead of adding them again. This changes the session file.</source>
        <translation>Con --session: escribe también lo exportado en los registros de exportación del archivo de sesión, para que una exportación posterior reemplace en su sitio las historias cambiadas en lugar de añadirlas de nuevo. Esto modifica el archivo de sesión.</translation>
    </message>
    <message>
        <source>Print what would change; write nothing.</source>
        <translation>Mostrar qué cambiaría; no escribir nada.</translation>
    </message>
    <message>
        <source>nothing to export: give --stories, --nlu or --domain-out</source>
        <translation>nada que exportar: indique --stories, --nlu o --domain-out</translation>
    </message>
    <message>
        <source>--responses must be &quot;keep&quot; or &quot;replace&quot;</source>
        <translation>--responses debe ser &quot;keep&quot; o &quot;replace&quot;</translation>
    </message>
    <message>
        <source>--update-session needs a --session file</source>
        <translation>--update-session necesita un archivo --session</translation>
    </message>
    <message>
        <source>give the bot&apos;s domain with --domain</source>
        <translation>indique el dominio del bot con --domain</translation>
    </message>
    <message>
        <source>give at least one --tracker file or a --session</source>
        <translation>indique al menos un archivo --tracker o una --session</translation>
    </message>
    <message>
        <source>note: the response &quot;%1&quot; already exists with other texts; the session&apos;s text replaces it</source>
        <translation>nota: la respuesta &quot;%1&quot; ya existe con otros textos; el texto de la sesión la reemplaza</translation>
    </message>
    <message>
        <source>warning: the response &quot;%1&quot; already exists with other texts; the domain keeps its text (--responses replace writes the session&apos;s)</source>
        <translation>aviso: la respuesta &quot;%1&quot; ya existe con otros textos; el dominio conserva su texto (--responses replace escribe el de la sesión)</translation>
    </message>
    <message>
        <source>%1: unchanged
</source>
        <translation>%1: sin cambios
</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Export conversations as Rasa training data.</source>
        <translation>Exportar conversaciones como datos de entrenamiento de Rasa.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>argumento inesperado &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>Coach::ExportDialog</name>
    <message>
        <source>Write &amp;end-to-end test stories (with the user&apos;s text)</source>
        <translation>Escribir historias de prueba &amp;end-to-end (con el texto del usuario)</translation>
    </message>
    <message>
        <source>Use Rasa 2.x &amp;Markdown files (.md)</source>
        <translation>Usar archivos &amp;Markdown de Rasa 2.x (.md)</translation>
    </message>
    <message>
        <source>&amp;Write Files</source>
        <translation>Escri&amp;bir archivos</translation>
    </message>
    <message>
        <source>Export Training Data</source>
        <translation>Exportar datos de entrenamiento</translation>
    </message>
    <message>
        <source>&amp;Stories:</source>
        <translation>&amp;Historias:</translation>
    </message>
    <message>
        <source>Export Stories To</source>
        <translation>Exportar historias a</translation>
    </message>
    <message>
        <source>&amp;NLU data:</source>
        <translation>Datos &amp;NLU:</translation>
    </message>
    <message>
        <source>Export NLU Data To</source>
        <translation>Exportar datos NLU a</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>&amp;Dominio:</translation>
    </message>
    <message>
        <source>Export Domain To</source>
        <translation>Exportar dominio a</translation>
    </message>
    <message>
        <source>&amp;Preview Changes</source>
        <translation>&amp;Vista previa de los cambios</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Examinar…</translation>
    </message>
    <message>
        <source>Rasa files (*.yml *.yaml *.json *.md)</source>
        <translation>Archivos de Rasa (*.yml *.yaml *.json *.md)</translation>
    </message>
    <message>
        <source>Rasa 3 reads only YAML training data.</source>
        <translation>Rasa 3 solo lee datos de entrenamiento en YAML.</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Preparando la vista previa…</translation>
    </message>
    <message>
        <source>Cannot export: %1</source>
        <translation>No se puede exportar: %1</translation>
    </message>
    <message>
        <source>(no change)</source>
        <translation>(sin cambios)</translation>
    </message>
    <message>
        <source>%1: %2%3</source>
        <translation>%1: %2%3</translation>
    </message>
    <message>
        <source> (new file)</source>
        <translation> (archivo nuevo)</translation>
    </message>
    <message>
        <source>Nothing to write: the files already contain everything.</source>
        <translation>Nada que escribir: los archivos ya lo contienen todo.</translation>
    </message>
    <message>
        <source>Writing failed: %1</source>
        <translation>Error al escribir: %1</translation>
    </message>
    <message>
        <source>Keep the domain&apos;s text</source>
        <translation>Conservar el texto del dominio</translation>
    </message>
    <message>
        <source>Replace it with the session&apos;s text</source>
        <translation>Reemplazarlo por el texto de la sesión</translation>
    </message>
    <message>
        <source>Response &amp;clashes:</source>
        <translation>&amp;Conflictos de respuestas:</translation>
    </message>
    <message>
        <source>Nothing to write: the files already contain everything. Writing keeps that in the session.</source>
        <translation>Nada que escribir: los archivos ya lo contienen todo. Escribir lo anota en la sesión.</translation>
    </message>
    <message>
        <source>Response “%1” already exists in the domain with other text: the session&apos;s text replaces it.</source>
        <translation>La respuesta «%1» ya existe en el dominio con otro texto: el texto de la sesión lo reemplaza.</translation>
    </message>
    <message>
        <source>Response “%1” already exists in the domain with other text: the domain keeps its text.</source>
        <translation>La respuesta «%1» ya existe en el dominio con otro texto: el dominio conserva su texto.</translation>
    </message>
    <message>
        <source>Stories</source>
        <translation>Historias</translation>
    </message>
</context>
<context>
    <name>Coach::Exporter</name>
    <message>
        <source>stories must be exported to a .yml or .yaml file (or .md for Rasa 2.x)</source>
        <translation>las historias se deben exportar a un archivo .yml o .yaml (o .md para Rasa 2.x)</translation>
    </message>
    <message>
        <source>Rasa %1 reads only YAML stories; use a .yml file</source>
        <translation>Rasa %1 solo lee historias en YAML; use un archivo .yml</translation>
    </message>
    <message>
        <source>cannot add stories to this file: %1</source>
        <translation>no se pueden añadir historias a este archivo: %1</translation>
    </message>
    <message>
        <source>the exported stories would not load: %1</source>
        <translation>las historias exportadas no se podrían cargar: %1</translation>
    </message>
    <message>
        <source>NLU data must be exported to a .yml, .yaml or .json file (or .md for Rasa 2.x)</source>
        <translation>los datos NLU se deben exportar a un archivo .yml, .yaml o .json (o .md para Rasa 2.x)</translation>
    </message>
    <message>
        <source>Rasa %1 cannot read Markdown NLU data; use a .yml file</source>
        <translation>Rasa %1 no puede leer datos NLU en Markdown; use un archivo .yml</translation>
    </message>
    <message>
        <source>examples added: %1</source>
        <translation>ejemplos añadidos: %1</translation>
    </message>
    <message>
        <source>the domain must be exported to a .yml or .yaml file</source>
        <translation>el dominio se debe exportar a un archivo .yml o .yaml</translation>
    </message>
    <message>
        <source>added: %1 intents, %2 entities, %3 actions, %4 responses</source>
        <translation>añadido: %1 intenciones, %2 entidades, %3 acciones, %4 respuestas</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>no se puede crear la carpeta %1</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>no se puede escribir: %1</translation>
    </message>
    <message>
        <source>; responses replaced: %1</source>
        <translation>; respuestas reemplazadas: %1</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>es una carpeta, no un archivo</translation>
    </message>
    <message>
        <source>cannot create the file: %1 is not a folder</source>
        <translation>no se puede crear el archivo: %1 no es una carpeta</translation>
    </message>
    <message>
        <source>cannot create the file: the folder %1 is not writable</source>
        <translation>no se puede crear el archivo: la carpeta %1 no admite escritura</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>no es un archivo normal</translation>
    </message>
    <message>
        <source>the file is not writable</source>
        <translation>el archivo no admite escritura</translation>
    </message>
    <message>
        <source>not a stories file: it has a top-level &quot;%1&quot; key</source>
        <translation>no es un archivo de historias: tiene una clave &quot;%1&quot; en el nivel superior</translation>
    </message>
    <message>
        <source>stories: %1 new, %2 replaced, %3 unchanged, %4 skipped as duplicates</source>
        <translation>historias: %1 nuevas, %2 reemplazadas, %3 sin cambios, %4 omitidas por duplicadas</translation>
    </message>
</context>
<context>
    <name>Coach::ForkDialog</name>
    <message>
        <source>Fork the Conversation</source>
        <translation>Bifurcar la conversación</translation>
    </message>
    <message>
        <source>Before which user message do you want to fork? The story so far is kept; the conversation continues from that point.</source>
        <translation>¿Antes de qué mensaje del usuario quiere bifurcar? La historia hasta ahora se conserva; la conversación continúa desde ese punto.</translation>
    </message>
    <message>
        <source>User messages, newest first</source>
        <translation>Mensajes del usuario, los más recientes primero</translation>
    </message>
    <message>
        <source>&amp;Fork here</source>
        <translation>&amp;Bifurcar aquí</translation>
    </message>
</context>
<context>
    <name>Coach::FormValidationPanel</name>
    <message>
        <source>Form validation question</source>
        <translation>Pregunta de validación del formulario</translation>
    </message>
    <message>
        <source>&amp;Yes, validate (Y / Enter)</source>
        <translation>&amp;Sí, validar (Y / Intro)</translation>
    </message>
    <message>
        <source>&amp;No (N)</source>
        <translation>&amp;No (N)</translation>
    </message>
    <message>
        <source>
Caution: FormPolicy predicted no form validation based on previous training stories. Make sure to remove contradictory stories from training data, otherwise predicting no form validation will not work as expected.</source>
        <translation>
Atención: FormPolicy predijo que no hay validación del formulario a partir de historias de entrenamiento anteriores. Elimine las historias contradictorias de los datos de entrenamiento; si no, la predicción de no validar el formulario no funcionará como se espera.</translation>
    </message>
</context>
<context>
    <name>Coach::GraphCanvas</name>
    <message>
        <source>Story graph</source>
        <translation>Grafo de historias</translation>
    </message>
</context>
<context>
    <name>Coach::GraphCommand</name>
    <message>
        <source>Draw the story graph of a bot&apos;s training stories (and a session&apos;s conversations).</source>
        <translation>Dibuja el grafo de historias de las historias de entrenamiento de un bot (y de las conversaciones de una sesión).</translation>
    </message>
    <message>
        <source>A story/rule file or a folder of them; repeatable.</source>
        <translation>Un archivo de historias/reglas o una carpeta de ellos; se puede repetir.</translation>
    </message>
    <message>
        <source>The bot&apos;s domain.yml.</source>
        <translation>El domain.yml del bot.</translation>
    </message>
    <message>
        <source>A Rasa Coach session (*.coach) whose conversations to add.</source>
        <translation>Una sesión de Rasa Coach (*.coach) cuyas conversaciones se añaden.</translation>
    </message>
    <message>
        <source>Rasa&apos;s max_history for merging nodes (default 2).</source>
        <translation>max_history de Rasa para fusionar nodos (por defecto 2).</translation>
    </message>
    <message>
        <source>json, dot or svg.</source>
        <translation>json, dot o svg.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>El archivo que se escribe.</translation>
    </message>
    <message>
        <source>--stories is required</source>
        <translation>--stories es obligatorio</translation>
    </message>
    <message>
        <source>--domain is required</source>
        <translation>--domain es obligatorio</translation>
    </message>
    <message>
        <source>--output is required</source>
        <translation>--output es obligatorio</translation>
    </message>
    <message>
        <source>--format must be json, dot or svg</source>
        <translation>--format debe ser json, dot o svg</translation>
    </message>
    <message>
        <source>--max-history must be a number from 2 to 10</source>
        <translation>--max-history debe ser un número de 2 a 10</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>no existe ese archivo o carpeta</translation>
    </message>
    <message>
        <source>contains no story or rule files</source>
        <translation>no contiene archivos de historias ni de reglas</translation>
    </message>
    <message>
        <source>contains no stories or rules</source>
        <translation>no contiene historias ni reglas</translation>
    </message>
    <message>
        <source>the layout was interrupted</source>
        <translation>la disposición se interrumpió</translation>
    </message>
</context>
<context>
    <name>Coach::GraphController</name>
    <message>
        <source>Only messages of the current story can be forked from; this one is in an earlier story or was undone.</source>
        <translation>Solo se puede bifurcar desde mensajes de la historia actual; este está en una historia anterior o se deshizo.</translation>
    </message>
    <message>
        <source>Fork the Conversation</source>
        <translation>Bifurcar la conversación</translation>
    </message>
    <message>
        <source>Continue the conversation from before “%1”?

The messages from there on are left out of the new story; the old story stays in the session.</source>
        <translation>¿Continuar la conversación desde antes de «%1»?

Los mensajes a partir de ahí quedan fuera de la nueva historia; la historia anterior se queda en la sesión.</translation>
    </message>
</context>
<context>
    <name>Coach::GraphPanel</name>
    <message>
        <source>The graph is empty.</source>
        <translation>El grafo está vacío.</translation>
    </message>
    <message>
        <source>Could not encode the image.</source>
        <translation>No se pudo codificar la imagen.</translation>
    </message>
    <message>
        <source>Story graph panel</source>
        <translation>Panel del grafo de historias</translation>
    </message>
    <message>
        <source>Graph status</source>
        <translation>Estado del grafo</translation>
    </message>
    <message>
        <source>No graph yet.</source>
        <translation>Todavía no hay grafo.</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Acercar</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Alejar</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Ajustar</translation>
    </message>
    <message>
        <source>Fit the graph to the panel</source>
        <translation>Ajustar el grafo al panel</translation>
    </message>
    <message>
        <source>Zoom level</source>
        <translation>Nivel de zoom</translation>
    </message>
    <message>
        <source>%L1 %</source>
        <translation>%L1 %</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>Export the graph</source>
        <translation>Exportar el grafo</translation>
    </message>
    <message>
        <source>As SVG…</source>
        <translation>Como SVG…</translation>
    </message>
    <message>
        <source>As PNG image…</source>
        <translation>Como imagen PNG…</translation>
    </message>
    <message>
        <source>As Graphviz DOT…</source>
        <translation>Como DOT de Graphviz…</translation>
    </message>
    <message>
        <source>Export the graph as SVG</source>
        <translation>Exportar el grafo como SVG</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>Imágenes SVG (*.svg)</translation>
    </message>
    <message>
        <source>Export the graph as PNG</source>
        <translation>Exportar el grafo como PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <source>Export the graph as DOT</source>
        <translation>Exportar el grafo como DOT</translation>
    </message>
    <message>
        <source>Graphviz files (*.dot *.gv)</source>
        <translation>Archivos de Graphviz (*.dot *.gv)</translation>
    </message>
    <message>
        <source>There is no graph to export yet.</source>
        <translation>Todavía no hay ningún grafo que exportar.</translation>
    </message>
    <message>
        <source>Follow</source>
        <translation>Seguir</translation>
    </message>
    <message>
        <source>Follow the conversation at a readable size</source>
        <translation>Seguir la conversación a un tamaño legible</translation>
    </message>
    <message>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
</context>
<context>
    <name>Coach::GraphRenderer</name>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n más</numerusform>
            <numerusform>+%n más</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Coach::GraphWorker</name>
    <message>
        <source>Checkpoint %1 connects to nothing.</source>
        <translation>El checkpoint %1 no conecta con nada.</translation>
    </message>
    <message>
        <source>The training stories could not be read: %1</source>
        <translation>No se pudieron leer las historias de entrenamiento: %1</translation>
    </message>
    <message>
        <source>Showing the neighbourhood of this conversation: %L1 of %L2 nodes</source>
        <translation>Se muestra el entorno de esta conversación: %L1 de %L2 nodos</translation>
    </message>
    <message>
        <source>Showing the nodes nearest to START: %L1 of %L2 nodes</source>
        <translation>Se muestran los nodos más cercanos a START: %L1 de %L2 nodos</translation>
    </message>
    <message numerus="yes">
        <source>%n training paths, %1 nodes</source>
        <translation>
            <numerusform>%n ruta de entrenamiento, %1 nodos</numerusform>
            <numerusform>%n rutas de entrenamiento, %1 nodos</numerusform>
        </translation>
    </message>
    <message>
        <source>Laying out %L1 stories…</source>
        <translation>Disponiendo %L1 historias…</translation>
    </message>
</context>
<context>
    <name>Coach::GraphvizLayout</name>
    <message>
        <source>Graphviz could not lay out the graph.</source>
        <translation>Graphviz no pudo disponer el grafo.</translation>
    </message>
</context>
<context>
    <name>Coach::HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Keyboard &amp;Shortcuts…</source>
        <translation>&amp;Atajos de teclado…</translation>
    </message>
    <message>
        <source>Ctrl+/</source>
        <translation>Ctrl+/</translation>
    </message>
    <message>
        <source>&amp;About Rasa Coach</source>
        <translation>Acerca &amp;de Rasa Coach</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
</context>
<context>
    <name>Coach::InboxCommand</name>
    <message>
        <source>The tracker store: postgresql://USER@HOST:PORT/DB or sqlite:///PATH.</source>
        <translation>El tracker store: postgresql://USER@HOST:PORT/DB o sqlite:///RUTA.</translation>
    </message>
    <message>
        <source>The bot&apos;s endpoints.yml (its tracker_store section).</source>
        <translation>El endpoints.yml del bot (su sección tracker_store).</translation>
    </message>
    <message>
        <source>Conversations with a user message of this intent; repeatable (any of).</source>
        <translation>Conversaciones con un mensaje del usuario de este intent; repetible (cualquiera).</translation>
    </message>
    <message>
        <source>Conversations in which this action ran; repeatable (any of).</source>
        <translation>Conversaciones en las que se ejecutó esta acción; repetible (cualquiera).</translation>
    </message>
    <message>
        <source>Conversations whose lowest intent confidence is below C.</source>
        <translation>Conversaciones cuya confianza de intent más baja es menor que C.</translation>
    </message>
    <message>
        <source>Conversations whose last event is at or after this time (UTC).</source>
        <translation>Conversaciones cuyo último evento es en o después de este momento (UTC).</translation>
    </message>
    <message>
        <source>Conversations whose last event is at or before this time (UTC).</source>
        <translation>Conversaciones cuyo último evento es en o antes de este momento (UTC).</translation>
    </message>
    <message>
        <source>Conversations with at least N user messages.</source>
        <translation>Conversaciones con al menos N mensajes del usuario.</translation>
    </message>
    <message>
        <source>Conversations with a user message containing S (any case).</source>
        <translation>Conversaciones con un mensaje del usuario que contiene S (sin distinguir mayúsculas).</translation>
    </message>
    <message>
        <source>Print at most N conversations (after sorting).</source>
        <translation>Mostrar como máximo N conversaciones (después de ordenar).</translation>
    </message>
    <message>
        <source>Output format: json or csv.</source>
        <translation>Formato de salida: json o csv.</translation>
    </message>
    <message>
        <source>Neither read nor write the app&apos;s cache of the store.</source>
        <translation>No leer ni escribir la caché del store de la aplicación.</translation>
    </message>
    <message>
        <source>--%1 needs a whole number of 0 or more</source>
        <translation>--%1 necesita un número entero de 0 o más</translation>
    </message>
    <message>
        <source>give either --tracker-store URL or --endpoints FILE</source>
        <translation>indique --tracker-store URL o --endpoints ARCHIVO</translation>
    </message>
    <message>
        <source>--below needs a number</source>
        <translation>--below necesita un número</translation>
    </message>
    <message>
        <source>give --format json or --format csv</source>
        <translation>indique --format json o --format csv</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Contraseña para %1: </translation>
    </message>
    <message>
        <source>%1 (set RASA_COACH_DB_PASSWORD)</source>
        <translation>%1 (defina RASA_COACH_DB_PASSWORD)</translation>
    </message>
</context>
<context>
    <name>Coach::InboxConnector</name>
    <message>
        <source>Name the tracker store: postgresql://USER@HOST:PORT/DB, sqlite:///PATH or the bot&apos;s endpoints.yml.</source>
        <translation>Indique el tracker store: postgresql://USER@HOST:PORT/DB, sqlite:///RUTA o el endpoints.yml del bot.</translation>
    </message>
    <message>
        <source>Reviews stay in this session: %1</source>
        <translation>Las revisiones quedan en esta sesión: %1</translation>
    </message>
</context>
<context>
    <name>Coach::InboxCorrectionDialog</name>
    <message>
        <source>Correct %1</source>
        <translation>Corregir %1</translation>
    </message>
    <message>
        <source>Keep the rest as it is</source>
        <translation>Dejar el resto como está</translation>
    </message>
    <message>
        <source>Turn %1 of %2</source>
        <translation>Turno %1 de %2</translation>
    </message>
</context>
<context>
    <name>Coach::InboxFilter</name>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 date or time (e.g. 2024-05-01 or 2024-05-01T12:30:00Z)</source>
        <translation>«%1» no es una fecha u hora ISO 8601 (p. ej. 2024-05-01 o 2024-05-01T12:30:00Z)</translation>
    </message>
</context>
<context>
    <name>Coach::InboxFilterBar</name>
    <message>
        <source>any intent; a, b = either</source>
        <translation>cualquier intent; a, b = uno de ellos</translation>
    </message>
    <message>
        <source>Intents</source>
        <translation>Intents</translation>
    </message>
    <message>
        <source>any action; a, b = either</source>
        <translation>cualquier acción; a, b = una de ellas</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <source>text in a user message</source>
        <translation>texto en un mensaje del usuario</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>any tag; a, b = either</source>
        <translation>cualquier etiqueta; a, b = una de ellas</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Confidence below</source>
        <translation>Confianza menor que</translation>
    </message>
    <message>
        <source>Active since</source>
        <translation>Activa desde</translation>
    </message>
    <message>
        <source>until</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>Minimum user turns</source>
        <translation>Mínimo de turnos del usuario</translation>
    </message>
    <message>
        <source>all conversations</source>
        <translation>todas las conversaciones</translation>
    </message>
    <message>
        <source>not reviewed</source>
        <translation>sin revisar</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>revisadas</translation>
    </message>
    <message>
        <source>Review state</source>
        <translation>Estado de revisión</translation>
    </message>
    <message>
        <source>Intents:</source>
        <translation>Intents:</translation>
    </message>
    <message>
        <source>Actions:</source>
        <translation>Acciones:</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Texto:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Etiquetas:</translation>
    </message>
    <message>
        <source>At least turns:</source>
        <translation>Al menos turnos:</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
</context>
<context>
    <name>Coach::InboxIntegration</name>
    <message>
        <source>Inbox</source>
        <translation>Bandeja de entrada</translation>
    </message>
    <message>
        <source>Inbox: %1 (read-only; Correct it to annotate)</source>
        <translation>Bandeja: %1 (solo lectura; «Corregir» para anotar)</translation>
    </message>
    <message>
        <source>Inbox: %1, the last %2 events; reading the rest…</source>
        <translation>Bandeja: %1, los últimos %2 eventos; leyendo el resto…</translation>
    </message>
    <message>
        <source>Replaying %1 on the server: message %2 of %3</source>
        <translation>Repitiendo %1 en el servidor: mensaje %2 de %3</translation>
    </message>
    <message>
        <source>Cannot replay %1: %2</source>
        <translation>No se puede repetir %1: %2</translation>
    </message>
    <message>
        <source>&amp;Inbox</source>
        <translation>&amp;Bandeja de entrada</translation>
    </message>
</context>
<context>
    <name>Coach::InboxModel</name>
    <message>
        <source>fallback</source>
        <translation>fallback</translation>
    </message>
    <message>
        <source>claimed by %1</source>
        <translation>asignada a %1</translation>
    </message>
    <message>
        <source>reviewed by %1</source>
        <translation>revisada por %1</translation>
    </message>
    <message>
        <source>claimed by you</source>
        <translation>asignada a ti</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Remitente</translation>
    </message>
    <message>
        <source>First activity</source>
        <translation>Primera actividad</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Última actividad</translation>
    </message>
    <message>
        <source>Turns</source>
        <translation>Turnos</translation>
    </message>
    <message>
        <source>Lowest confidence</source>
        <translation>Confianza más baja</translation>
    </message>
    <message>
        <source>Latest intent</source>
        <translation>Último intent</translation>
    </message>
    <message>
        <source>Fallback</source>
        <translation>Fallback</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Revisión</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
</context>
<context>
    <name>Coach::InboxPanel</name>
    <message>
        <source>Database password</source>
        <translation>Contraseña de la base de datos</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>Contraseña para %1:</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversaciones</translation>
    </message>
    <message>
        <source>NLU inbox</source>
        <translation>Bandeja NLU</translation>
    </message>
    <message>
        <source>postgresql://USER@HOST:PORT/DB, sqlite:///PATH or endpoints.yml</source>
        <translation>postgresql://USER@HOST:PORT/DB, sqlite:///RUTA o endpoints.yml</translation>
    </message>
    <message>
        <source>Tracker store</source>
        <translation>Tracker store</translation>
    </message>
    <message>
        <source>team review database (postgresql://…, or &quot;store&quot;); empty: this session</source>
        <translation>base de datos de revisión del equipo (postgresql://… o «store»); vacío: esta sesión</translation>
    </message>
    <message>
        <source>Review database</source>
        <translation>Base de datos de revisión</translation>
    </message>
    <message>
        <source>Endpoints…</source>
        <translation>Endpoints…</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Conectar</translation>
    </message>
    <message>
        <source>The bot&apos;s endpoints.yml</source>
        <translation>El endpoints.yml del bot</translation>
    </message>
    <message>
        <source>YAML (*.yml *.yaml)</source>
        <translation>YAML (*.yml *.yaml)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Correct it</source>
        <translation>Corregir</translation>
    </message>
    <message>
        <source>Replay on server</source>
        <translation>Repetir en el servidor</translation>
    </message>
    <message>
        <source>Claim next</source>
        <translation>Tomar la siguiente</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Revisada</translation>
    </message>
    <message>
        <source>Tags…</source>
        <translation>Etiquetas…</translation>
    </message>
    <message>
        <source>Notes…</source>
        <translation>Notas…</translation>
    </message>
    <message>
        <source>%1: %2 conversations, %3 events</source>
        <translation>%1: %2 conversaciones, %3 eventos</translation>
    </message>
    <message>
        <source>Reading the tracker store: %1 of %2 events…</source>
        <translation>Leyendo el tracker store: %1 de %2 eventos…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Connected to %1; reading new events…</source>
        <translation>Conectado a %1; leyendo eventos nuevos…</translation>
    </message>
    <message>
        <source>%1 of %2 conversations</source>
        <translation>%1 de %2 conversaciones</translation>
    </message>
    <message>
        <source>%1 is working on this conversation; you see it read-only.</source>
        <translation>%1 está trabajando en esta conversación; la ves en solo lectura.</translation>
    </message>
    <message>
        <source>%1 is working on this conversation: claim another one.</source>
        <translation>%1 está trabajando en esta conversación: toma otra.</translation>
    </message>
    <message>
        <source>Every conversation in view is reviewed or claimed by someone else.</source>
        <translation>Todas las conversaciones visibles están revisadas o asignadas a otra persona.</translation>
    </message>
    <message>
        <source>Tags (comma-separated)</source>
        <translation>Etiquetas (separadas por comas)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
</context>
<context>
    <name>Coach::InboxSource</name>
    <message>
        <source>cancelled</source>
        <translation>cancelado</translation>
    </message>
</context>
<context>
    <name>Coach::InteractiveSession</name>
    <message>
        <source>This cannot be done now (the session is %1).</source>
        <translation>Esto no se puede hacer ahora (la sesión está en el estado %1).</translation>
    </message>
    <message>
        <source>This needs a connection to a Rasa server.</source>
        <translation>Esto necesita una conexión con un servidor Rasa.</translation>
    </message>
    <message>
        <source>Could not %1: %2</source>
        <translation>No se pudo %1: %2</translation>
    </message>
    <message>
        <source>predict the next action</source>
        <translation>predecir la siguiente acción</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an action of the domain or of this session; create it as a new action.</source>
        <translation>&apos;%1&apos; no es una acción del dominio ni de esta sesión; créela como acción nueva.</translation>
    </message>
    <message>
        <source>An action name cannot be empty or contain spaces or brackets.</source>
        <translation>Un nombre de acción no puede estar vacío ni contener espacios o corchetes.</translation>
    </message>
    <message>
        <source>A response action needs its text: create it as a response.</source>
        <translation>Una acción de respuesta necesita su texto: créela como respuesta.</translation>
    </message>
    <message>
        <source>The domain already has the action &apos;%1&apos;; choose it instead.</source>
        <translation>El dominio ya tiene la acción &apos;%1&apos;; elíjala en su lugar.</translation>
    </message>
    <message>
        <source>A response name starts with &apos;utter_&apos; and has no spaces or brackets.</source>
        <translation>Un nombre de respuesta empieza por &apos;utter_&apos; y no tiene espacios ni corchetes.</translation>
    </message>
    <message>
        <source>Please enter a response.</source>
        <translation>Introduzca una respuesta.</translation>
    </message>
    <message>
        <source>reject the form</source>
        <translation>rechazar el formulario</translation>
    </message>
    <message>
        <source>FormPolicy predicted no form validation based on previous training stories. Make sure to remove contradictory stories from training data. Otherwise predicting no form validation will not work as expected.</source>
        <translation>FormPolicy predijo que no hay validación del formulario a partir de historias de entrenamiento anteriores. Elimine las historias contradictorias de los datos de entrenamiento. Si no, la predicción de no validar el formulario no funcionará como se espera.</translation>
    </message>
    <message>
        <source>record the form validation</source>
        <translation>registrar la validación del formulario</translation>
    </message>
    <message>
        <source>run the action &apos;%1&apos;</source>
        <translation>ejecutar la acción &apos;%1&apos;</translation>
    </message>
    <message>
        <source>You have created a new action: &apos;%1&apos;, with matching response: &apos;%2&apos;. This action will not return its message in this session, but the new response will be saved to your domain file when you export this session.</source>
        <translation>Ha creado una acción nueva: &apos;%1&apos;, con la respuesta correspondiente: &apos;%2&apos;. Esta acción no devolverá su mensaje en esta sesión, pero la respuesta nueva se guardará en su archivo de dominio cuando exporte esta sesión.</translation>
    </message>
    <message>
        <source>You have created a new action: &apos;%1&apos;, which was not successfully executed. If this action does not return any events, you do not need to do anything. If this is a custom action which returns events, implement it in your action server and try again.</source>
        <translation>Ha creado una acción nueva: &apos;%1&apos;, que no se ejecutó correctamente. Si esta acción no devuelve eventos, no tiene que hacer nada. Si es una acción personalizada que devuelve eventos, impleméntela en su servidor de acciones e inténtelo de nuevo.</translation>
    </message>
    <message>
        <source>log the new action &apos;%1&apos;</source>
        <translation>registrar la acción nueva &apos;%1&apos;</translation>
    </message>
    <message>
        <source>The server address is not valid.</source>
        <translation>La dirección del servidor no es válida.</translation>
    </message>
    <message>
        <source>connect to the Rasa server</source>
        <translation>conectar con el servidor Rasa</translation>
    </message>
    <message>
        <source>The server runs another model than the one this session was recorded with. Predictions may differ from the stored conversation.</source>
        <translation>El servidor ejecuta un modelo distinto del que se usó al grabar esta sesión. Las predicciones pueden diferir de la conversación guardada.</translation>
    </message>
    <message>
        <source>Conversation %1</source>
        <translation>Conversación %1</translation>
    </message>
    <message>
        <source>read the conversation from the server</source>
        <translation>leer la conversación del servidor</translation>
    </message>
    <message>
        <source>rebuild the conversation on the server</source>
        <translation>reconstruir la conversación en el servidor</translation>
    </message>
    <message>
        <source>The session already has a conversation &apos;%1&apos;.</source>
        <translation>La sesión ya tiene una conversación &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>There is no conversation %1.</source>
        <translation>No hay ninguna conversación %1.</translation>
    </message>
    <message>
        <source>There is nothing to undo in this story.</source>
        <translation>No hay nada que deshacer en esta historia.</translation>
    </message>
    <message>
        <source>undo the last step</source>
        <translation>deshacer el último paso</translation>
    </message>
    <message>
        <source>Choose a user message to fork before.</source>
        <translation>Elija un mensaje del usuario antes del que bifurcar.</translation>
    </message>
    <message>
        <source>The message is in an earlier story of this conversation.</source>
        <translation>El mensaje está en una historia anterior de esta conversación.</translation>
    </message>
    <message>
        <source>fork the conversation</source>
        <translation>bifurcar la conversación</translation>
    </message>
    <message>
        <source>restart the conversation</source>
        <translation>reiniciar la conversación</translation>
    </message>
    <message>
        <source>This step cannot be tried again; reconnect instead.</source>
        <translation>Este paso no se puede reintentar; vuelva a conectar.</translation>
    </message>
    <message>
        <source>Type a message first.</source>
        <translation>Escriba primero un mensaje.</translation>
    </message>
    <message>
        <source>The session reached its limit of %1 messages. Export it, or raise the limit to go on.</source>
        <translation>La sesión alcanzó su límite de %1 mensajes. Expórtela, o aumente el límite para seguir.</translation>
    </message>
    <message>
        <source>The button has no payload.</source>
        <translation>El botón no tiene payload.</translation>
    </message>
    <message>
        <source>send the message</source>
        <translation>enviar el mensaje</translation>
    </message>
    <message>
        <source>Choose the intent of the message first.</source>
        <translation>Elija primero la intención del mensaje.</translation>
    </message>
    <message>
        <source>Only mark entities: the text without markup must stay &apos;%1&apos;.</source>
        <translation>Solo marque entidades: el texto sin marcado debe seguir siendo &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>Choose an intent (a name without spaces or brackets).</source>
        <translation>Elija una intención (un nombre sin espacios ni corchetes).</translation>
    </message>
    <message>
        <source>correct the NLU result</source>
        <translation>corregir el resultado NLU</translation>
    </message>
    <message>
        <source>Rasa 3 does not fill slots from corrected entities. Check the slots; set them with a custom action or in the stories if needed.</source>
        <translation>Rasa 3 no rellena slots a partir de entidades corregidas. Revise los slots; si hace falta, establézcalos con una acción personalizada o en las historias.</translation>
    </message>
    <message>
        <source>The domain already has a response &apos;%1&apos;.</source>
        <translation>El dominio ya tiene una respuesta &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The server lost conversation &apos;%1&apos;. The session continues as conversation &apos;%2&apos;.</source>
        <translation>El servidor perdió la conversación &apos;%1&apos;. La sesión continúa como conversación &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>The server holds other events for conversation &apos;%1&apos;. The session continues as conversation &apos;%2&apos;.</source>
        <translation>El servidor tiene otros eventos para la conversación &apos;%1&apos;. La sesión continúa como conversación &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>The file&apos;s version of conversation &apos;%1&apos; is kept as conversation &apos;%2&apos;.</source>
        <translation>La versión del archivo de la conversación &apos;%1&apos; se conserva como conversación &apos;%2&apos;.</translation>
    </message>
    <message>
        <source>An intent name cannot be empty or contain spaces or brackets (a retrieval intent is two names joined by one “/”).</source>
        <translation>Un nombre de intent no puede estar vacío ni contener espacios o corchetes (un intent de recuperación son dos nombres unidos por una «/»).</translation>
    </message>
    <message>
        <source>The intent &apos;%1&apos; of &apos;%2&apos; is not in the domain. What intent is it?</source>
        <translation>La intención &apos;%1&apos; de &apos;%2&apos; no está en el dominio. ¿Qué intención es?</translation>
    </message>
    <message>
        <source>The NLU classification for &apos;%1&apos; returned &apos;None&apos;. What intent is it?</source>
        <translation>La clasificación NLU de &apos;%1&apos; devolvió &apos;None&apos;. ¿Qué intención es?</translation>
    </message>
    <message>
        <source>Is the intent &apos;%1&apos; correct for &apos;%2&apos; and are all entities labeled correctly?</source>
        <translation>¿Es correcta la intención &apos;%1&apos; para &apos;%2&apos; y están bien etiquetadas todas las entidades?</translation>
    </message>
    <message>
        <source>Your NLU model classified &apos;%1&apos; with intent &apos;%2&apos; and there are no entities, is this correct?</source>
        <translation>Su modelo NLU clasificó &apos;%1&apos; con la intención &apos;%2&apos; y no hay entidades, ¿es correcto?</translation>
    </message>
    <message>
        <source>The bot wants to run &apos;action_unlikely_intent&apos; to indicate that the last user message was unexpected at this point in the conversation. Check out UnexpecTEDIntentPolicy (https://rasa.com/docs/rasa/policies#unexpected-intent-policy) to learn more. Is that correct?</source>
        <translation>El bot quiere ejecutar &apos;action_unlikely_intent&apos; para indicar que el último mensaje del usuario era inesperado en este punto de la conversación. Consulte UnexpecTEDIntentPolicy (https://rasa.com/docs/rasa/policies#unexpected-intent-policy) para saber más. ¿Es correcto?</translation>
    </message>
    <message>
        <source>The bot wants to run &apos;%1&apos;, correct?</source>
        <translation>El bot quiere ejecutar &apos;%1&apos;, ¿es correcto?</translation>
    </message>
    <message>
        <source>Should &apos;%1&apos; validate user input to fill the slot &apos;%2&apos;?</source>
        <translation>¿Debe &apos;%1&apos; validar la entrada del usuario para rellenar el slot &apos;%2&apos;?</translation>
    </message>
    <message>
        <source>no message</source>
        <translation>ningún mensaje</translation>
    </message>
    <message>
        <source>The session file holds %1 events of conversation &apos;%2&apos; (last message: %3); the server holds %4 (last message: %5).</source>
        <translation>El archivo de sesión tiene %1 eventos de la conversación &apos;%2&apos; (último mensaje: %3); el servidor tiene %4 (último mensaje: %5).</translation>
    </message>
    <message>
        <source>The server has events the file does not have (for example changes that were not saved).</source>
        <translation>El servidor tiene eventos que el archivo no tiene (por ejemplo cambios que no se guardaron).</translation>
    </message>
    <message>
        <source>The server&apos;s events differ from the file&apos;s (for example someone else used the conversation id).</source>
        <translation>Los eventos del servidor difieren de los del archivo (por ejemplo, otra persona usó el id de la conversación).</translation>
    </message>
    <message>
        <source>Use the file&apos;s conversation (it continues under a new conversation id, the server&apos;s events stay untouched) or the server&apos;s (the file&apos;s version is kept beside it)?</source>
        <translation>¿Usar la conversación del archivo (continúa con un id de conversación nuevo y los eventos del servidor no se tocan) o la del servidor (la versión del archivo se conserva a su lado)?</translation>
    </message>
</context>
<context>
    <name>Coach::KeyringStore</name>
    <message>
        <source>the system keyring did not keep the secret: %1</source>
        <translation>el llavero del sistema no guardó el secreto: %1</translation>
    </message>
    <message>
        <source>the system keyring did not forget the secret: %1</source>
        <translation>el llavero del sistema no olvidó el secreto: %1</translation>
    </message>
</context>
<context>
    <name>Coach::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;System Default</source>
        <translation>&amp;Predeterminado del sistema</translation>
    </message>
    <message>
        <source>Takes effect when Rasa Coach starts next</source>
        <translation>Se aplica la próxima vez que se inicie Rasa Coach</translation>
    </message>
</context>
<context>
    <name>Coach::LaunchProgressDialog</name>
    <message>
        <source>Stage</source>
        <translation>Etapa</translation>
    </message>
    <message>
        <source>Training progress</source>
        <translation>Progreso del entrenamiento</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>Qué salió mal</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Reintentar</translation>
    </message>
    <message>
        <source>Project:</source>
        <translation>Proyecto:</translation>
    </message>
    <message>
        <source>Rasa:</source>
        <translation>Rasa:</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>Etapa:</translation>
    </message>
    <message>
        <source>(looking for it)</source>
        <translation>(buscándolo)</translation>
    </message>
    <message>
        <source>epoch %v of %m</source>
        <translation>época %v de %m</translation>
    </message>
    <message>
        <source>Failed.</source>
        <translation>Falló.</translation>
    </message>
</context>
<context>
    <name>Coach::LauncherController</name>
    <message>
        <source>Rasa Output</source>
        <translation>Salida de Rasa</translation>
    </message>
    <message>
        <source>Open &amp;Bot Project…</source>
        <translation>Abrir proyecto de &amp;bot…</translation>
    </message>
    <message>
        <source>Train a bot project and start its Rasa server</source>
        <translation>Entrenar un proyecto de bot e iniciar su servidor de Rasa</translation>
    </message>
    <message>
        <source>Re&amp;train &amp;&amp; Restart Server</source>
        <translation>Reen&amp;trenar y reiniciar el servidor</translation>
    </message>
    <message>
        <source>&amp;Choose Rasa Executable…</source>
        <translation>&amp;Elegir ejecutable de Rasa…</translation>
    </message>
    <message>
        <source>&amp;Find Rasa Automatically</source>
        <translation>&amp;Buscar Rasa automáticamente</translation>
    </message>
    <message numerus="yes">
        <source>Stopped %n Rasa process(es) left running by an earlier Rasa Coach.</source>
        <translation>
            <numerusform>Se detuvo %n proceso de Rasa que un Rasa Coach anterior dejó en ejecución.</numerusform>
            <numerusform>Se detuvieron %n procesos de Rasa que un Rasa Coach anterior dejó en ejecución.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>Starting the Bot</source>
        <translation>Iniciando el bot</translation>
    </message>
    <message>
        <source>Open Bot Project</source>
        <translation>Abrir proyecto de bot</translation>
    </message>
    <message>
        <source>Retraining the Bot</source>
        <translation>Reentrenando el bot</translation>
    </message>
    <message>
        <source>Restarting the Bot</source>
        <translation>Reiniciando el bot</translation>
    </message>
    <message>
        <source>Retrain the bot with the exported data and load the new model into its server? The conversation goes on with the new model.</source>
        <translation>¿Reentrenar el bot con los datos exportados y cargar el nuevo modelo en su servidor? La conversación continúa con el nuevo modelo.</translation>
    </message>
    <message>
        <source>Not in the bot project, so not trained on: %1</source>
        <translation>No está en el proyecto del bot, así que no se entrena con: %1</translation>
    </message>
    <message>
        <source>Retrain &amp;&amp; Restart</source>
        <translation>Reentrenar y reiniciar</translation>
    </message>
    <message>
        <source>Nothing changed since the last training; the server keeps its model.</source>
        <translation>Nada cambió desde el último entrenamiento; el servidor conserva su modelo.</translation>
    </message>
    <message>
        <source>The server runs %1.</source>
        <translation>El servidor usa %1.</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>Reproducción</translation>
    </message>
    <message>
        <source>The server runs the new model. Replay the session&apos;s conversations against it?</source>
        <translation>El servidor usa el nuevo modelo. ¿Reproducir las conversaciones de la sesión con él?</translation>
    </message>
    <message>
        <source>Rasa Stopped</source>
        <translation>Rasa se detuvo</translation>
    </message>
    <message>
        <source>Restart the server?</source>
        <translation>¿Reiniciar el servidor?</translation>
    </message>
    <message>
        <source>Rasa Executable</source>
        <translation>Ejecutable de Rasa</translation>
    </message>
    <message>
        <source>The rasa command or a Python interpreter with Rasa (*)</source>
        <translation>El comando rasa o un intérprete de Python con Rasa (*)</translation>
    </message>
</context>
<context>
    <name>Coach::MainWindow</name>
    <message>
        <source>&amp;Connect…</source>
        <translation>&amp;Conectar…</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Guardar c&amp;omo…</translation>
    </message>
    <message>
        <source>&amp;Export Training Data…</source>
        <translation>&amp;Exportar datos de entrenamiento…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Undo Last Step</source>
        <translation>&amp;Deshacer el último paso</translation>
    </message>
    <message>
        <source>&amp;Fork…</source>
        <translation>&amp;Bifurcar…</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>&amp;Restart (Start Fresh)</source>
        <translation>&amp;Reiniciar (empezar de cero)</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>&amp;New Conversation</source>
        <translation>&amp;Nueva conversación</translation>
    </message>
    <message>
        <source>Fork &amp;Before This Message</source>
        <translation>Bifurcar &amp;antes de este mensaje</translation>
    </message>
    <message>
        <source>Removes the last user message or bot action from the conversation on the server.</source>
        <translation>Quita el último mensaje del usuario o la última acción del bot de la conversación en el servidor.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Conversation</source>
        <translation>&amp;Conversación</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>Aj&amp;ustes</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Principal</translation>
    </message>
    <message>
        <source>Conversation history</source>
        <translation>Historial de la conversación</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Área de respuesta</translation>
    </message>
    <message>
        <source>Slots</source>
        <translation>Slots</translation>
    </message>
    <message>
        <source>Event details</source>
        <translation>Detalles del evento</translation>
    </message>
    <message>
        <source>Event Details</source>
        <translation>Detalles del evento</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
    <message>
        <source>Story Graph</source>
        <translation>Grafo de historias</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Rasa version</source>
        <translation>Versión de Rasa</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Session state</source>
        <translation>Estado de la sesión</translation>
    </message>
    <message>
        <source>The crash journal could not be written: %1</source>
        <translation>No se pudo escribir el diario de recuperación: %1</translation>
    </message>
    <message>
        <source>No server</source>
        <translation>Sin servidor</translation>
    </message>
    <message>
        <source>Rasa %1</source>
        <translation>Rasa %1</translation>
    </message>
    <message>
        <source>model %1</source>
        <translation>modelo %1</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Desconectado</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Sin conexión</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Conectando</translation>
    </message>
    <message>
        <source>Listening</source>
        <translation>Escuchando</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <source>Check NLU</source>
        <translation>Revisar NLU</translation>
    </message>
    <message>
        <source>Predicting</source>
        <translation>Prediciendo</translation>
    </message>
    <message>
        <source>Check action</source>
        <translation>Revisar acción</translation>
    </message>
    <message>
        <source>Form question</source>
        <translation>Pregunta de formulario</translation>
    </message>
    <message>
        <source>Executing</source>
        <translation>Ejecutando</translation>
    </message>
    <message>
        <source>Updating</source>
        <translation>Actualizando</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Sin título</translation>
    </message>
    <message>
        <source>%1[*] — Rasa Coach</source>
        <translation>%1[*] — Rasa Coach</translation>
    </message>
    <message>
        <source>Rasa Coach sessions (*.coach)</source>
        <translation>Sesiones de Rasa Coach (*.coach)</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Conectando con %1…</translation>
    </message>
    <message>
        <source>Open Session</source>
        <translation>Abrir sesión</translation>
    </message>
    <message>
        <source>Recover Session</source>
        <translation>Recuperar sesión</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>Se abrió %1.</translation>
    </message>
    <message>
        <source>Save Session</source>
        <translation>Guardar sesión</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>Se guardó %1.</translation>
    </message>
    <message>
        <source>Save Session As</source>
        <translation>Guardar sesión como</translation>
    </message>
    <message>
        <source>There is no user message to fork before.</source>
        <translation>No hay ningún mensaje del usuario antes del que bifurcar.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nada</translation>
    </message>
    <message>
        <source>Exported: %1</source>
        <translation>Exportado: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n file(s).</source>
        <translation>
            <numerusform>%n archivo exportado.</numerusform>
            <numerusform>%n archivos exportados.</numerusform>
        </translation>
    </message>
    <message>
        <source>Story &amp;Graph</source>
        <translation>&amp;Grafo de historias</translation>
    </message>
    <message>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <source>Story graph</source>
        <translation>Grafo de historias</translation>
    </message>
    <message>
        <source>Graph exported to %1</source>
        <translation>Grafo exportado a %1</translation>
    </message>
    <message>
        <source>Export…</source>
        <comment>toolbar</comment>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Undo</source>
        <comment>toolbar</comment>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Fork…</source>
        <comment>toolbar</comment>
        <translation>Bifurcar…</translation>
    </message>
    <message>
        <source>Restart</source>
        <comment>toolbar</comment>
        <translation>Reiniciar</translation>
    </message>
    <message>
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>&amp;Slots</source>
        <translation>&amp;Slots</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversaciones</translation>
    </message>
    <message>
        <source>&amp;Conversations</source>
        <translation>&amp;Conversaciones</translation>
    </message>
    <message>
        <source>&amp;Event Details</source>
        <translation>&amp;Detalles del evento</translation>
    </message>
    <message>
        <source>&amp;Messages</source>
        <translation>&amp;Mensajes</translation>
    </message>
    <message>
        <source>last change %1; its damaged end is left out</source>
        <translation>último cambio %1; el final dañado se omite</translation>
    </message>
    <message>
        <source>last change %1</source>
        <translation>último cambio %1</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>No se pudo abrir %1: %2</translation>
    </message>
    <message>
        <source>Rasa Coach could not open “%1”.

%2</source>
        <translation>Rasa Coach no pudo abrir «%1».

%2</translation>
    </message>
    <message>
        <source>“%1” has changes that were not saved when Rasa Coach stopped (%2). Recover them?</source>
        <translation>«%1» tiene cambios que no estaban guardados cuando Rasa Coach se detuvo (%2). ¿Recuperarlos?</translation>
    </message>
    <message>
        <source>Rasa Coach did not close cleanly. Recover “%1” (%2)?</source>
        <translation>Rasa Coach no se cerró correctamente. ¿Recuperar «%1» (%2)?</translation>
    </message>
    <message>
        <source>Restart the Conversation</source>
        <translation>Reiniciar la conversación</translation>
    </message>
    <message>
        <source>Start a new story in this conversation?

The bot forgets the current story; it stays in the session, in the conversation list and in the export.</source>
        <translation>¿Empezar una historia nueva en esta conversación?

El bot olvida la historia actual; esta se conserva en la sesión, en la lista de conversaciones y en la exportación.</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Conflictos</translation>
    </message>
    <message>
        <source>Re&amp;play against Server…</source>
        <translation>Re&amp;petir contra el servidor…</translation>
    </message>
    <message>
        <source>&amp;Rasa Executable</source>
        <translation>Ejecutable de &amp;Rasa</translation>
    </message>
    <message>
        <source>Rasa &amp;Output</source>
        <translation>Salida de &amp;Rasa</translation>
    </message>
    <message>
        <source>Co&amp;nflicts</source>
        <translation>Co&amp;nflictos</translation>
    </message>
</context>
<context>
    <name>Coach::MessageInput</name>
    <message>
        <source>Type a message as the user and press Enter (↑/↓: earlier messages, /intent{&quot;entity&quot;: &quot;value&quot;} works too)</source>
        <translation>Escriba un mensaje como el usuario y pulse Intro (↑/↓: mensajes anteriores; /intent{&quot;entity&quot;: &quot;value&quot;} también funciona)</translation>
    </message>
    <message>
        <source>User message</source>
        <translation>Mensaje del usuario</translation>
    </message>
</context>
<context>
    <name>Coach::NewActionDialog</name>
    <message>
        <source>Bot &amp;response:</source>
        <translation>&amp;Respuesta del bot:</translation>
    </message>
    <message>
        <source>New Response</source>
        <translation>Respuesta nueva</translation>
    </message>
    <message>
        <source>New Action</source>
        <translation>Acción nueva</translation>
    </message>
    <message>
        <source>Action name</source>
        <translation>Nombre de la acción</translation>
    </message>
    <message>
        <source>Response text</source>
        <translation>Texto de la respuesta</translation>
    </message>
    <message>
        <source>What the bot says. Enter finishes, Shift+Enter starts a new line.</source>
        <translation>Lo que dice el bot. Intro termina, Mayús+Intro empieza una línea nueva.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Please enter an action name.</source>
        <translation>Introduzca un nombre de acción.</translation>
    </message>
    <message>
        <source>Please enter a response.</source>
        <translation>Introduzca una respuesta.</translation>
    </message>
    <message>
        <source>“%1” already exists: choose it from the list instead, or pick another name.</source>
        <translation>«%1» ya existe: elíjalo de la lista o use otro nombre.</translation>
    </message>
    <message>
        <source>“%1” already exists. A response created earlier in this session takes the new text.</source>
        <translation>«%1» ya existe. Una respuesta creada antes en esta sesión toma el texto nuevo.</translation>
    </message>
</context>
<context>
    <name>Coach::NluCorrection</name>
    <message>
        <source>An entity needs a type without spaces or brackets.</source>
        <translation>Una entidad necesita un tipo sin espacios ni corchetes.</translation>
    </message>
    <message>
        <source>The entity &apos;%1&apos; does not mark a part of the message.</source>
        <translation>La entidad &apos;%1&apos; no marca ninguna parte del mensaje.</translation>
    </message>
</context>
<context>
    <name>Coach::NluExporter</name>
    <message>
        <source>cannot merge into the existing NLU file: %1</source>
        <translation>no se puede combinar con el archivo NLU existente: %1</translation>
    </message>
    <message>
        <source>the merged NLU data would not load: %1</source>
        <translation>los datos NLU combinados no se podrían cargar: %1</translation>
    </message>
</context>
<context>
    <name>Coach::NluInboxModel</name>
    <message>
        <source>deleted</source>
        <translation>eliminado</translation>
    </message>
    <message>
        <source>accepted as %1</source>
        <translation>aceptado como %1</translation>
    </message>
    <message>
        <source>User message</source>
        <translation>Mensaje del usuario</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Veces</translation>
    </message>
    <message>
        <source>Predicted intent</source>
        <translation>Intent predicho</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Confianza</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Decisión</translation>
    </message>
</context>
<context>
    <name>Coach::NluInboxPanel</name>
    <message>
        <source>NLU inbox</source>
        <translation>Bandeja NLU</translation>
    </message>
    <message>
        <source>New intent &quot;%1&quot;</source>
        <translation>Intent nuevo «%1»</translation>
    </message>
    <message>
        <source>Enter or C: correct · 1–9: intent of the ranking · I: another intent · Delete or D: delete · ↓/J, ↑/K: next, previous</source>
        <translation>Intro o C: correcto · 1–9: intent del ranking · I: otro intent · Supr o D: eliminar · ↓/J, ↑/K: siguiente, anterior</translation>
    </message>
    <message>
        <source>The project&apos;s NLU data cannot be read: %1</source>
        <translation>No se pueden leer los datos NLU del proyecto: %1</translation>
    </message>
</context>
<context>
    <name>Coach::NluReader</name>
    <message>
        <source>not an NLU file: the top level must be a mapping</source>
        <translation>no es un archivo NLU: el nivel superior debe ser un mapa</translation>
    </message>
    <message>
        <source>&quot;nlu&quot; must be a list</source>
        <translation>&quot;nlu&quot; debe ser una lista</translation>
    </message>
    <message>
        <source>%1, item %2 of &quot;nlu&quot;</source>
        <translation>%1, elemento %2 de &quot;nlu&quot;</translation>
    </message>
    <message>
        <source>every item of &quot;nlu&quot; must be a mapping</source>
        <translation>cada elemento de &quot;nlu&quot; debe ser un mapa</translation>
    </message>
    <message>
        <source>invalid JSON at offset %1: %2</source>
        <translation>JSON no válido en la posición %1: %2</translation>
    </message>
    <message>
        <source>not Rasa NLU data: &quot;rasa_nlu_data&quot; is missing</source>
        <translation>no son datos NLU de Rasa: falta &quot;rasa_nlu_data&quot;</translation>
    </message>
    <message>
        <source>%1, example %2</source>
        <translation>%1, ejemplo %2</translation>
    </message>
    <message>
        <source>NLU data</source>
        <translation>datos NLU</translation>
    </message>
    <message>
        <source>an intent needs a name</source>
        <translation>una intención necesita un nombre</translation>
    </message>
    <message>
        <source>the examples of intent &quot;%1&quot; must be a block of &quot;- &quot; lines</source>
        <translation>los ejemplos de la intención &quot;%1&quot; deben ser un bloque de líneas &quot;- &quot;</translation>
    </message>
    <message>
        <source>%1 line %2</source>
        <translation>%1 línea %2</translation>
    </message>
    <message>
        <source>unknown section &quot;%1&quot;</source>
        <translation>sección desconocida &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; comes before the first section (## intent:name)</source>
        <translation>&quot;%1&quot; aparece antes de la primera sección (## intent:name)</translation>
    </message>
    <message>
        <source>every common example must be an object with a &quot;text&quot;</source>
        <translation>cada ejemplo común debe ser un objeto con &quot;text&quot;</translation>
    </message>
</context>
<context>
    <name>Coach::OfflineCorrection</name>
    <message>
        <source>every turn has been answered</source>
        <translation>todos los turnos tienen respuesta</translation>
    </message>
    <message>
        <source>the current question is not about a user message</source>
        <translation>la pregunta actual no trata de un mensaje del usuario</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid intent name</source>
        <translation>«%1» no es un nombre de intent válido</translation>
    </message>
    <message>
        <source>the current question is not about an action</source>
        <translation>la pregunta actual no trata de una acción</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid action name</source>
        <translation>«%1» no es un nombre de acción válido</translation>
    </message>
    <message>
        <source>the conversation still has unanswered turns</source>
        <translation>la conversación aún tiene turnos sin responder</translation>
    </message>
    <message>
        <source>Inbox: %1</source>
        <translation>Bandeja: %1</translation>
    </message>
</context>
<context>
    <name>Coach::ParseRequest</name>
    <message>
        <source>the parse result is not a JSON object</source>
        <translation>el resultado del análisis no es un objeto JSON</translation>
    </message>
    <message>
        <source>the parse result has no &quot;intent&quot; object</source>
        <translation>el resultado del análisis no tiene un objeto «intent»</translation>
    </message>
    <message>
        <source>&quot;entities&quot; in the parse result is not a list</source>
        <translation>«entities» en el resultado del análisis no es una lista</translation>
    </message>
</context>
<context>
    <name>Coach::PostgresReviewStore</name>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 falló: %2</translation>
    </message>
    <message>
        <source>shared review state needs PostgreSQL</source>
        <translation>el estado de revisión compartido necesita PostgreSQL</translation>
    </message>
    <message>
        <source>listening for changes</source>
        <translation>Escuchar cambios</translation>
    </message>
    <message>
        <source>reading the review state</source>
        <translation>Leer el estado de revisión</translation>
    </message>
    <message>
        <source>saving the review state</source>
        <translation>Guardar el estado de revisión</translation>
    </message>
    <message>
        <source>announcing a change</source>
        <translation>Anunciar un cambio</translation>
    </message>
    <message>
        <source>starting a transaction</source>
        <translation>Iniciar una transacción</translation>
    </message>
    <message>
        <source>claiming a conversation</source>
        <translation>Tomar una conversación</translation>
    </message>
    <message>
        <source>releasing a conversation</source>
        <translation>Liberar una conversación</translation>
    </message>
    <message>
        <source>saving tags</source>
        <translation>Guardar etiquetas</translation>
    </message>
</context>
<context>
    <name>Coach::PredictRequest</name>
    <message>
        <source>the prediction is not a JSON object</source>
        <translation>la predicción no es un objeto JSON</translation>
    </message>
    <message>
        <source>&quot;policy&quot; is neither text nor null</source>
        <translation>&quot;policy&quot; no es ni texto ni null</translation>
    </message>
    <message>
        <source>&quot;scores&quot; is not a list</source>
        <translation>&quot;scores&quot; no es una lista</translation>
    </message>
    <message>
        <source>the server predicted no action at all. Its model has no dialogue policy (Rasa: “Cannot continue as no action was predicted by the dialogue manager”). Add Core policies to config.yml and train the model again.</source>
        <translation>el servidor no predijo ninguna acción. Su modelo no tiene política de diálogo (Rasa: «Cannot continue as no action was predicted by the dialogue manager»). Añada políticas de Core a config.yml y vuelva a entrenar el modelo.</translation>
    </message>
    <message>
        <source>scores entry %1 has no &quot;action&quot; text and &quot;score&quot; number</source>
        <translation>la entrada %1 de &quot;scores&quot; no tiene texto &quot;action&quot; ni número &quot;score&quot;</translation>
    </message>
    <message>
        <source>the prediction has no &quot;tracker&quot; object</source>
        <translation>la predicción no tiene un objeto &quot;tracker&quot;</translation>
    </message>
</context>
<context>
    <name>Coach::ProcessRegistry</name>
    <message>
        <source>The folder could not be created.</source>
        <translation>No se pudo crear la carpeta.</translation>
    </message>
    <message>
        <source>The list of started processes could not be written: %1</source>
        <translation>No se pudo escribir la lista de procesos iniciados: %1</translation>
    </message>
</context>
<context>
    <name>Coach::ProjectLauncher</name>
    <message>
        <source>Looking for Rasa…</source>
        <translation>Buscando Rasa…</translation>
    </message>
    <message>
        <source>Asking %1 for its version…</source>
        <translation>Preguntando a %1 su versión…</translation>
    </message>
    <message>
        <source>Training with %1…</source>
        <translation>Entrenando con %1…</translation>
    </message>
    <message>
        <source>Loading the new model into the running server…</source>
        <translation>Cargando el nuevo modelo en el servidor en ejecución…</translation>
    </message>
    <message>
        <source>Starting the Rasa server…</source>
        <translation>Iniciando el servidor de Rasa…</translation>
    </message>
    <message>
        <source>The Rasa server is ready.</source>
        <translation>El servidor de Rasa está listo.</translation>
    </message>
    <message>
        <source>The Rasa server runs the new model.</source>
        <translation>El servidor de Rasa usa el nuevo modelo.</translation>
    </message>
    <message>
        <source>Loading the new model failed (%1); restarting the server with it.</source>
        <translation>No se pudo cargar el nuevo modelo (%1); se reinicia el servidor con él.</translation>
    </message>
</context>
<context>
    <name>Coach::PromptArea</name>
    <message>
        <source>Not connected. Connect to a Rasa server (Ctrl+K) or open a session (Ctrl+O).</source>
        <translation>Sin conexión. Conéctese a un servidor Rasa (Ctrl+K) o abra una sesión (Ctrl+O).</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Cancelar (Esc)</translation>
    </message>
    <message>
        <source>Offline: this session is shown without a server. Connect (Ctrl+K) to continue it.</source>
        <translation>Sin conexión: esta sesión se muestra sin servidor. Conéctese (Ctrl+K) para continuarla.</translation>
    </message>
    <message>
        <source>Sending the message…</source>
        <translation>Enviando el mensaje…</translation>
    </message>
    <message>
        <source>Asking the bot for its next action…</source>
        <translation>Preguntando al bot por su siguiente acción…</translation>
    </message>
    <message>
        <source>Running the action…</source>
        <translation>Ejecutando la acción…</translation>
    </message>
    <message>
        <source>Updating the conversation on the server…</source>
        <translation>Actualizando la conversación en el servidor…</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Trabajando…</translation>
    </message>
    <message>
        <source>%1 (Alt+%2)</source>
        <translation>%1 (Alt+%2)</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Error</translation>
    </message>
    <message>
        <source>&amp;Retry (Enter)</source>
        <translation>&amp;Reintentar (Intro)</translation>
    </message>
    <message>
        <source>Cancel step (Esc)</source>
        <translation>Cancelar paso (Esc)</translation>
    </message>
    <message>
        <source>Drop the failed step and go back to the question before it</source>
        <translation>Descartar el paso fallido y volver a la pregunta anterior</translation>
    </message>
    <message>
        <source>Connecting to %1: %2</source>
        <translation>Conectando con %1: %2</translation>
    </message>
    <message>
        <source>(attempt %1)</source>
        <translation>(intento %1)</translation>
    </message>
    <message>
        <source>Last attempt: %1</source>
        <translation>Último intento: %1</translation>
    </message>
    <message>
        <source>Rasa Coach tries again until the server answers and has a model; Esc stops.</source>
        <translation>Rasa Coach lo reintenta hasta que el servidor responda y tenga un modelo; Esc lo detiene.</translation>
    </message>
</context>
<context>
    <name>Coach::RasaClient</name>
    <message>
        <source>Enter the address of the Rasa server, e.g. http://localhost:5005.</source>
        <translation>Introduzca la dirección del servidor Rasa, p. ej. http://localhost:5005.</translation>
    </message>
    <message>
        <source>“%1” is not a server address. Write it like http://localhost:5005.</source>
        <translation>«%1» no es una dirección de servidor. Escríbala como http://localhost:5005.</translation>
    </message>
    <message>
        <source>Write only the server address (http://host:port); enter the token in its own field.</source>
        <translation>Escriba solo la dirección del servidor (http://host:puerto); introduzca el token en su propio campo.</translation>
    </message>
</context>
<context>
    <name>Coach::RasaCommandLine</name>
    <message>
        <source>Rasa %1 cannot be told to listen on 127.0.0.1 only, and its Python interpreter is unknown. Choose the Python interpreter Rasa is installed in under Settings › Rasa Executable.</source>
        <translation>A Rasa %1 no se le puede indicar que escuche solo en 127.0.0.1 y su intérprete de Python es desconocido. Elija el intérprete de Python en el que está instalado Rasa en Ajustes › Ejecutable de Rasa.</translation>
    </message>
</context>
<context>
    <name>Coach::RasaInstallation</name>
    <message>
        <source>Rasa %1 (%2)</source>
        <translation>Rasa %1 (%2)</translation>
    </message>
    <message>
        <source>“rasa --version” did not print a “Rasa Version” line.</source>
        <translation>«rasa --version» no mostró una línea «Rasa Version».</translation>
    </message>
    <message>
        <source>Rasa %1 is not supported: Rasa Coach works with Rasa Open Source 2.x and 3.x. Install one of them, for example into the bot project with “python3 -m venv .venv &amp;&amp; .venv/bin/pip install rasa==3.6.21” (Python 3.8 to 3.10), or choose another Rasa under Settings › Rasa Executable.</source>
        <translation>Rasa %1 no es compatible: Rasa Coach funciona con Rasa Open Source 2.x y 3.x. Instale una de ellas, por ejemplo en el proyecto del bot con «python3 -m venv .venv &amp;&amp; .venv/bin/pip install rasa==3.6.21» (Python 3.8 a 3.10), o elija otro Rasa en Ajustes › Ejecutable de Rasa.</translation>
    </message>
</context>
<context>
    <name>Coach::RasaLocator</name>
    <message>
        <source>Rasa was not found. Searched: %1.

Install Rasa Open Source 2.x or 3.x, for example into the bot project with “python3 -m venv .venv &amp;&amp; .venv/bin/pip install rasa==3.6.21” (Python 3.8 to 3.10), or choose the rasa executable or the Python interpreter it is installed in under Settings › Rasa Executable.</source>
        <translation>No se encontró Rasa. Se buscó en: %1.

Instale Rasa Open Source 2.x o 3.x, por ejemplo en el proyecto del bot con «python3 -m venv .venv &amp;&amp; .venv/bin/pip install rasa==3.6.21» (Python 3.8 a 3.10), o elija el ejecutable rasa o el intérprete de Python en el que está instalado en Ajustes › Ejecutable de Rasa.</translation>
    </message>
    <message>
        <source>The Rasa executable chosen in Settings does not exist or cannot be run. Choose another one under Settings › Rasa Executable.</source>
        <translation>El ejecutable de Rasa elegido en los ajustes no existe o no se puede ejecutar. Elija otro en Ajustes › Ejecutable de Rasa.</translation>
    </message>
    <message>
        <source>no Rasa executable chosen in Settings</source>
        <translation>ningún ejecutable de Rasa elegido en los ajustes</translation>
    </message>
    <message>
        <source>“rasa” on PATH (%1)</source>
        <translation>«rasa» en el PATH (%1)</translation>
    </message>
</context>
<context>
    <name>Coach::RasaRequest</name>
    <message>
        <source>the conversation id is empty</source>
        <translation>el id de conversación está vacío</translation>
    </message>
    <message>
        <source>there is no connection to a server</source>
        <translation>no hay conexión con ningún servidor</translation>
    </message>
    <message>
        <source>the server address is not a valid URL</source>
        <translation>la dirección del servidor no es una URL válida</translation>
    </message>
    <message>
        <source>the connection closed after %1 bytes, before the whole answer arrived</source>
        <translation>la conexión se cerró tras %1 bytes, antes de que llegara la respuesta completa</translation>
    </message>
    <message>
        <source>the answer is empty</source>
        <translation>la respuesta está vacía</translation>
    </message>
    <message>
        <source>%1 at byte %2</source>
        <translation>%1 en el byte %2</translation>
    </message>
</context>
<context>
    <name>Coach::RasaTrainer</name>
    <message>
        <source>Rasa could not be started: %1</source>
        <translation>No se pudo iniciar Rasa: %1</translation>
    </message>
    <message>
        <source>The training was cancelled.</source>
        <translation>Se canceló el entrenamiento.</translation>
    </message>
    <message>
        <source>Training failed (exit code %1). The last lines of Rasa&apos;s output:
%2</source>
        <translation>El entrenamiento falló (código de salida %1). Las últimas líneas de la salida de Rasa:
%2</translation>
    </message>
    <message>
        <source>Rasa finished training but no model was found in %1.</source>
        <translation>Rasa terminó el entrenamiento, pero no se encontró ningún modelo en %1.</translation>
    </message>
</context>
<context>
    <name>Coach::RasaVersionProbe</name>
    <message numerus="yes">
        <source>“rasa --version” did not answer within %n second(s).</source>
        <translation>
            <numerusform>«rasa --version» no respondió en %n segundo.</numerusform>
            <numerusform>«rasa --version» no respondió en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rasa could not be started: %1</source>
        <translation>No se pudo iniciar Rasa: %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>“rasa --version” failed (exit code %1). Its last lines:
%2</source>
        <translation>«rasa --version» falló (código de salida %1). Sus últimas líneas:
%2</translation>
    </message>
</context>
<context>
    <name>Coach::ReplayCommand</name>
    <message>
        <source>Session files (.coach) to replay.</source>
        <translation>Archivos de sesión (.coach) que repetir.</translation>
    </message>
    <message>
        <source>The Rasa server (default: the one the sessions were recorded against).</source>
        <translation>El servidor Rasa (por omisión: aquel con el que se grabaron las sesiones).</translation>
    </message>
    <message>
        <source>Read the auth token from this environment variable.</source>
        <translation>Leer el token de autenticación de esta variable de entorno.</translation>
    </message>
    <message>
        <source>Read a JWT from this environment variable.</source>
        <translation>Leer un JWT de esta variable de entorno.</translation>
    </message>
    <message>
        <source>Conversations replayed at the same time (default 4).</source>
        <translation>Conversaciones repetidas a la vez (por omisión 4).</translation>
    </message>
    <message>
        <source>Seconds to wait for each answer (default 300).</source>
        <translation>Segundos de espera por cada respuesta (por omisión 300).</translation>
    </message>
    <message>
        <source>Write a report: .json, .xml (JUnit) or .html; repeatable.</source>
        <translation>Escribir un informe: .json, .xml (JUnit) o .html; se puede repetir.</translation>
    </message>
    <message>
        <source>the environment variable %1 is not set</source>
        <translation>la variable de entorno %1 no está definida</translation>
    </message>
    <message>
        <source>--%1 needs a number from 1 to 1000</source>
        <translation>--%1 necesita un número de 1 a 1000</translation>
    </message>
    <message>
        <source>a report must end in .json, .xml or .html</source>
        <translation>un informe debe terminar en .json, .xml o .html</translation>
    </message>
    <message>
        <source>give at least one session file (.coach)</source>
        <translation>indique al menos un archivo de sesión (.coach)</translation>
    </message>
    <message>
        <source>Replayed against Rasa %1 at %2, model %3.</source>
        <translation>Repetido contra Rasa %1 en %2, modelo %3.</translation>
    </message>
    <message>
        <source>give the Rasa server with --server</source>
        <translation>indique el servidor Rasa con --server</translation>
    </message>
    <message>
        <source>Replay annotated sessions against the model the Rasa server has loaded now. Exit code 0: every turn agrees, 1: some turns differ, 2: an error.</source>
        <translation>Repetir sesiones anotadas contra el modelo que el servidor Rasa tiene cargado ahora. Código de salida 0: todos los turnos coinciden, 1: algunos turnos difieren, 2: un error.</translation>
    </message>
</context>
<context>
    <name>Coach::ReplayDialog</name>
    <message>
        <source>&amp;Start Replay</source>
        <translation>&amp;Iniciar repetición</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Only &amp;differences</source>
        <translation>Solo di&amp;ferencias</translation>
    </message>
    <message>
        <source>Replay against Server</source>
        <translation>Repetir contra el servidor</translation>
    </message>
    <message>
        <source>Replays every annotated turn of this session against the model the server has loaded now, in conversations of its own.</source>
        <translation>Repite cada turno anotado de esta sesión contra el modelo que el servidor tiene cargado ahora, en conversaciones propias.</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>Ser&amp;vidor:</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>Replaying against Rasa %1, model %2…</source>
        <translation>Repitiendo contra Rasa %1, modelo %2…</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Comprobando %1…</translation>
    </message>
    <message>
        <source>Cancelled after %1 of %2 turns.</source>
        <translation>Cancelado tras %1 de %2 turnos.</translation>
    </message>
    <message>
        <source>The replay stopped: %1</source>
        <translation>La repetición se detuvo: %1</translation>
    </message>
</context>
<context>
    <name>Coach::ReplayModel</name>
    <message>
        <source>%1, part %2</source>
        <translation>%1, parte %2</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <extracomment>annotated intent → predicted intent (confidence, its difference)</extracomment>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>agrees</source>
        <translation>coincide</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>difiere</translation>
    </message>
    <message>
        <source>settled</source>
        <translation>resuelto</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <source>Turn</source>
        <translation>Turno</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>Intent (annotated → predicted)</source>
        <translation>Intención (anotada → predicha)</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Entidades</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Acciones</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
</context>
<context>
    <name>Coach::ReplayReport</name>
    <message>
        <source>Server</source>
        <translation>Servidor</translation>
    </message>
    <message>
        <source>Rasa</source>
        <translation>Rasa</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Conversation parts</source>
        <translation>Partes de conversación</translation>
    </message>
    <message>
        <source>Turns</source>
        <translation>Turnos</translation>
    </message>
    <message>
        <source>Differing turns</source>
        <translation>Turnos que difieren</translation>
    </message>
    <message>
        <source>Every turn agrees.</source>
        <translation>Todos los turnos coinciden.</translation>
    </message>
    <message>
        <source>Replay: %1</source>
        <translation>Repetición: %1</translation>
    </message>
    <message>
        <source>turn %1: %2</source>
        <translation>turno %1: %2</translation>
    </message>
</context>
<context>
    <name>Coach::ReplayReviewPanel</name>
    <message>
        <source>&amp;Accept the Model&apos;s Answer</source>
        <translation>&amp;Aceptar la respuesta del modelo</translation>
    </message>
    <message>
        <source>&amp;Keep Mine</source>
        <translation>&amp;Mantener la mía</translation>
    </message>
    <message>
        <source>&amp;Go to Turn</source>
        <translation>Ir al t&amp;urno</translation>
    </message>
    <message>
        <source>Select a turn to see its differences.</source>
        <translation>Seleccione un turno para ver sus diferencias.</translation>
    </message>
    <message>
        <source>%1 (accepted)</source>
        <translation>%1 (aceptada)</translation>
    </message>
    <message>
        <source>%1 (kept)</source>
        <translation>%1 (mantenida)</translation>
    </message>
    <message>
        <source>Differences of turn %1 (“%2”):</source>
        <translation>Diferencias del turno %1 («%2»):</translation>
    </message>
    <message>
        <source>Turn %1 (“%2”) agrees.</source>
        <translation>El turno %1 («%2») coincide.</translation>
    </message>
    <message>
        <source>Accept the Model&apos;s Answer</source>
        <translation>Aceptar la respuesta del modelo</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Deshacer %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Rehacer %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
</context>
<context>
    <name>Coach::ReplayText</name>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(ninguna)</translation>
    </message>
    <message>
        <source>intent</source>
        <translation>intención</translation>
    </message>
    <message>
        <source>(not parsed)</source>
        <translation>(no analizado)</translation>
    </message>
    <message>
        <source>entities</source>
        <translation>entidades</translation>
    </message>
    <message>
        <source>action %1</source>
        <translation>acción %1</translation>
    </message>
    <message>
        <source>(not replayed)</source>
        <translation>(no repetida)</translation>
    </message>
    <message>
        <source>%1: annotated %2, predicted %3</source>
        <translation>%1: anotada %2, predicha %3</translation>
    </message>
    <message>
        <source>action %1: the model predicted action_unlikely_intent before %2</source>
        <translation>acción %1: el modelo predijo action_unlikely_intent antes de %2</translation>
    </message>
    <message>
        <source>%1: conversation %2, part %3, turn %4 (&quot;%5&quot;)</source>
        <translation>%1: conversación %2, parte %3, turno %4 («%5»)</translation>
    </message>
    <message>
        <source>sessions: %1, conversation parts: %2, turns: %3, differing: %4</source>
        <translation>sesiones: %1, partes de conversación: %2, turnos: %3, difieren: %4</translation>
    </message>
    <message>
        <source>annotated</source>
        <translation>anotado</translation>
    </message>
    <message>
        <source>predicted</source>
        <translation>predicho</translation>
    </message>
</context>
<context>
    <name>Coach::ResumePrompt</name>
    <message>
        <source>Session File and Server Disagree</source>
        <translation>El archivo de sesión y el servidor no coinciden</translation>
    </message>
    <message>
        <source>Use the &amp;File&apos;s Conversation</source>
        <translation>Usar la conversación del &amp;archivo</translation>
    </message>
    <message>
        <source>Use the &amp;Server&apos;s Conversation</source>
        <translation>Usar la conversación del &amp;servidor</translation>
    </message>
</context>
<context>
    <name>Coach::ReviewSchema</name>
    <message>
        <source>reading the review schema failed: %1</source>
        <translation>no se pudo leer el esquema de revisión: %1</translation>
    </message>
    <message>
        <source>preparing the review schema failed: %1</source>
        <translation>no se pudo preparar el esquema de revisión: %1</translation>
    </message>
    <message>
        <source>the review schema was made by a newer Rasa Coach (version %1; this one knows up to %2)</source>
        <translation>el esquema de revisión lo creó un Rasa Coach más nuevo (versión %1; esta conoce hasta la %2)</translation>
    </message>
</context>
<context>
    <name>Coach::ServerLogPanel</name>
    <message>
        <source>Rasa output</source>
        <translation>Salida de Rasa</translation>
    </message>
</context>
<context>
    <name>Coach::ServerReadinessWaiter</name>
    <message>
        <source>Not started</source>
        <translation>Sin iniciar</translation>
    </message>
    <message>
        <source>Waiting for the server…</source>
        <translation>Esperando al servidor…</translation>
    </message>
    <message>
        <source>Waiting for a model to be loaded…</source>
        <translation>Esperando a que se cargue un modelo…</translation>
    </message>
    <message>
        <source>Reading the domain…</source>
        <translation>Leyendo el dominio…</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <source>there is no connection to a server</source>
        <translation>no hay conexión con ningún servidor</translation>
    </message>
    <message>
        <source>The server did not become ready (%1).</source>
        <translation>El servidor no llegó a estar listo (%1).</translation>
    </message>
    <message>
        <source>Last answer: %1</source>
        <translation>Última respuesta: %1</translation>
    </message>
</context>
<context>
    <name>Coach::SessionClosePrompt</name>
    <message numerus="yes">
        <source>The session has changes that are not saved, and %n story part(s) that no export has written. Save the session, export the training data, or discard both?</source>
        <translation>
            <numerusform>La sesión tiene cambios sin guardar y %n parte de historia que ninguna exportación ha escrito. ¿Guardar la sesión, exportar los datos de entrenamiento o descartar ambos?</numerusform>
            <numerusform>La sesión tiene cambios sin guardar y %n partes de historias que ninguna exportación ha escrito. ¿Guardar la sesión, exportar los datos de entrenamiento o descartar ambos?</numerusform>
        </translation>
    </message>
    <message>
        <source>The session has changes that are not saved. Save them?</source>
        <translation>La sesión tiene cambios sin guardar. ¿Guardarlos?</translation>
    </message>
    <message numerus="yes">
        <source>%n story part(s) of this session have not been exported. Export the training data before closing?</source>
        <translation>
            <numerusform>%n parte de historia de esta sesión no se ha exportado. ¿Exportar los datos de entrenamiento antes de cerrar?</numerusform>
            <numerusform>%n partes de historias de esta sesión no se han exportado. ¿Exportar los datos de entrenamiento antes de cerrar?</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved Session</source>
        <translation>Sesión sin guardar</translation>
    </message>
    <message>
        <source>Training Data Not Exported</source>
        <translation>Datos de entrenamiento sin exportar</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportar…</translation>
    </message>
</context>
<context>
    <name>Coach::SessionDocument</name>
    <message>
        <source>the session has no file name yet</source>
        <translation>la sesión aún no tiene nombre de archivo</translation>
    </message>
    <message>
        <source>Mark Turn Reviewed</source>
        <translation>Marcar el turno como revisado</translation>
    </message>
    <message>
        <source>Unmark Turn Reviewed</source>
        <translation>Desmarcar el turno como revisado</translation>
    </message>
    <message>
        <source>Edit Note</source>
        <translation>Editar nota</translation>
    </message>
    <message>
        <source>Rename Conversation</source>
        <translation>Renombrar conversación</translation>
    </message>
    <message>
        <source>no conversation id</source>
        <translation>sin id de conversación</translation>
    </message>
    <message>
        <source>conversations are out of order</source>
        <translation>las conversaciones están desordenadas</translation>
    </message>
    <message>
        <source>no conversation %1</source>
        <translation>no hay conversación %1</translation>
    </message>
    <message>
        <source>unknown operation</source>
        <translation>operación desconocida</translation>
    </message>
    <message>
        <source>events are missing before this step</source>
        <translation>faltan eventos antes de este paso</translation>
    </message>
    <message>
        <source>the events differ from the document&apos;s</source>
        <translation>los eventos difieren de los del documento</translation>
    </message>
    <message>
        <source>no event %1</source>
        <translation>no hay evento %1</translation>
    </message>
    <message>
        <source>no name</source>
        <translation>sin nombre</translation>
    </message>
    <message>
        <source>no story part, file or story name</source>
        <translation>sin parte de historia, archivo o nombre de historia</translation>
    </message>
    <message>
        <source>cannot apply &quot;%1&quot;: %2</source>
        <translation>no se puede aplicar &quot;%1&quot;: %2</translation>
    </message>
</context>
<context>
    <name>Coach::SessionFormat</name>
    <message>
        <source>the autosave snapshot is damaged</source>
        <translation>la instantánea de autoguardado está dañada</translation>
    </message>
    <message>
        <source>cannot write the file: %1</source>
        <translation>no se puede escribir el archivo: %1</translation>
    </message>
    <message>
        <source>the file is damaged or truncated (JSON error at byte %1: %2)</source>
        <translation>el archivo está dañado o truncado (error JSON en el byte %1: %2)</translation>
    </message>
    <message>
        <source>invalid session: %1 %2</source>
        <translation>sesión no válida: %1 %2</translation>
    </message>
    <message>
        <source>the file is damaged or truncated (%1)</source>
        <translation>el archivo está dañado o truncado (%1)</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>debe ser un texto</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>debe ser true o false</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>debe ser un número entero</translation>
    </message>
    <message>
        <source>must be a JSON object</source>
        <translation>debe ser un objeto JSON</translation>
    </message>
    <message>
        <source>must be a JSON array</source>
        <translation>debe ser un array JSON</translation>
    </message>
    <message>
        <source>is not a date and time</source>
        <translation>no es una fecha y hora</translation>
    </message>
    <message>
        <source>does not point to an event of the conversation</source>
        <translation>no apunta a ningún evento de la conversación</translation>
    </message>
    <message>
        <source>must be a whole number of 0 or more</source>
        <translation>debe ser un número entero de 0 o más</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>no debe estar vacío</translation>
    </message>
    <message>
        <source>must be a non-empty conversation id</source>
        <translation>debe ser un id de conversación no vacío</translation>
    </message>
    <message>
        <source>does not match its events</source>
        <translation>no coincide con sus eventos</translation>
    </message>
    <message>
        <source>does not name a conversation</source>
        <translation>no nombra ninguna conversación</translation>
    </message>
    <message>
        <source>must be a non-empty response name</source>
        <translation>debe ser un nombre de respuesta no vacío</translation>
    </message>
    <message>
        <source>this is a Rasa tracker, not a session; use Import… to turn it into a session</source>
        <translation>esto es un tracker de Rasa, no una sesión; use Importar… para convertirlo en una sesión</translation>
    </message>
    <message>
        <source>this is not a Rasa Coach session (the &quot;format&quot; marker is missing)</source>
        <translation>esto no es una sesión de Rasa Coach (falta la marca &quot;format&quot;)</translation>
    </message>
    <message>
        <source>this is not a Rasa Coach session (its format is &quot;%1&quot;)</source>
        <translation>esto no es una sesión de Rasa Coach (su formato es &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>the session has no valid format version</source>
        <translation>la sesión no tiene una versión de formato válida</translation>
    </message>
    <message>
        <source>the session was written by a newer Rasa Coach (format version %1; this version reads up to %2)</source>
        <translation>la sesión la escribió un Rasa Coach más reciente (versión de formato %1; esta versión lee hasta la %2)</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>this is a list of Rasa events, not a session; use Import… to turn it into a session</source>
        <translation>esto es una lista de eventos de Rasa, no una sesión; use Importar… para convertirla en una sesión</translation>
    </message>
    <message>
        <source>this is not a Rasa Coach session (the file is not JSON)</source>
        <translation>esto no es una sesión de Rasa Coach (el archivo no es JSON)</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>no se puede abrir el archivo: %1</translation>
    </message>
    <message>
        <source>the file is too large to be a session (%1 MB)</source>
        <translation>el archivo es demasiado grande para ser una sesión (%1 MB)</translation>
    </message>
</context>
<context>
    <name>Coach::SessionJournal</name>
    <message>
        <source>cannot lock the journal</source>
        <translation>no se puede bloquear el diario</translation>
    </message>
    <message>
        <source>the journal is in use by another Rasa Coach</source>
        <translation>otro Rasa Coach está usando el diario</translation>
    </message>
    <message>
        <source>cannot read the journal: %1</source>
        <translation>no se puede leer el diario: %1</translation>
    </message>
    <message>
        <source>this is not a Rasa Coach journal, or its header is damaged</source>
        <translation>esto no es un diario de Rasa Coach, o su cabecera está dañada</translation>
    </message>
    <message>
        <source>the journal is closed</source>
        <translation>el diario está cerrado</translation>
    </message>
    <message>
        <source>cannot write the journal: %1</source>
        <translation>no se puede escribir el diario: %1</translation>
    </message>
    <message>
        <source>cannot open the journal: %1</source>
        <translation>no se puede abrir el diario: %1</translation>
    </message>
</context>
<context>
    <name>Coach::SessionRecovery</name>
    <message>
        <source>the session file was saved after this journal; there is nothing to recover</source>
        <translation>el archivo de sesión se guardó después de este diario; no hay nada que recuperar</translation>
    </message>
    <message>
        <source>journal record %1: %2</source>
        <translation>registro %1 del diario: %2</translation>
    </message>
    <message>
        <source>the session is open in another Rasa Coach</source>
        <translation>la sesión está abierta en otro Rasa Coach</translation>
    </message>
    <message>
        <source>the session file cannot be read: %1</source>
        <translation>no se puede leer el archivo de sesión: %1</translation>
    </message>
    <message>
        <source>Unsaved session (%1)</source>
        <translation>Sesión sin guardar (%1)</translation>
    </message>
</context>
<context>
    <name>Coach::SessionReviewStore</name>
    <message>
        <source>no session is open</source>
        <translation>no hay ninguna sesión abierta</translation>
    </message>
</context>
<context>
    <name>Coach::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Search commands and keys…</source>
        <translation>Buscar órdenes y teclas…</translation>
    </message>
    <message>
        <source>Search shortcuts</source>
        <translation>Buscar atajos</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Orden</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Atajo</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menú</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Lista de atajos de teclado</translation>
    </message>
</context>
<context>
    <name>Coach::SlotsModel</name>
    <message>
        <source>Slot</source>
        <translation>Slot</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
</context>
<context>
    <name>Coach::StateTable</name>
    <message>
        <source>intent %1</source>
        <translation>intención %1</translation>
    </message>
    <message>
        <source>text “%1”</source>
        <translation>texto «%1»</translation>
    </message>
    <message>
        <source>entities %1</source>
        <translation>entidades %1</translation>
    </message>
    <message>
        <source>after %1</source>
        <translation>después de %1</translation>
    </message>
    <message>
        <source>slots %1</source>
        <translation>slots %1</translation>
    </message>
    <message>
        <source>active loop %1</source>
        <translation>bucle activo %1</translation>
    </message>
    <message>
        <source>the start of the conversation</source>
        <translation>el inicio de la conversación</translation>
    </message>
</context>
<context>
    <name>Coach::StatusRequest</name>
    <message>
        <source>the answer has none of &quot;model_file&quot;, &quot;model_id&quot; and &quot;fingerprint&quot;</source>
        <translation>la respuesta no tiene &quot;model_file&quot;, &quot;model_id&quot; ni &quot;fingerprint&quot;</translation>
    </message>
</context>
<context>
    <name>Coach::StoryExpander</name>
    <message>
        <source>Your stories and rules expand into more than %1 paths (checkpoints and OR steps multiply them), too many to draw. Simplify the checkpoints or draw fewer files.</source>
        <translation>Sus historias y reglas se expanden en más de %1 rutas (los checkpoints y los pasos OR las multiplican), demasiadas para dibujarlas. Simplifique los checkpoints o dibuje menos archivos.</translation>
    </message>
</context>
<context>
    <name>Coach::StoryFileEditor</name>
    <message>
        <source>cannot find the story &quot;%1&quot; to replace</source>
        <translation>no se encuentra la historia &quot;%1&quot; que hay que reemplazar</translation>
    </message>
</context>
<context>
    <name>Coach::StoryPlanner</name>
    <message>
        <source>conversation %1, part %2</source>
        <translation>conversación %1, parte %2</translation>
    </message>
    <message>
        <source>%1: new story (%2)</source>
        <translation>%1: historia nueva (%2)</translation>
    </message>
    <message>
        <source>%1: replaced by the changed story (%2)</source>
        <translation>%1: reemplazada por la historia cambiada (%2)</translation>
    </message>
    <message>
        <source>%1: unchanged since the last export (%2)</source>
        <translation>%1: sin cambios desde la última exportación (%2)</translation>
    </message>
    <message>
        <source>skipped (%1): the same steps as “%2” in %3</source>
        <translation>omitida (%1): los mismos pasos que «%2» en %3</translation>
    </message>
    <message>
        <source>; its earlier story “%1” was edited or removed in the file, so it is added anew</source>
        <translation>; su historia anterior «%1» se editó o eliminó en el archivo, así que se añade de nuevo</translation>
    </message>
    <message>
        <source>; note: it is the beginning of “%1” in %2</source>
        <translation>; nota: es el comienzo de «%1» en %2</translation>
    </message>
</context>
<context>
    <name>Coach::StoryReader</name>
    <message>
        <source>cannot read the stories: %1</source>
        <translation>no se pueden leer las historias: %1</translation>
    </message>
    <message>
        <source>stories</source>
        <translation>historias</translation>
    </message>
    <message>
        <source>%1 line %2</source>
        <translation>%1 línea %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; comes before the first story header (## name)</source>
        <translation>&quot;%1&quot; aparece antes del primer encabezado de historia (## name)</translation>
    </message>
    <message>
        <source>%1 is not a JSON object</source>
        <translation>%1 no es un objeto JSON</translation>
    </message>
    <message>
        <source>an event line needs a name</source>
        <translation>una línea de evento necesita un nombre</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an intent with a JSON object of entities</source>
        <translation>&quot;%1&quot; no es una intención con un objeto JSON de entidades</translation>
    </message>
    <message>
        <source>not a stories file: the top level must be a mapping</source>
        <translation>no es un archivo de historias: el nivel superior debe ser un mapa</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list</source>
        <translation>&quot;%1&quot; debe ser una lista</translation>
    </message>
    <message>
        <source>every rule must be a mapping with &quot;rule&quot; and &quot;steps&quot;</source>
        <translation>cada regla debe ser un mapa con &quot;rule&quot; y &quot;steps&quot;</translation>
    </message>
    <message>
        <source>every story must be a mapping with &quot;story&quot; and &quot;steps&quot;</source>
        <translation>cada historia debe ser un mapa con &quot;story&quot; y &quot;steps&quot;</translation>
    </message>
    <message>
        <source>&quot;steps&quot; must be a list</source>
        <translation>&quot;steps&quot; debe ser una lista</translation>
    </message>
    <message>
        <source>&quot;condition&quot; must be a list of steps</source>
        <translation>&quot;condition&quot; debe ser una lista de pasos</translation>
    </message>
    <message>
        <source>&quot;or&quot; must be a list of user steps</source>
        <translation>&quot;or&quot; debe ser una lista de pasos de usuario</translation>
    </message>
    <message>
        <source>a step must be a mapping such as &quot;- intent: greet&quot;</source>
        <translation>un paso debe ser un mapa como &quot;- intent: greet&quot;</translation>
    </message>
    <message>
        <source>a user step needs &quot;intent&quot; or &quot;user&quot;</source>
        <translation>un paso de usuario necesita &quot;intent&quot; o &quot;user&quot;</translation>
    </message>
    <message>
        <source>the intent of a user step cannot be empty</source>
        <translation>la intención de un paso de usuario no puede estar vacía</translation>
    </message>
    <message>
        <source>&quot;entities&quot; must be a list</source>
        <translation>&quot;entities&quot; debe ser una lista</translation>
    </message>
    <message>
        <source>an entity must be &quot;- type: value&quot; or &quot;- type&quot;</source>
        <translation>una entidad debe ser &quot;- tipo: valor&quot; o &quot;- tipo&quot;</translation>
    </message>
    <message>
        <source>an entity needs a type besides &quot;role&quot; and &quot;group&quot;</source>
        <translation>una entidad necesita un tipo además de &quot;role&quot; y &quot;group&quot;</translation>
    </message>
    <message>
        <source>&quot;slot_was_set&quot; must be a list</source>
        <translation>&quot;slot_was_set&quot; debe ser una lista</translation>
    </message>
    <message>
        <source>a slot must be &quot;- name: value&quot; or &quot;- name&quot;</source>
        <translation>un slot debe ser &quot;- nombre: valor&quot; o &quot;- nombre&quot;</translation>
    </message>
    <message>
        <source>checkpoint slots must be a list of &quot;- name: value&quot;</source>
        <translation>los slots de checkpoint deben ser una lista de &quot;- nombre: valor&quot;</translation>
    </message>
</context>
<context>
    <name>Coach::StoryWriter</name>
    <message>
        <source>the output is not open for writing</source>
        <translation>la salida no está abierta para escritura</translation>
    </message>
</context>
<context>
    <name>Coach::TrackerGenerator</name>
    <message>
        <source>The stories expand into more than %1 conversations (checkpoints and OR steps multiply them), too many to check.</source>
        <translation>Las historias se expanden en más de %1 conversaciones (los checkpoints y los pasos OR las multiplican), demasiadas para comprobarlas.</translation>
    </message>
</context>
<context>
    <name>Coach::TrackerImporter</name>
    <message>
        <source>cannot open the file: %1</source>
        <translation>no se puede abrir el archivo: %1</translation>
    </message>
    <message>
        <source>not JSON (%1)</source>
        <translation>no es JSON (%1)</translation>
    </message>
    <message>
        <source>this is a session file; open it instead of importing it</source>
        <translation>esto es un archivo de sesión; ábralo en lugar de importarlo</translation>
    </message>
    <message>
        <source>not a Rasa tracker: %1</source>
        <translation>no es un tracker de Rasa: %1</translation>
    </message>
</context>
<context>
    <name>Coach::TrackerResultRequest</name>
    <message>
        <source>the tracker is not an object with a &quot;sender_id&quot;</source>
        <translation>el tracker no es un objeto con &quot;sender_id&quot;</translation>
    </message>
</context>
<context>
    <name>Coach::TrackerSnapshot</name>
    <message>
        <source>a tracker must be a JSON object</source>
        <translation>un tracker debe ser un objeto JSON</translation>
    </message>
    <message>
        <source>the tracker has no &quot;events&quot; list</source>
        <translation>el tracker no tiene una lista &quot;events&quot;</translation>
    </message>
</context>
<context>
    <name>Coach::TrackerStoreAddress</name>
    <message>
        <source>not valid YAML at line %1: %2</source>
        <translation>YAML no válido en la línea %1: %2</translation>
    </message>
    <message>
        <source>there is no tracker_store section</source>
        <translation>no hay ninguna sección tracker_store</translation>
    </message>
    <message>
        <source>tracker_store must be a mapping</source>
        <translation>tracker_store debe ser un mapeo</translation>
    </message>
    <message>
        <source>expected sqlite:///ABSOLUTE/PATH to the database file</source>
        <translation>se esperaba sqlite:///RUTA/ABSOLUTA al archivo de la base de datos</translation>
    </message>
    <message>
        <source>expected postgresql://USER@HOST:PORT/DATABASE or sqlite:///PATH</source>
        <translation>se esperaba postgresql://USER@HOST:PORT/BASEDEDATOS o sqlite:///RUTA</translation>
    </message>
    <message>
        <source>expected a single value at line %1</source>
        <translation>se esperaba un único valor en la línea %1</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>línea %1: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a mapping</source>
        <translation>«%1» debe ser un mapeo</translation>
    </message>
    <message>
        <source>&quot;port&quot; is not a port number</source>
        <translation>«port» no es un número de puerto</translation>
    </message>
    <message>
        <source>the tracker store has no type; Rasa keeps conversations in memory then</source>
        <translation>el tracker store no tiene tipo; Rasa guarda entonces las conversaciones en memoria</translation>
    </message>
    <message>
        <source>the tracker store is of type &quot;%1&quot;; the inbox reads SQL tracker stores</source>
        <translation>el tracker store es de tipo «%1»; la bandeja lee tracker stores SQL</translation>
    </message>
    <message>
        <source>the SQL dialect &quot;%1&quot; is not supported (PostgreSQL and SQLite are)</source>
        <translation>el dialecto SQL «%1» no es compatible (PostgreSQL y SQLite sí)</translation>
    </message>
    <message>
        <source>expected postgresql://USER@HOST:PORT/DATABASE</source>
        <translation>se esperaba postgresql://USER@HOST:PORT/BASEDEDATOS</translation>
    </message>
</context>
<context>
    <name>Coach::TrackerStoreConnection</name>
    <message>
        <source>the Qt SQLite driver is not installed (Debian: libqt6sql6-sqlite)</source>
        <translation>el controlador SQLite de Qt no está instalado (Debian: libqt6sql6-sqlite)</translation>
    </message>
    <message>
        <source>there is no database file</source>
        <translation>no existe el archivo de la base de datos</translation>
    </message>
    <message>
        <source>the Qt PostgreSQL driver is not installed (Debian: libqt6sql6-psql)</source>
        <translation>el controlador PostgreSQL de Qt no está instalado (Debian: libqt6sql6-psql)</translation>
    </message>
    <message>
        <source>no readable events table with Rasa&apos;s columns (id, sender_id, type_name, timestamp, intent_name, action_name, data): %1</source>
        <translation>no hay ninguna tabla events legible con las columnas de Rasa (id, sender_id, type_name, timestamp, intent_name, action_name, data): %1</translation>
    </message>
</context>
<context>
    <name>Coach::TrackerStoreReader</name>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 falló: %2</translation>
    </message>
    <message>
        <source>counting the events</source>
        <translation>Contar los eventos</translation>
    </message>
    <message>
        <source>reading the events</source>
        <translation>Leer los eventos</translation>
    </message>
    <message>
        <source>reading the conversation</source>
        <translation>Leer la conversación</translation>
    </message>
    <message>
        <source>reading an event</source>
        <translation>Leer un evento</translation>
    </message>
    <message>
        <source>row %1 is gone</source>
        <translation>la fila %1 ya no existe</translation>
    </message>
    <message>
        <source>row %1 holds no event</source>
        <translation>la fila %1 no contiene ningún evento</translation>
    </message>
</context>
<context>
    <name>Coach::TrainingProgress</name>
    <message>
        <source>Starting Rasa…</source>
        <translation>Iniciando Rasa…</translation>
    </message>
    <message>
        <source>Checking the domain and training data…</source>
        <translation>Comprobando el dominio y los datos de entrenamiento…</translation>
    </message>
    <message>
        <source>Training the NLU model…</source>
        <translation>Entrenando el modelo de NLU…</translation>
    </message>
    <message>
        <source>Training the dialogue model…</source>
        <translation>Entrenando el modelo de diálogo…</translation>
    </message>
    <message>
        <source>Reusing %1 from Rasa&apos;s cache…</source>
        <translation>Reutilizando %1 de la caché de Rasa…</translation>
    </message>
    <message>
        <source>Training %1…</source>
        <translation>Entrenando %1…</translation>
    </message>
    <message>
        <source>Nothing changed since the last training.</source>
        <translation>Nada cambió desde el último entrenamiento.</translation>
    </message>
    <message>
        <source>Trained.</source>
        <translation>Entrenado.</translation>
    </message>
</context>
<context>
    <name>Coach::VersionRequest</name>
    <message>
        <source>the answer has no &quot;version&quot; text</source>
        <translation>la respuesta no tiene un texto &quot;version&quot;</translation>
    </message>
</context>
<context>
    <name>Coach::YamlReader</name>
    <message>
        <source>%1 line %2, column %3</source>
        <translation>%1 línea %2, columna %3</translation>
    </message>
    <message>
        <source>YAML</source>
        <translation>YAML</translation>
    </message>
    <message>
        <source>invalid YAML: %1</source>
        <translation>YAML no válido: %1</translation>
    </message>
    <message>
        <source>cannot read YAML: %1</source>
        <translation>no se puede leer el YAML: %1</translation>
    </message>
</context>
<context>
    <name>Coach::YamlTextEditor</name>
    <message>
        <source>invalid YAML</source>
        <translation>YAML no válido</translation>
    </message>
    <message>
        <source>the file must be a mapping of keys written in block style</source>
        <translation>el archivo debe ser un mapa de claves escrito en estilo de bloque</translation>
    </message>
    <message>
        <source>the change would make the file invalid: %1</source>
        <translation>el cambio dejaría el archivo no válido: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a list</source>
        <translation>&quot;%1&quot; no es una lista</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a mapping</source>
        <translation>&quot;%1&quot; no es un mapa</translation>
    </message>
    <message>
        <source>cannot find the start of a flow collection</source>
        <translation>no se encuentra el inicio de una colección en estilo flujo</translation>
    </message>
    <message>
        <source>cannot find the end of a flow collection</source>
        <translation>no se encuentra el final de una colección en estilo flujo</translation>
    </message>
    <message>
        <source>cannot add to a collection written in flow style ([...] or {...})</source>
        <translation>no se puede añadir a una colección escrita en estilo flujo ([...] o {...})</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>A session to open.</source>
        <translation>Una sesión que abrir.</translation>
    </message>
    <message>
        <source>Connect to this Rasa server.</source>
        <translation>Conectar con este servidor Rasa.</translation>
    </message>
    <message>
        <source>Read the auth token from this environment variable.</source>
        <translation>Leer el token de autenticación de esta variable de entorno.</translation>
    </message>
    <message>
        <source>Read a JWT from this environment variable.</source>
        <translation>Leer un JWT de esta variable de entorno.</translation>
    </message>
    <message>
        <source>The bot project folder.</source>
        <translation>La carpeta del proyecto del bot.</translation>
    </message>
    <message>
        <source>Conversation id to talk in.</source>
        <translation>Id de la conversación en la que hablar.</translation>
    </message>
    <message>
        <source>Use this language (en, de, es) instead of the setting.</source>
        <translation>Usar este idioma (en, de, es) en lugar del ajuste.</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos; (see rasa-coach --help)</source>
        <translation>orden desconocida «%1» (vea rasa-coach --help)</translation>
    </message>
    <message>
        <source>Train the bot of --project, start its Rasa server (and action server) and connect to it.</source>
        <translation>Entrenar el bot de --project, iniciar su servidor de Rasa (y el de acciones) y conectarse a él.</translation>
    </message>
    <message>
        <source>--start-server needs --project DIR.</source>
        <translation>--start-server necesita --project CARPETA.</translation>
    </message>
    <message>
        <source>Use either --server or --start-server.</source>
        <translation>Use --server o --start-server, no ambos.</translation>
    </message>
    <message>
        <source>Teach a Rasa chatbot by talking to it.

Headless: rasa-coach export … | rasa-coach graph … | rasa-coach check … | rasa-coach replay … | rasa-coach inbox … (see rasa-coach COMMAND --help).</source>
        <translation>Enseñe a un chatbot de Rasa hablando con él.

Sin interfaz: rasa-coach export … | rasa-coach graph … | rasa-coach check … | rasa-coach replay … | rasa-coach inbox … (vea rasa-coach ORDEN --help).</translation>
    </message>
</context>
</TS>
