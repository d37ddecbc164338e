<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Coach</name>
    <message>
        <source>the entity annotation %1 is not valid JSON: %2</source>
        <translation>die Entitätsannotation %1 ist kein gültiges JSON: %2</translation>
    </message>
    <message>
        <source>the entity annotation %1 has no &quot;entity&quot; name</source>
        <translation>die Entitätsannotation %1 hat keinen Namen &quot;entity&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be text in the entity annotation %2</source>
        <translation>&quot;%1&quot; muss in der Entitätsannotation %2 ein Text sein</translation>
    </message>
    <message>
        <source>the entity list [%1] holds no entity</source>
        <translation>die Entitätsliste [%1] enthält keine Entität</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>invalid JSON at offset %1: %2</source>
        <translation>ungültiges JSON an Position %1: %2</translation>
    </message>
    <message>
        <source>a tracker must be a JSON object with &quot;events&quot;</source>
        <translation>ein Tracker muss ein JSON-Objekt mit &quot;events&quot; sein</translation>
    </message>
    <message>
        <source>new responses must be a JSON object of response names</source>
        <translation>neue Antworten müssen ein JSON-Objekt aus Antwortnamen sein</translation>
    </message>
    <message>
        <source>A tracker (GET /conversations/{id}/tracker body); repeatable.</source>
        <translation>Ein Tracker (Antwort von GET /conversations/{id}/tracker); mehrfach möglich.</translation>
    </message>
    <message>
        <source>The bot&apos;s domain (GET /domain body, or domain.yml).</source>
        <translation>Die Domain des Bots (Antwort von GET /domain oder domain.yml).</translation>
    </message>
    <message>
        <source>Responses created in the session (JSON).</source>
        <translation>In der Sitzung erstellte Antworten (JSON).</translation>
    </message>
    <message>
        <source>Stories file to write or extend (.yml, .md for Rasa 2.x).</source>
        <translation>Story-Datei, die geschrieben oder ergänzt wird (.yml, .md für Rasa 2.x).</translation>
    </message>
    <message>
        <source>NLU file to write or extend (.yml, .json, .md for Rasa 2.x).</source>
        <translation>NLU-Datei, die geschrieben oder ergänzt wird (.yml, .json, .md für Rasa 2.x).</translation>
    </message>
    <message>
        <source>Domain file to write or extend (.yml).</source>
        <translation>Domain-Datei, die geschrieben oder ergänzt wird (.yml).</translation>
    </message>
    <message>
        <source>The Rasa version to write for (default: from the domain).</source>
        <translation>Die Rasa-Version, für die geschrieben wird (Standard: aus der Domain).</translation>
    </message>
    <message>
        <source>Write end-to-end test stories (with the user&apos;s text).</source>
        <translation>End-to-End-Teststorys schreiben (mit dem Text des Nutzers).</translation>
    </message>
    <message>
        <source>Print what would change; write nothing.</source>
        <translation>Anzeigen, was sich ändern würde; nichts schreiben.</translation>
    </message>
    <message>
        <source>give the bot&apos;s domain with --domain</source>
        <translation>geben Sie die Domain des Bots mit --domain an</translation>
    </message>
    <message>
        <source>nothing to export: give --stories, --nlu or --domain-out</source>
        <translation>nichts zu exportieren: geben Sie --stories, --nlu oder --domain-out an</translation>
    </message>
    <message>
        <source>warning: the response &quot;%1&quot; already exists with other texts; the new one was not written</source>
        <translation>Warnung: Die Antwort &quot;%1&quot; existiert bereits mit anderen Texten; die neue wurde nicht geschrieben</translation>
    </message>
    <message>
        <source>%1: unchanged
</source>
        <translation>%1: unverändert
</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Export conversations as Rasa training data.</source>
        <translation>Gespräche als Rasa-Trainingsdaten exportieren.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unerwartetes Argument &quot;%1&quot;</translation>
    </message>
    <message>
        <source>cannot create the file: %1 is not a folder</source>
        <translation>die Datei kann nicht erstellt werden: %1 ist kein Ordner</translation>
    </message>
    <message>
        <source>cannot create the file: the folder %1 is not writable</source>
        <translation>die Datei kann nicht erstellt werden: Der Ordner %1 ist nicht beschreibbar</translation>
    </message>
    <message>
        <source>is not a regular file</source>
        <translation>ist keine reguläre Datei</translation>
    </message>
    <message>
        <source>the file is not writable</source>
        <translation>die Datei ist nicht beschreibbar</translation>
    </message>
    <message>
        <source>not a stories file: it has a top-level &quot;%1&quot; key</source>
        <translation>keine Story-Datei: Sie hat einen Schlüssel &quot;%1&quot; auf oberster Ebene</translation>
    </message>
    <message>
        <source>NLU data</source>
        <translation>NLU-Daten</translation>
    </message>
    <message>
        <source>an intent needs a name</source>
        <translation>ein Intent braucht einen Namen</translation>
    </message>
    <message>
        <source>the examples of intent &quot;%1&quot; must be a block of &quot;- &quot; lines</source>
        <translation>die Beispiele des Intents &quot;%1&quot; müssen ein Block aus &quot;- &quot;-Zeilen sein</translation>
    </message>
    <message>
        <source>%1 line %2</source>
        <translation>%1 Zeile %2</translation>
    </message>
    <message>
        <source>every common example must be an object with a &quot;text&quot;</source>
        <translation>jedes Beispiel in &quot;common_examples&quot; muss ein Objekt mit &quot;text&quot; sein</translation>
    </message>
    <message>
        <source>%1 line %2, column %3</source>
        <translation>%1 Zeile %2, Spalte %3</translation>
    </message>
    <message>
        <source>YAML</source>
        <translation>YAML</translation>
    </message>
    <message>
        <source>invalid YAML: %1</source>
        <translation>ungültiges YAML: %1</translation>
    </message>
    <message>
        <source>cannot read YAML: %1</source>
        <translation>YAML kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>an HTML page (“%1”)</source>
        <translation>eine HTML-Seite („%1“)</translation>
    </message>
    <message>
        <source>an HTML page</source>
        <translation>eine HTML-Seite</translation>
    </message>
    <message>
        <source>an empty body</source>
        <translation>eine leere Antwort</translation>
    </message>
    <message>
        <source>binary data (%1 bytes)</source>
        <translation>Binärdaten (%1 Bytes)</translation>
    </message>
    <message>
        <source>the text “%1”</source>
        <translation>den Text „%1“</translation>
    </message>
    <message>
        <source>cannot apply &quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot; kann nicht angewendet werden: %2</translation>
    </message>
    <message>
        <source>must be a JSON object</source>
        <translation>muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>is not a date and time</source>
        <translation>ist kein Datum mit Uhrzeit</translation>
    </message>
    <message>
        <source>does not point to an event of the conversation</source>
        <translation>verweist auf kein Ereignis des Gesprächs</translation>
    </message>
    <message>
        <source>must be a non-empty conversation id</source>
        <translation>muss eine nicht leere Gesprächs-ID sein</translation>
    </message>
    <message>
        <source>must be a JSON array</source>
        <translation>muss ein JSON-Array sein</translation>
    </message>
    <message>
        <source>does not name a conversation</source>
        <translation>benennt kein Gespräch</translation>
    </message>
    <message>
        <source>must be a non-empty response name</source>
        <translation>muss ein nicht leerer Antwortname sein</translation>
    </message>
    <message>
        <source>this is a Rasa tracker, not a session; use Import… to turn it into a session</source>
        <translation>dies ist ein Rasa-Tracker, keine Sitzung; machen Sie mit „Importieren…“ eine Sitzung daraus</translation>
    </message>
    <message>
        <source>this is not a Rasa Coach session (the &quot;format&quot; marker is missing)</source>
        <translation>dies ist keine Rasa-Coach-Sitzung (die Kennung &quot;format&quot; fehlt)</translation>
    </message>
    <message>
        <source>this is not a Rasa Coach session (its format is &quot;%1&quot;)</source>
        <translation>dies ist keine Rasa-Coach-Sitzung (ihr Format ist &quot;%1&quot;)</translation>
    </message>
    <message>
        <source>the session has no valid format version</source>
        <translation>die Sitzung hat keine gültige Formatversion</translation>
    </message>
    <message>
        <source>the session was written by a newer Rasa Coach (format version %1; this version reads up to %2)</source>
        <translation>die Sitzung wurde von einem neueren Rasa Coach geschrieben (Formatversion %1; diese Version liest bis %2)</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>this is a list of Rasa events, not a session; use Import… to turn it into a session</source>
        <translation>dies ist eine Liste von Rasa-Ereignissen, keine Sitzung; machen Sie mit „Importieren…“ eine Sitzung daraus</translation>
    </message>
    <message>
        <source>this is not a Rasa Coach session (the file is not JSON)</source>
        <translation>dies ist keine Rasa-Coach-Sitzung (die Datei ist kein JSON)</translation>
    </message>
    <message>
        <source>the session file cannot be read: %1</source>
        <translation>die Sitzungsdatei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>A Rasa Coach session (.coach): its conversations, domain snapshot, new responses, export paths and Rasa version.</source>
        <translation>Eine Rasa-Coach-Sitzung (.coach): ihre Gespräche, Domain-Momentaufnahme, neuen Antworten, Exportpfade und Rasa-Version.</translation>
    </message>
    <message>
        <source>give at least one --tracker file or a --session</source>
        <translation>geben Sie mindestens eine --tracker-Datei oder eine --session an</translation>
    </message>
    <message>
        <source>Draw the story graph of a bot&apos;s training stories (and a session&apos;s conversations).</source>
        <translation>Zeichnet den Story-Graphen der Trainings-Storys eines Bots (und der Gespräche einer Sitzung).</translation>
    </message>
    <message>
        <source>A story/rule file or a folder of them; repeatable.</source>
        <translation>Eine Story-/Regeldatei oder ein Ordner damit; wiederholbar.</translation>
    </message>
    <message>
        <source>The bot&apos;s domain.yml.</source>
        <translation>Die domain.yml des Bots.</translation>
    </message>
    <message>
        <source>A Rasa Coach session (*.coach) whose conversations to add.</source>
        <translation>Eine Rasa-Coach-Sitzung (*.coach), deren Gespräche hinzukommen.</translation>
    </message>
    <message>
        <source>Rasa&apos;s max_history for merging nodes (default 2).</source>
        <translation>Rasas max_history zum Zusammenführen von Knoten (Standard 2).</translation>
    </message>
    <message>
        <source>json, dot or svg.</source>
        <translation>json, dot oder svg.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Die zu schreibende Datei.</translation>
    </message>
    <message>
        <source>Usage: rasa-coach graph [options]</source>
        <translation>Aufruf: rasa-coach graph [Optionen]</translation>
    </message>
    <message>
        <source>--stories is required</source>
        <translation>--stories ist erforderlich</translation>
    </message>
    <message>
        <source>--domain is required</source>
        <translation>--domain ist erforderlich</translation>
    </message>
    <message>
        <source>--output is required</source>
        <translation>--output ist erforderlich</translation>
    </message>
    <message>
        <source>--format must be json, dot or svg</source>
        <translation>--format muss json, dot oder svg sein</translation>
    </message>
    <message>
        <source>--max-history must be a number from 2 to 10</source>
        <translation>--max-history muss eine Zahl von 2 bis 10 sein</translation>
    </message>
    <message>
        <source>no such file or folder</source>
        <translation>keine solche Datei und kein solcher Ordner</translation>
    </message>
    <message>
        <source>contains no story or rule files</source>
        <translation>enthält keine Story- oder Regeldateien</translation>
    </message>
    <message>
        <source>contains no stories or rules</source>
        <translation>enthält keine Storys oder Regeln</translation>
    </message>
    <message>
        <source>the layout was interrupted</source>
        <translation>das Layout wurde unterbrochen</translation>
    </message>
    <message>
        <source>reading sessions is not available in this build</source>
        <translation>das Lesen von Sitzungen ist in diesem Build nicht verfügbar</translation>
    </message>
    <message>
        <source>does not match its events</source>
        <translation>passt nicht zu ihren Ereignissen</translation>
    </message>
    <message>
        <source>cannot open the file: %1</source>
        <translation>die Datei kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>the file is too large to be a session (%1 MB)</source>
        <translation>die Datei ist zu groß für eine Sitzung (%1 MB)</translation>
    </message>
    <message>
        <source>The Rasa server</source>
        <translation>Der Rasa-Server</translation>
    </message>
    <message>
        <source>The action server</source>
        <translation>Der Action-Server</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>Die Datei konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The endpoints file is not a mapping of endpoint names.</source>
        <translation>Die Endpoints-Datei ist keine Zuordnung von Endpoint-Namen.</translation>
    </message>
    <message>
        <source>The endpoints file is not valid YAML: %1</source>
        <translation>Die Endpoints-Datei ist kein gültiges YAML: %1</translation>
    </message>
    <message>
        <source>The temporary endpoints file could not be written: %1</source>
        <translation>Die temporäre Endpoints-Datei konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Rasa %1 is not supported: Rasa Coach works with Rasa Open Source 2.x and 3.x. Install one of them, for example into the bot project with “python3 -m venv .venv &amp;&amp; .venv/bin/pip install rasa==3.6.21” (Python 3.8 to 3.10), or choose another Rasa under Settings › Rasa Executable.</source>
        <translation>Rasa %1 wird nicht unterstützt: Rasa Coach arbeitet mit Rasa Open Source 2.x und 3.x. Installieren Sie eine dieser Versionen, zum Beispiel im Bot-Projekt mit „python3 -m venv .venv &amp;&amp; .venv/bin/pip install rasa==3.6.21“ (Python 3.8 bis 3.10), oder wählen Sie ein anderes Rasa unter Einstellungen › Rasa-Programm.</translation>
    </message>
    <message>
        <source>Rasa was not found. Searched: %1.

Install Rasa Open Source 2.x or 3.x, for example into the bot project with “python3 -m venv .venv &amp;&amp; .venv/bin/pip install rasa==3.6.21” (Python 3.8 to 3.10), or choose the rasa executable or the Python interpreter it is installed in under Settings › Rasa Executable.</source>
        <translation>Rasa wurde nicht gefunden. Gesucht: %1.

Installieren Sie Rasa Open Source 2.x oder 3.x, zum Beispiel im Bot-Projekt mit „python3 -m venv .venv &amp;&amp; .venv/bin/pip install rasa==3.6.21“ (Python 3.8 bis 3.10), oder wählen Sie das rasa-Programm oder den Python-Interpreter, in dem es installiert ist, unter Einstellungen › Rasa-Programm.</translation>
    </message>
    <message>
        <source>The Rasa executable chosen in Settings does not exist or cannot be run. Choose another one under Settings › Rasa Executable.</source>
        <translation>Das in den Einstellungen gewählte Rasa-Programm existiert nicht oder kann nicht ausgeführt werden. Wählen Sie ein anderes unter Einstellungen › Rasa-Programm.</translation>
    </message>
    <message>
        <source>no Rasa executable chosen in Settings</source>
        <translation>kein Rasa-Programm in den Einstellungen gewählt</translation>
    </message>
    <message>
        <source>“rasa” on PATH (%1)</source>
        <translation>„rasa“ im PATH (%1)</translation>
    </message>
</context>
<context>
    <name>Coach::AboutDialog</name>
    <message>
        <source>About Rasa Coach</source>
        <translation>Über Rasa Coach</translation>
    </message>
    <message>
        <source>Rasa Coach logo</source>
        <translation>Rasa-Coach-Logo</translation>
    </message>
    <message>
        <source>Teach a Rasa chatbot by talking to it.</source>
        <translation>Einem Rasa-Chatbot im Gespräch etwas beibringen.</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Built with Qt %1, running on Qt %2</source>
        <translation>Erstellt mit Qt %1, läuft mit Qt %2</translation>
    </message>
    <message>
        <source>Rasa Coach is free software under the Apache License 2.0.</source>
        <translation>Rasa Coach ist freie Software unter der Apache License 2.0.</translation>
    </message>
    <message>
        <source>The bundled example bots (moodbot, formbot) are copied from Rasa (Copyright Rasa Technologies GmbH and contributors) under the Apache License 2.0.</source>
        <translation>Die mitgelieferten Beispielbots (moodbot, formbot) stammen von Rasa (Copyright Rasa Technologies GmbH und Mitwirkende) und stehen unter der Apache License 2.0.</translation>
    </message>
    <message>
        <source>Libraries: Qt (LGPL-3.0), yaml-cpp (MIT), Graphviz (EPL-1.0).</source>
        <translation>Bibliotheken: Qt (LGPL-3.0), yaml-cpp (MIT), Graphviz (EPL-1.0).</translation>
    </message>
    <message>
        <source>Project page: %1</source>
        <translation>Projektseite: %1</translation>
    </message>
</context>
<context>
    <name>Coach::ActionPanel</name>
    <message>
        <source>Next action</source>
        <translation>Nächste Aktion</translation>
    </message>
    <message>
        <source>Create action “%1” (Enter)</source>
        <translation>Aktion „%1“ anlegen (Enter)</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <source>Run it (Enter)</source>
        <translation>Ausführen (Enter)</translation>
    </message>
    <message>
        <source>Run the selected action</source>
        <translation>Die gewählte Aktion ausführen</translation>
    </message>
    <message>
        <source>New &amp;action…</source>
        <translation>Neue &amp;Aktion…</translation>
    </message>
    <message>
        <source>New &amp;response…</source>
        <translation>Neue Antwo&amp;rt…</translation>
    </message>
    <message>
        <source>created in this session</source>
        <translation>in dieser Sitzung angelegt</translation>
    </message>
    <message>
        <source>no score</source>
        <translation>keine Bewertung</translation>
    </message>
    <message>
        <source>no policy</source>
        <translation>keine Policy</translation>
    </message>
    <message>
        <source>(%1, %2)</source>
        <translation>(%1, %2)</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;small&gt;Enter: yes · 1–9 or type and Enter: another action · Alt+A: new action · Alt+R: new response&lt;/small&gt;</source>
        <translation>&lt;br&gt;&lt;small&gt;Enter: ja · 1–9 oder tippen und Enter: andere Aktion · Alt+A: neue Aktion · Alt+R: neue Antwort&lt;/small&gt;</translation>
    </message>
</context>
<context>
    <name>Coach::ActionQuestion</name>
    <message>
        <source>The bot wants to run &apos;action_unlikely_intent&apos; to indicate that the last user message was unexpected at this point in the conversation. Check out UnexpecTEDIntentPolicy (https://rasa.com/docs/rasa/policies#unexpected-intent-policy) to learn more. Is that correct?</source>
        <translation>Der Bot möchte &apos;action_unlikely_intent&apos; ausführen, um anzuzeigen, dass die letzte Nutzernachricht an dieser Stelle des Gesprächs unerwartet war. Mehr dazu unter UnexpecTEDIntentPolicy (https://rasa.com/docs/rasa/policies#unexpected-intent-policy). Ist das richtig?</translation>
    </message>
    <message>
        <source>The bot wants to run &apos;%1&apos;, correct?</source>
        <translation>Der Bot möchte &apos;%1&apos; ausführen. Richtig?</translation>
    </message>
</context>
<context>
    <name>Coach::AnnotationPanel</name>
    <message>
        <source>Message annotation</source>
        <translation>Annotation der Nachricht</translation>
    </message>
    <message>
        <source>Create intent “%1” (Enter)</source>
        <translation>Intent „%1“ anlegen (Enter)</translation>
    </message>
    <message>
        <source>Intents</source>
        <translation>Intents</translation>
    </message>
    <message>
        <source>Entity</source>
        <translation>Entität</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Extractor</source>
        <translation>Extraktor</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Entitäten</translation>
    </message>
    <message>
        <source>Message in Rasa markup</source>
        <translation>Nachricht im Rasa-Markup</translation>
    </message>
    <message>
        <source>Apply markup</source>
        <translation>Markup anwenden</translation>
    </message>
    <message>
        <source>Markup:</source>
        <translation>Markup:</translation>
    </message>
    <message>
        <source>&amp;Confirm (Enter)</source>
        <translation>&amp;Bestätigen (Enter)</translation>
    </message>
    <message>
        <source>Confirm or apply the annotation</source>
        <translation>Die Annotation bestätigen oder anwenden</translation>
    </message>
    <message>
        <source>Edit as Rasa &amp;markup (Ctrl+M)</source>
        <translation>Als Rasa-&amp;Markup bearbeiten (Strg+M)</translation>
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
        <translation>&lt;br&gt;&lt;i&gt;Entitäten geändert: Enter übernimmt die Korrektur.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;small&gt;Enter: yes · type or 1–9: another intent · Ctrl+E then Shift+arrows and E (or drag the mouse): mark an entity · Delete: remove it · Ctrl+M: Rasa markup&lt;/small&gt;</source>
        <translation>&lt;br&gt;&lt;small&gt;Enter: ja · tippen oder 1–9: anderer Intent · Strg+E, dann Umschalt+Pfeiltasten und E (oder mit der Maus ziehen): Entität markieren · Entf: Entität entfernen · Strg+M: Rasa-Markup&lt;/small&gt;</translation>
    </message>
</context>
<context>
    <name>Coach::ApiError</name>
    <message>
        <source>Connection refused</source>
        <translation>Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>Host not found</source>
        <translation>Host nicht gefunden</translation>
    </message>
    <message>
        <source>Network error</source>
        <translation>Netzwerkfehler</translation>
    </message>
    <message>
        <source>No answer in time</source>
        <translation>Keine Antwort in der erwarteten Zeit</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Answer is not JSON</source>
        <translation>Antwort ist kein JSON</translation>
    </message>
    <message>
        <source>Unexpected answer</source>
        <translation>Unerwartete Antwort</translation>
    </message>
    <message>
        <source>Answer too large</source>
        <translation>Antwort zu groß</translation>
    </message>
    <message>
        <source>Invalid request</source>
        <translation>Ungültige Anfrage</translation>
    </message>
    <message>
        <source>a JSON body that is not Rasa&apos;s error format</source>
        <translation>ein JSON-Inhalt, der nicht Rasas Fehlerformat hat</translation>
    </message>
    <message>
        <source>The server answered %1</source>
        <translation>Der Server antwortete mit %1</translation>
    </message>
    <message>
        <source>the server</source>
        <translation>der Server</translation>
    </message>
    <message>
        <source>Could not connect to %1: nothing is listening there. Is `rasa run --enable-api` running on that address and port?</source>
        <translation>Keine Verbindung zu %1: Dort wartet niemand auf Verbindungen. Läuft `rasa run --enable-api` unter dieser Adresse und diesem Port?</translation>
    </message>
    <message>
        <source>The host of %1 was not found. Check the server address.</source>
        <translation>Der Host von %1 wurde nicht gefunden. Prüfen Sie die Serveradresse.</translation>
    </message>
    <message>
        <source>The connection to %1 failed during %2: %3</source>
        <translation>Die Verbindung zu %1 ist bei %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>%1 did not answer %2 within %L3 seconds.</source>
        <translation>%1 hat %2 nicht innerhalb von %L3 Sekunden beantwortet.</translation>
    </message>
    <message>
        <source>%1 was cancelled.</source>
        <translation>%1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The answer of %1 to %2 is not valid JSON (%3). Is it really a Rasa server, and does nothing in between cut the answer off?</source>
        <translation>Die Antwort von %1 auf %2 ist kein gültiges JSON (%3). Ist es wirklich ein Rasa-Server, und schneidet nichts dazwischen die Antwort ab?</translation>
    </message>
    <message>
        <source>The answer of %1 to %2 is not what a Rasa server sends: %3</source>
        <translation>Die Antwort von %1 auf %2 ist nicht das, was ein Rasa-Server sendet: %3</translation>
    </message>
    <message>
        <source>The answer of %1 to %2 is larger than %L3 MB; reading it was stopped.</source>
        <translation>Die Antwort von %1 auf %2 ist größer als %L3 MB; das Lesen wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Could not send %1: %2</source>
        <translation>%1 konnte nicht gesendet werden: %2</translation>
    </message>
    <message>
        <source>(no message)</source>
        <translation>(keine Meldung)</translation>
    </message>
    <message>
        <source>More: %1</source>
        <translation>Mehr: %1</translation>
    </message>
    <message>
        <source>The server answered %1 to %2 with %3 instead of Rasa&apos;s JSON: a proxy or gateway in front of Rasa may be failing, or Rasa is not running behind it.</source>
        <translation>Der Server antwortete auf %2 mit %1 und %3 statt mit Rasas JSON: Ein Proxy oder Gateway vor Rasa könnte gestört sein, oder Rasa läuft dahinter nicht.</translation>
    </message>
    <message>
        <source>The server answered 404 to %1 with %2. Is the address right, and was Rasa started with --enable-api?</source>
        <translation>Der Server antwortete auf %1 mit 404 und %2. Stimmt die Adresse, und wurde Rasa mit --enable-api gestartet?</translation>
    </message>
    <message>
        <source>The server answered %1 to %2 with %3, not Rasa&apos;s JSON.</source>
        <translation>Der Server antwortete auf %2 mit %1 und %3, nicht mit Rasas JSON.</translation>
    </message>
    <message>
        <source>The server answered 404: this conversation (“%1”) does not exist on a Rasa %2 server yet. Send a message first to create it.</source>
        <translation>Der Server antwortete mit 404: Dieses Gespräch („%1“) existiert auf einem Rasa-%2-Server noch nicht. Senden Sie zuerst eine Nachricht, um es anzulegen.</translation>
    </message>
    <message>
        <source>The Rasa server refused the token (%1): %2 Check the auth token or JWT in the connection settings.</source>
        <translation>Der Rasa-Server hat das Token abgelehnt (%1): %2 Prüfen Sie das Auth-Token oder das JWT in den Verbindungseinstellungen.</translation>
    </message>
    <message>
        <source>The Rasa server requires authentication (%1): %2 Enter the token given to `rasa run --auth-token` or a JWT.</source>
        <translation>Der Rasa-Server verlangt eine Anmeldung (%1): %2 Geben Sie das Token von `rasa run --auth-token` oder ein JWT ein.</translation>
    </message>
    <message>
        <source>The Rasa server denied %1 (%2): %3 A JWT with role “user” may only use its own conversation; use an admin JWT or the auth token.</source>
        <translation>Der Rasa-Server hat %1 verweigert (%2): %3 Ein JWT mit der Rolle „user“ darf nur sein eigenes Gespräch verwenden; nehmen Sie ein Admin-JWT oder das Auth-Token.</translation>
    </message>
    <message>
        <source>The Rasa server has no model loaded (%1): %2 Train a model or wait until the server has loaded one.</source>
        <translation>Auf dem Rasa-Server ist kein Modell geladen (%1): %2 Trainieren Sie ein Modell oder warten Sie, bis der Server eines geladen hat.</translation>
    </message>
    <message>
        <source>The Rasa server failed while handling %1 (%2): %3</source>
        <translation>Beim Bearbeiten von %1 ist auf dem Rasa-Server ein Fehler aufgetreten (%2): %3</translation>
    </message>
    <message>
        <source>The Rasa server rejected %1 (%2): %3</source>
        <translation>Der Rasa-Server hat %1 abgelehnt (%2): %3</translation>
    </message>
</context>
<context>
    <name>Coach::BotProject</name>
    <message>
        <source>The bot project folder does not exist.</source>
        <translation>Der Bot-Projektordner existiert nicht.</translation>
    </message>
    <message>
        <source>This is not a Rasa bot project: %1 missing. A project made with “rasa init” has config.yml, domain.yml and data/.</source>
        <translation>Dies ist kein Rasa-Bot-Projekt: %1 fehlt. Ein mit „rasa init“ angelegtes Projekt hat config.yml, domain.yml und data/.</translation>
    </message>
</context>
<context>
    <name>Coach::BotServer</name>
    <message>
        <source>Rasa could not be started: %1</source>
        <translation>Rasa konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>No free port was found on 127.0.0.1.</source>
        <translation>Auf 127.0.0.1 wurde kein freier Port gefunden.</translation>
    </message>
    <message>
        <source>Starting the action server on port %1…</source>
        <translation>Action-Server wird auf Port %1 gestartet…</translation>
    </message>
    <message>
        <source>Starting the Rasa server on port %1…</source>
        <translation>Rasa-Server wird auf Port %1 gestartet…</translation>
    </message>
    <message>
        <source>The Rasa server did not get ready: %1</source>
        <translation>Der Rasa-Server wurde nicht bereit: %1</translation>
    </message>
    <message>
        <source>Port %1 was taken meanwhile; trying another one…</source>
        <translation>Port %1 wurde inzwischen belegt; ein anderer wird versucht…</translation>
    </message>
    <message numerus="yes">
        <source>Port %1 on 127.0.0.1 is in use by another program (%n start(s) tried).</source>
        <translation>
            <numerusform>Port %1 auf 127.0.0.1 wird von einem anderen Programm verwendet (%n Start versucht).</numerusform>
            <numerusform>Port %1 auf 127.0.0.1 wird von einem anderen Programm verwendet (%n Starts versucht).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 stopped (exit code %2). Its last lines:
%3</source>
        <translation>%1 wurde beendet (Exit-Code %2). Seine letzten Zeilen:
%3</translation>
    </message>
</context>
<context>
    <name>Coach::BusySpinner</name>
    <message>
        <source>Request in progress</source>
        <translation>Anfrage läuft</translation>
    </message>
</context>
<context>
    <name>Coach::ChoiceList</name>
    <message>
        <source>Type to filter, 1–9 to pick, Enter to choose</source>
        <translation>Tippen zum Filtern, 1–9 zum Auswählen, Enter zum Übernehmen</translation>
    </message>
</context>
<context>
    <name>Coach::ConnectionDialog</name>
    <message>
        <source>Remember in the desktop keyring</source>
        <translation>Im Schlüsselbund des Desktops speichern</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Connect to a Rasa Server</source>
        <translation>Mit einem Rasa-Server verbinden</translation>
    </message>
    <message>
        <source>Server URL</source>
        <translation>Server-URL</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Auth token (--auth-token)</source>
        <translation>Auth-Token (--auth-token)</translation>
    </message>
    <message>
        <source>JWT (--jwt-secret)</source>
        <translation>JWT (--jwt-secret)</translation>
    </message>
    <message>
        <source>Token or JWT</source>
        <translation>Token oder JWT</translation>
    </message>
    <message>
        <source>No desktop keyring in this build: the secret is kept in memory until Rasa Coach quits.</source>
        <translation>In diesem Build gibt es keinen Desktop-Schlüsselbund: Das Geheimnis bleibt im Speicher, bis Rasa Coach beendet wird.</translation>
    </message>
    <message>
        <source>(continue the session, or a new random id)</source>
        <translation>(Sitzung fortsetzen oder eine neue zufällige ID)</translation>
    </message>
    <message>
        <source>folder with domain.yml and data/ (optional)</source>
        <translation>Ordner mit domain.yml und data/ (optional)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>&amp;Server URL:</source>
        <translation>Server-&amp;URL:</translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation>&amp;Anmeldung:</translation>
    </message>
    <message>
        <source>T&amp;oken or JWT:</source>
        <translation>T&amp;oken oder JWT:</translation>
    </message>
    <message>
        <source>Con&amp;versation id:</source>
        <translation>&amp;Gesprächs-ID:</translation>
    </message>
    <message>
        <source>Bot &amp;project:</source>
        <translation>Bot-&amp;Projekt:</translation>
    </message>
    <message>
        <source>Bot Project Folder</source>
        <translation>Bot-Projektordner</translation>
    </message>
    <message>
        <source>Enter the token or JWT, or choose “None” as authentication.</source>
        <translation>Geben Sie das Token oder JWT ein, oder wählen Sie „Keine“ als Anmeldung.</translation>
    </message>
    <message>
        <source>Test stopped.</source>
        <translation>Test abgebrochen.</translation>
    </message>
    <message>
        <source>Testing %1…</source>
        <translation>%1 wird getestet…</translation>
    </message>
    <message>
        <source>S&amp;top test</source>
        <translation>Test &amp;stoppen</translation>
    </message>
    <message>
        <source>Start a server for this p&amp;roject</source>
        <translation>Server für dieses P&amp;rojekt starten</translation>
    </message>
    <message>
        <source>Train the bot project and start its Rasa server instead of connecting to a running one</source>
        <translation>Das Bot-Projekt trainieren und seinen Rasa-Server starten, statt sich mit einem laufenden zu verbinden</translation>
    </message>
    <message>
        <source>Choose the bot project folder first.</source>
        <translation>Wählen Sie zuerst den Bot-Projektordner.</translation>
    </message>
</context>
<context>
    <name>Coach::ConnectionTester</name>
    <message>
        <source>Connected: Rasa %1, model %2.</source>
        <translation>Verbunden: Rasa %1, Modell %2.</translation>
    </message>
    <message>
        <source>Rasa %1 answers, but no model is loaded yet. Train a model or wait until the server has loaded one.</source>
        <translation>Rasa %1 antwortet, hat aber noch kein Modell geladen. Trainieren Sie ein Modell oder warten Sie, bis der Server eines geladen hat.</translation>
    </message>
    <message>
        <source>Connection refused.</source>
        <translation>Verbindung abgelehnt.</translation>
    </message>
    <message>
        <source>Not authorised (%1).</source>
        <translation>Nicht berechtigt (%1).</translation>
    </message>
    <message>
        <source>This does not look like a Rasa server (wrong address or endpoint?).</source>
        <translation>Das sieht nicht nach einem Rasa-Server aus (falsche Adresse oder falscher Endpunkt?).</translation>
    </message>
    <message>
        <source>No answer in time.</source>
        <translation>Keine Antwort in der erwarteten Zeit.</translation>
    </message>
</context>
<context>
    <name>Coach::ConversationModel</name>
    <message>
        <source>Intent ranking:
%1</source>
        <translation>Intent-Rangfolge:
%1</translation>
    </message>
    <message>
        <source>Predicted by %1</source>
        <translation>Vorhergesagt von %1</translation>
    </message>
    <message>
        <source>%1
intent: %2 %3</source>
        <translation>%1
Intent: %2 %3</translation>
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
        <translation>Sie</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Policy</translation>
    </message>
</context>
<context>
    <name>Coach::Domain</name>
    <message>
        <source>a domain must be a mapping of keys such as intents and responses</source>
        <translation>eine Domain muss eine Zuordnung von Schlüsseln wie intents und responses sein</translation>
    </message>
    <message>
        <source>&quot;forms&quot; must be a mapping of form names</source>
        <translation>&quot;forms&quot; muss eine Zuordnung von Formularnamen sein</translation>
    </message>
    <message>
        <source>invalid JSON at offset %1: %2</source>
        <translation>ungültiges JSON an Position %1: %2</translation>
    </message>
    <message>
        <source>&quot;intents&quot; must be a list</source>
        <translation>&quot;intents&quot; muss eine Liste sein</translation>
    </message>
    <message>
        <source>every intent must be a name or a mapping with one name</source>
        <translation>jeder Intent muss ein Name oder eine Zuordnung mit einem Namen sein</translation>
    </message>
    <message>
        <source>&quot;entities&quot; must be a list</source>
        <translation>&quot;entities&quot; muss eine Liste sein</translation>
    </message>
    <message>
        <source>every entity must be a name or a mapping with one name</source>
        <translation>jede Entität muss ein Name oder eine Zuordnung mit einem Namen sein</translation>
    </message>
    <message>
        <source>&quot;slots&quot; must be a mapping of slot names</source>
        <translation>&quot;slots&quot; muss eine Zuordnung von Slot-Namen sein</translation>
    </message>
    <message>
        <source>&quot;responses&quot; must be a mapping of response names</source>
        <translation>&quot;responses&quot; muss eine Zuordnung von Antwortnamen sein</translation>
    </message>
    <message>
        <source>&quot;actions&quot; must be a list</source>
        <translation>&quot;actions&quot; muss eine Liste sein</translation>
    </message>
    <message>
        <source>every action must be a name or a mapping with one name</source>
        <translation>jede Aktion muss ein Name oder eine Zuordnung mit einem Namen sein</translation>
    </message>
</context>
<context>
    <name>Coach::DomainExporter</name>
    <message>
        <source>cannot merge into the domain file: %1</source>
        <translation>in die Domain-Datei kann nicht eingefügt werden: %1</translation>
    </message>
    <message>
        <source>the extended domain would not load: %1</source>
        <translation>die erweiterte Domain würde sich nicht laden lassen: %1</translation>
    </message>
</context>
<context>
    <name>Coach::EntityPicker</name>
    <message>
        <source>Entity type</source>
        <translation>Entitätstyp</translation>
    </message>
    <message>
        <source>Entity role</source>
        <translation>Entitätsrolle</translation>
    </message>
    <message>
        <source>Entity group</source>
        <translation>Entitätsgruppe</translation>
    </message>
    <message>
        <source>Mark</source>
        <translation>Markieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Entity:</source>
        <translation>&amp;Entität:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Gruppe:</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
</context>
<context>
    <name>Coach::EntitySpanEdit</name>
    <message>
        <source>Message text; select words and press E to mark an entity</source>
        <translation>Nachrichtentext; Wörter markieren und E drücken, um eine Entität zu markieren</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
    <message>
        <source>
role: %1</source>
        <translation>
Rolle: %1</translation>
    </message>
    <message>
        <source>
group: %1</source>
        <translation>
Gruppe: %1</translation>
    </message>
</context>
<context>
    <name>Coach::Event</name>
    <message>
        <source>an event must be a JSON object</source>
        <translation>ein Ereignis muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>an event needs a non-empty string &quot;event&quot;</source>
        <translation>ein Ereignis braucht einen nicht leeren Text &quot;event&quot;</translation>
    </message>
    <message>
        <source>events must be a JSON array</source>
        <translation>Ereignisse müssen ein JSON-Array sein</translation>
    </message>
    <message>
        <source>event %1</source>
        <translation>Ereignis %1</translation>
    </message>
</context>
<context>
    <name>Coach::EventDetailsPane</name>
    <message>
        <source>&amp;Copy JSON</source>
        <translation>JSON &amp;kopieren</translation>
    </message>
    <message>
        <source>Select a row of the history to see its event.</source>
        <translation>Wählen Sie eine Zeile des Verlaufs, um ihr Ereignis zu sehen.</translation>
    </message>
    <message>
        <source>Event JSON</source>
        <translation>Ereignis-JSON</translation>
    </message>
</context>
<context>
    <name>Coach::ExecuteRequest</name>
    <message>
        <source>the answer is not a JSON object</source>
        <translation>die Antwort ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>&quot;messages&quot; is not a list</source>
        <translation>&quot;messages&quot; ist keine Liste</translation>
    </message>
    <message>
        <source>message %1 is not an object</source>
        <translation>Nachricht %1 ist kein Objekt</translation>
    </message>
</context>
<context>
    <name>Coach::ExportDialog</name>
    <message>
        <source>Write &amp;end-to-end test stories (with the user&apos;s text)</source>
        <translation>&amp;End-to-End-Teststorys schreiben (mit dem Text des Nutzers)</translation>
    </message>
    <message>
        <source>Use Rasa 2.x &amp;Markdown files (.md)</source>
        <translation>Rasa-2.x-&amp;Markdown-Dateien (.md) verwenden</translation>
    </message>
    <message>
        <source>&amp;Write Files</source>
        <translation>Dateien sch&amp;reiben</translation>
    </message>
    <message>
        <source>Export Training Data</source>
        <translation>Trainingsdaten exportieren</translation>
    </message>
    <message>
        <source>&amp;Stories:</source>
        <translation>&amp;Storys:</translation>
    </message>
    <message>
        <source>Export Stories To</source>
        <translation>Storys exportieren nach</translation>
    </message>
    <message>
        <source>&amp;NLU data:</source>
        <translation>&amp;NLU-Daten:</translation>
    </message>
    <message>
        <source>Export NLU Data To</source>
        <translation>NLU-Daten exportieren nach</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>D&amp;omain:</translation>
    </message>
    <message>
        <source>Export Domain To</source>
        <translation>Domain exportieren nach</translation>
    </message>
    <message>
        <source>&amp;Preview Changes</source>
        <translation>&amp;Vorschau der Änderungen</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Rasa files (*.yml *.yaml *.json *.md)</source>
        <translation>Rasa-Dateien (*.yml *.yaml *.json *.md)</translation>
    </message>
    <message>
        <source>Rasa 3 reads only YAML training data.</source>
        <translation>Rasa 3 liest Trainingsdaten nur im YAML-Format.</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Die Vorschau wird vorbereitet…</translation>
    </message>
    <message>
        <source>Cannot export: %1</source>
        <translation>Export nicht möglich: %1</translation>
    </message>
    <message>
        <source>(no change)</source>
        <translation>(keine Änderung)</translation>
    </message>
    <message>
        <source>%1: %2%3</source>
        <translation>%1: %2%3</translation>
    </message>
    <message>
        <source> (new file)</source>
        <translation> (neue Datei)</translation>
    </message>
    <message>
        <source>Response “%1” already exists in the domain with other text: the domain file keeps its text; edit it by hand if the new one is better.</source>
        <translation>Die Antwort „%1“ existiert in der Domain bereits mit anderem Text: Die Domain-Datei behält ihren Text; bearbeiten Sie sie von Hand, wenn der neue besser ist.</translation>
    </message>
    <message>
        <source>Nothing to write: the files already contain everything.</source>
        <translation>Nichts zu schreiben: Die Dateien enthalten bereits alles.</translation>
    </message>
    <message>
        <source>Writing failed: %1</source>
        <translation>Schreiben fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>Coach::Exporter</name>
    <message>
        <source>stories must be exported to a .yml or .yaml file (or .md for Rasa 2.x)</source>
        <translation>Storys müssen in eine .yml- oder .yaml-Datei exportiert werden (oder .md für Rasa 2.x)</translation>
    </message>
    <message>
        <source>Rasa %1 reads only YAML stories; use a .yml file</source>
        <translation>Rasa %1 liest Storys nur im YAML-Format; verwenden Sie eine .yml-Datei</translation>
    </message>
    <message>
        <source>cannot add stories to this file: %1</source>
        <translation>zu dieser Datei können keine Storys hinzugefügt werden: %1</translation>
    </message>
    <message>
        <source>the exported stories would not load: %1</source>
        <translation>die exportierten Storys würden sich nicht laden lassen: %1</translation>
    </message>
    <message>
        <source>stories added: %1</source>
        <translation>hinzugefügte Storys: %1</translation>
    </message>
    <message>
        <source>NLU data must be exported to a .yml, .yaml or .json file (or .md for Rasa 2.x)</source>
        <translation>NLU-Daten müssen in eine .yml-, .yaml- oder .json-Datei exportiert werden (oder .md für Rasa 2.x)</translation>
    </message>
    <message>
        <source>Rasa %1 cannot read Markdown NLU data; use a .yml file</source>
        <translation>Rasa %1 kann keine NLU-Daten im Markdown-Format lesen; verwenden Sie eine .yml-Datei</translation>
    </message>
    <message>
        <source>examples added: %1</source>
        <translation>hinzugefügte Beispiele: %1</translation>
    </message>
    <message>
        <source>the domain must be exported to a .yml or .yaml file</source>
        <translation>die Domain muss in eine .yml- oder .yaml-Datei exportiert werden</translation>
    </message>
    <message>
        <source>added: %1 intents, %2 entities, %3 actions, %4 responses</source>
        <translation>hinzugefügt: %1 Intents, %2 Entitäten, %3 Aktionen, %4 Antworten</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot write: %1</source>
        <translation>Schreiben nicht möglich: %1</translation>
    </message>
</context>
<context>
    <name>Coach::Fields</name>
    <message>
        <source>must be a string</source>
        <translation>muss ein Text sein</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>must be a JSON object</source>
        <translation>muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>must be a JSON array</source>
        <translation>muss ein JSON-Array sein</translation>
    </message>
</context>
<context>
    <name>Coach::ForkDialog</name>
    <message>
        <source>Fork the Conversation</source>
        <translation>Gespräch verzweigen</translation>
    </message>
    <message>
        <source>Before which user message do you want to fork? The story so far is kept; the conversation continues from that point.</source>
        <translation>Vor welcher Nutzernachricht möchten Sie verzweigen? Die bisherige Story bleibt erhalten; das Gespräch geht ab dieser Stelle weiter.</translation>
    </message>
    <message>
        <source>User messages, newest first</source>
        <translation>Nutzernachrichten, neueste zuerst</translation>
    </message>
    <message>
        <source>&amp;Fork here</source>
        <translation>Hier &amp;verzweigen</translation>
    </message>
</context>
<context>
    <name>Coach::FormValidationPanel</name>
    <message>
        <source>Form validation question</source>
        <translation>Frage zur Formularvalidierung</translation>
    </message>
    <message>
        <source>&amp;Yes, validate (Y / Enter)</source>
        <translation>&amp;Ja, validieren (Y / Enter)</translation>
    </message>
    <message>
        <source>&amp;No (N)</source>
        <translation>&amp;Nein (N)</translation>
    </message>
    <message>
        <source>
Caution: FormPolicy predicted no form validation based on previous training stories. Make sure to remove contradictory stories from training data, otherwise predicting no form validation will not work as expected.</source>
        <translation>
Achtung: Die FormPolicy hat aufgrund früherer Trainingsstorys keine Formularvalidierung vorhergesagt. Entfernen Sie widersprüchliche Storys aus den Trainingsdaten, sonst funktioniert die Vorhersage „keine Formularvalidierung“ nicht wie erwartet.</translation>
    </message>
</context>
<context>
    <name>Coach::FormValidationQuestion</name>
    <message>
        <source>Should &apos;%1&apos; validate user input to fill the slot &apos;%2&apos;?</source>
        <translation>Soll &apos;%1&apos; die Nutzereingabe prüfen, um den Slot &apos;%2&apos; zu füllen?</translation>
    </message>
</context>
<context>
    <name>Coach::GraphCanvas</name>
    <message>
        <source>Story graph</source>
        <translation>Story-Graph</translation>
    </message>
</context>
<context>
    <name>Coach::GraphController</name>
    <message>
        <source>Only messages of the current story can be forked from; this one is in an earlier story or was undone.</source>
        <translation>Verzweigen geht nur vor Nachrichten der aktuellen Story; diese gehört zu einer früheren Story oder wurde rückgängig gemacht.</translation>
    </message>
    <message>
        <source>Fork the Conversation</source>
        <translation>Gespräch verzweigen</translation>
    </message>
    <message>
        <source>Continue the conversation from before “%1”?

The messages from there on are left out of the new story; the old story stays in the session.</source>
        <translation>Das Gespräch ab der Stelle vor „%1“ fortsetzen?

Die Nachrichten ab dort fehlen in der neuen Story; die alte Story bleibt in der Sitzung.</translation>
    </message>
</context>
<context>
    <name>Coach::GraphPanel</name>
    <message>
        <source>The graph is empty.</source>
        <translation>Der Graph ist leer.</translation>
    </message>
    <message>
        <source>Could not encode the image.</source>
        <translation>Das Bild konnte nicht kodiert werden.</translation>
    </message>
    <message>
        <source>Story graph panel</source>
        <translation>Story-Graph-Bereich</translation>
    </message>
    <message>
        <source>Graph status</source>
        <translation>Graph-Status</translation>
    </message>
    <message>
        <source>No graph yet.</source>
        <translation>Noch kein Graph.</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Vergrößern</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Verkleinern</translation>
    </message>
    <message>
        <source>Fit</source>
        <translation>Einpassen</translation>
    </message>
    <message>
        <source>Fit the graph to the panel</source>
        <translation>Den Graphen in den Bereich einpassen</translation>
    </message>
    <message>
        <source>Zoom level</source>
        <translation>Zoomstufe</translation>
    </message>
    <message>
        <source>%L1 %</source>
        <translation>%L1 %</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Export the graph</source>
        <translation>Den Graphen exportieren</translation>
    </message>
    <message>
        <source>As SVG…</source>
        <translation>Als SVG…</translation>
    </message>
    <message>
        <source>As PNG image…</source>
        <translation>Als PNG-Bild…</translation>
    </message>
    <message>
        <source>As Graphviz DOT…</source>
        <translation>Als Graphviz-DOT…</translation>
    </message>
    <message>
        <source>Export the graph as SVG</source>
        <translation>Den Graphen als SVG exportieren</translation>
    </message>
    <message>
        <source>SVG images (*.svg)</source>
        <translation>SVG-Bilder (*.svg)</translation>
    </message>
    <message>
        <source>Export the graph as PNG</source>
        <translation>Den Graphen als PNG exportieren</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Export the graph as DOT</source>
        <translation>Den Graphen als DOT exportieren</translation>
    </message>
    <message>
        <source>Graphviz files (*.dot *.gv)</source>
        <translation>Graphviz-Dateien (*.dot *.gv)</translation>
    </message>
    <message>
        <source>There is no graph to export yet.</source>
        <translation>Es gibt noch keinen Graphen zum Exportieren.</translation>
    </message>
</context>
<context>
    <name>Coach::GraphRenderer</name>
    <message numerus="yes">
        <source>+%n more</source>
        <translation>
            <numerusform>+%n weiterer</numerusform>
            <numerusform>+%n weitere</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Coach::GraphWorker</name>
    <message>
        <source>Checkpoint %1 connects to nothing.</source>
        <translation>Checkpoint %1 ist mit nichts verbunden.</translation>
    </message>
    <message>
        <source>The training stories could not be read: %1</source>
        <translation>Die Trainings-Storys konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Showing the neighbourhood of this conversation: %L1 of %L2 nodes</source>
        <translation>Gezeigt wird die Umgebung dieses Gesprächs: %L1 von %L2 Knoten</translation>
    </message>
    <message>
        <source>Showing the nodes nearest to START: %L1 of %L2 nodes</source>
        <translation>Gezeigt werden die Knoten nächst START: %L1 von %L2 Knoten</translation>
    </message>
    <message numerus="yes">
        <source>%n training paths, %1 nodes</source>
        <translation>
            <numerusform>%n Trainingspfad, %1 Knoten</numerusform>
            <numerusform>%n Trainingspfade, %1 Knoten</numerusform>
        </translation>
    </message>
    <message>
        <source>Laying out %L1 stories…</source>
        <translation>%L1 Storys werden angeordnet…</translation>
    </message>
</context>
<context>
    <name>Coach::GraphvizLayout</name>
    <message>
        <source>Graphviz could not lay out the graph.</source>
        <translation>Graphviz konnte den Graphen nicht anordnen.</translation>
    </message>
</context>
<context>
    <name>Coach::HelpMenu</name>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Keyboard &amp;Shortcuts…</source>
        <translation>&amp;Tastenkürzel…</translation>
    </message>
    <message>
        <source>Ctrl+/</source>
        <translation>Ctrl+/</translation>
    </message>
    <message>
        <source>&amp;About Rasa Coach</source>
        <translation>Ü&amp;ber Rasa Coach</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
</context>
<context>
    <name>Coach::InteractiveSession</name>
    <message>
        <source>This cannot be done now (the session is %1).</source>
        <translation>Das ist gerade nicht möglich (die Sitzung ist im Zustand %1).</translation>
    </message>
    <message>
        <source>This needs a connection to a Rasa server.</source>
        <translation>Dafür ist eine Verbindung zu einem Rasa-Server nötig.</translation>
    </message>
    <message>
        <source>Could not %1: %2</source>
        <translation>Fehler beim Versuch, %1: %2</translation>
    </message>
    <message>
        <source>predict the next action</source>
        <translation>die nächste Aktion vorherzusagen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an action of the domain or of this session; create it as a new action.</source>
        <translation>&apos;%1&apos; ist keine Aktion der Domain oder dieser Sitzung; legen Sie sie als neue Aktion an.</translation>
    </message>
    <message>
        <source>An action name cannot be empty or contain spaces or brackets.</source>
        <translation>Ein Aktionsname darf nicht leer sein und keine Leerzeichen oder Klammern enthalten.</translation>
    </message>
    <message>
        <source>A response action needs its text: create it as a response.</source>
        <translation>Eine Antwortaktion braucht ihren Text: Legen Sie sie als Antwort an.</translation>
    </message>
    <message>
        <source>The domain already has the action &apos;%1&apos;; choose it instead.</source>
        <translation>Die Domain hat bereits die Aktion &apos;%1&apos;; wählen Sie stattdessen diese.</translation>
    </message>
    <message>
        <source>A response name starts with &apos;utter_&apos; and has no spaces or brackets.</source>
        <translation>Ein Antwortname beginnt mit &apos;utter_&apos; und enthält keine Leerzeichen oder Klammern.</translation>
    </message>
    <message>
        <source>Please enter a response.</source>
        <translation>Bitte geben Sie eine Antwort ein.</translation>
    </message>
    <message>
        <source>The domain already has a response &apos;%1&apos;. The export keeps the domain&apos;s text, not the one typed here.</source>
        <translation>Die Domain hat bereits eine Antwort &apos;%1&apos;. Der Export behält den Text der Domain, nicht den hier eingegebenen.</translation>
    </message>
    <message>
        <source>reject the form</source>
        <translation>das Formular abzulehnen</translation>
    </message>
    <message>
        <source>FormPolicy predicted no form validation based on previous training stories. Make sure to remove contradictory stories from training data. Otherwise predicting no form validation will not work as expected.</source>
        <translation>Die FormPolicy hat aufgrund früherer Trainingsstorys keine Formularvalidierung vorhergesagt. Entfernen Sie widersprüchliche Storys aus den Trainingsdaten. Sonst funktioniert die Vorhersage „keine Formularvalidierung“ nicht wie erwartet.</translation>
    </message>
    <message>
        <source>record the form validation</source>
        <translation>die Formularvalidierung zu speichern</translation>
    </message>
    <message>
        <source>run the action &apos;%1&apos;</source>
        <translation>die Aktion &apos;%1&apos; auszuführen</translation>
    </message>
    <message>
        <source>You have created a new action: &apos;%1&apos;, with matching response: &apos;%2&apos;. This action will not return its message in this session, but the new response will be saved to your domain file when you export this session.</source>
        <translation>Sie haben eine neue Aktion angelegt: &apos;%1&apos;, mit der passenden Antwort &apos;%2&apos;. Diese Aktion gibt in dieser Sitzung ihre Nachricht nicht aus, aber die neue Antwort wird beim Export dieser Sitzung in Ihre Domain-Datei geschrieben.</translation>
    </message>
    <message>
        <source>You have created a new action: &apos;%1&apos;, which was not successfully executed. If this action does not return any events, you do not need to do anything. If this is a custom action which returns events, implement it in your action server and try again.</source>
        <translation>Sie haben eine neue Aktion angelegt: &apos;%1&apos;, die nicht erfolgreich ausgeführt wurde. Wenn diese Aktion keine Ereignisse zurückgibt, müssen Sie nichts tun. Ist es eine Custom Action, die Ereignisse zurückgibt, implementieren Sie sie in Ihrem Action-Server und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>log the new action &apos;%1&apos;</source>
        <translation>die neue Aktion &apos;%1&apos; zu protokollieren</translation>
    </message>
    <message>
        <source>The server address is not valid.</source>
        <translation>Die Serveradresse ist ungültig.</translation>
    </message>
    <message>
        <source>connect to the Rasa server</source>
        <translation>sich mit dem Rasa-Server zu verbinden</translation>
    </message>
    <message>
        <source>The server runs another model than the one this session was recorded with. Predictions may differ from the stored conversation.</source>
        <translation>Auf dem Server läuft ein anderes Modell als das, mit dem diese Sitzung aufgezeichnet wurde. Vorhersagen können vom gespeicherten Gespräch abweichen.</translation>
    </message>
    <message>
        <source>Conversation %1</source>
        <translation>Gespräch %1</translation>
    </message>
    <message>
        <source>read the conversation from the server</source>
        <translation>das Gespräch vom Server zu lesen</translation>
    </message>
    <message>
        <source>The server holds different events for conversation &apos;%1&apos;. The session continues as conversation &apos;%2&apos;.</source>
        <translation>Der Server hat andere Ereignisse für das Gespräch &apos;%1&apos;. Die Sitzung wird als Gespräch &apos;%2&apos; fortgesetzt.</translation>
    </message>
    <message>
        <source>rebuild the conversation on the server</source>
        <translation>das Gespräch auf dem Server neu aufzubauen</translation>
    </message>
    <message>
        <source>The session already has a conversation &apos;%1&apos;.</source>
        <translation>Die Sitzung hat bereits ein Gespräch &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>There is no conversation %1.</source>
        <translation>Es gibt kein Gespräch %1.</translation>
    </message>
    <message>
        <source>There is nothing to undo in this story.</source>
        <translation>In dieser Story gibt es nichts rückgängig zu machen.</translation>
    </message>
    <message>
        <source>undo the last step</source>
        <translation>den letzten Schritt rückgängig zu machen</translation>
    </message>
    <message>
        <source>Choose a user message to fork before.</source>
        <translation>Wählen Sie eine Nutzernachricht, vor der verzweigt werden soll.</translation>
    </message>
    <message>
        <source>The message is in an earlier story of this conversation.</source>
        <translation>Die Nachricht gehört zu einer früheren Story dieses Gesprächs.</translation>
    </message>
    <message>
        <source>fork the conversation</source>
        <translation>das Gespräch zu verzweigen</translation>
    </message>
    <message>
        <source>restart the conversation</source>
        <translation>das Gespräch neu zu starten</translation>
    </message>
    <message>
        <source>This step cannot be tried again; reconnect instead.</source>
        <translation>Dieser Schritt kann nicht wiederholt werden; verbinden Sie sich stattdessen neu.</translation>
    </message>
    <message>
        <source>Type a message first.</source>
        <translation>Geben Sie zuerst eine Nachricht ein.</translation>
    </message>
    <message>
        <source>The session reached its limit of %1 messages. Export it, or raise the limit to go on.</source>
        <translation>Die Sitzung hat ihre Grenze von %1 Nachrichten erreicht. Exportieren Sie sie oder erhöhen Sie die Grenze, um weiterzumachen.</translation>
    </message>
    <message>
        <source>The button has no payload.</source>
        <translation>Die Schaltfläche hat keinen Payload.</translation>
    </message>
    <message>
        <source>send the message</source>
        <translation>die Nachricht zu senden</translation>
    </message>
    <message>
        <source>Choose the intent of the message first.</source>
        <translation>Wählen Sie zuerst den Intent der Nachricht.</translation>
    </message>
    <message>
        <source>Only mark entities: the text without markup must stay &apos;%1&apos;.</source>
        <translation>Nur Entitäten markieren: Der Text ohne Markup muss &apos;%1&apos; bleiben.</translation>
    </message>
    <message>
        <source>An intent name cannot be empty or contain spaces or brackets.</source>
        <translation>Ein Intent-Name darf nicht leer sein und keine Leerzeichen oder Klammern enthalten.</translation>
    </message>
    <message>
        <source>Choose an intent (a name without spaces or brackets).</source>
        <translation>Wählen Sie einen Intent (ein Name ohne Leerzeichen oder Klammern).</translation>
    </message>
    <message>
        <source>correct the NLU result</source>
        <translation>das NLU-Ergebnis zu korrigieren</translation>
    </message>
    <message>
        <source>Rasa 3 does not fill slots from corrected entities. Check the slots; set them with a custom action or in the stories if needed.</source>
        <translation>Rasa 3 füllt Slots nicht aus korrigierten Entitäten. Prüfen Sie die Slots; setzen Sie sie bei Bedarf mit einer Custom Action oder in den Storys.</translation>
    </message>
</context>
<context>
    <name>Coach::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;System Default</source>
        <translation>&amp;Systemstandard</translation>
    </message>
    <message>
        <source>Takes effect when Rasa Coach starts next</source>
        <translation>Wird beim nächsten Start von Rasa Coach wirksam</translation>
    </message>
</context>
<context>
    <name>Coach::LaunchProgressDialog</name>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Training progress</source>
        <translation>Trainingsfortschritt</translation>
    </message>
    <message>
        <source>What went wrong</source>
        <translation>Was schiefging</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Project:</source>
        <translation>Projekt:</translation>
    </message>
    <message>
        <source>Rasa:</source>
        <translation>Rasa:</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>Phase:</translation>
    </message>
    <message>
        <source>(looking for it)</source>
        <translation>(wird gesucht)</translation>
    </message>
    <message>
        <source>epoch %v of %m</source>
        <translation>Epoche %v von %m</translation>
    </message>
    <message>
        <source>Failed.</source>
        <translation>Fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>Coach::LauncherController</name>
    <message>
        <source>Rasa Output</source>
        <translation>Rasa-Ausgabe</translation>
    </message>
    <message>
        <source>Open &amp;Bot Project…</source>
        <translation>&amp;Bot-Projekt öffnen…</translation>
    </message>
    <message>
        <source>Train a bot project and start its Rasa server</source>
        <translation>Ein Bot-Projekt trainieren und seinen Rasa-Server starten</translation>
    </message>
    <message>
        <source>Re&amp;train &amp;&amp; Restart Server</source>
        <translation>Neu &amp;trainieren &amp;&amp; Server neu starten</translation>
    </message>
    <message>
        <source>&amp;Choose Rasa Executable…</source>
        <translation>Rasa-Programm &amp;wählen…</translation>
    </message>
    <message>
        <source>&amp;Find Rasa Automatically</source>
        <translation>Rasa &amp;automatisch suchen</translation>
    </message>
    <message numerus="yes">
        <source>Stopped %n Rasa process(es) left running by an earlier Rasa Coach.</source>
        <translation>
            <numerusform>%n Rasa-Prozess beendet, den ein früheres Rasa Coach laufen ließ.</numerusform>
            <numerusform>%n Rasa-Prozesse beendet, die ein früheres Rasa Coach laufen ließ.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Starting the Bot</source>
        <translation>Bot wird gestartet</translation>
    </message>
    <message>
        <source>Open Bot Project</source>
        <translation>Bot-Projekt öffnen</translation>
    </message>
    <message>
        <source>Retraining the Bot</source>
        <translation>Bot wird neu trainiert</translation>
    </message>
    <message>
        <source>Restarting the Bot</source>
        <translation>Bot wird neu gestartet</translation>
    </message>
    <message>
        <source>Retrain the bot with the exported data and load the new model into its server? The conversation goes on with the new model.</source>
        <translation>Den Bot mit den exportierten Daten neu trainieren und das neue Modell in seinen Server laden? Das Gespräch geht mit dem neuen Modell weiter.</translation>
    </message>
    <message>
        <source>Not in the bot project, so not trained on: %1</source>
        <translation>Nicht im Bot-Projekt, daher nicht trainiert: %1</translation>
    </message>
    <message>
        <source>Retrain &amp;&amp; Restart</source>
        <translation>Neu trainieren &amp;&amp; neu starten</translation>
    </message>
    <message>
        <source>Nothing changed since the last training; the server keeps its model.</source>
        <translation>Seit dem letzten Training hat sich nichts geändert; der Server behält sein Modell.</translation>
    </message>
    <message>
        <source>The server runs %1.</source>
        <translation>Der Server verwendet %1.</translation>
    </message>
    <message>
        <source>Replay</source>
        <translation>Wiedergabe</translation>
    </message>
    <message>
        <source>The server runs the new model. Replay the session&apos;s conversations against it?</source>
        <translation>Der Server verwendet das neue Modell. Die Gespräche der Sitzung damit erneut abspielen?</translation>
    </message>
    <message>
        <source>Rasa Stopped</source>
        <translation>Rasa wurde beendet</translation>
    </message>
    <message>
        <source>Restart the server?</source>
        <translation>Den Server neu starten?</translation>
    </message>
    <message>
        <source>Rasa Executable</source>
        <translation>Rasa-Programm</translation>
    </message>
    <message>
        <source>The rasa command or a Python interpreter with Rasa (*)</source>
        <translation>Der rasa-Befehl oder ein Python-Interpreter mit Rasa (*)</translation>
    </message>
</context>
<context>
    <name>Coach::MainWindow</name>
    <message>
        <source>&amp;Connect…</source>
        <translation>&amp;Verbinden…</translation>
    </message>
    <message>
        <source>Ctrl+K</source>
        <translation>Ctrl+K</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>&amp;Export Training Data…</source>
        <translation>Trainingsdaten &amp;exportieren…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Undo Last Step</source>
        <translation>Letzten Schritt &amp;rückgängig machen</translation>
    </message>
    <message>
        <source>&amp;Fork…</source>
        <translation>&amp;Verzweigen…</translation>
    </message>
    <message>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <source>&amp;Restart (Start Fresh)</source>
        <translation>Neu &amp;starten (von vorn beginnen)</translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation>Ctrl+R</translation>
    </message>
    <message>
        <source>&amp;New Conversation</source>
        <translation>&amp;Neues Gespräch</translation>
    </message>
    <message>
        <source>Fork &amp;Before This Message</source>
        <translation>Vor dieser Nachricht &amp;verzweigen</translation>
    </message>
    <message>
        <source>Removes the last user message or bot action from the conversation on the server.</source>
        <translation>Entfernt die letzte Nutzernachricht oder Bot-Aktion aus dem Gespräch auf dem Server.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Conversation</source>
        <translation>&amp;Gespräch</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptleiste</translation>
    </message>
    <message>
        <source>Conversation history</source>
        <translation>Gesprächsverlauf</translation>
    </message>
    <message>
        <source>Prompt</source>
        <translation>Eingabebereich</translation>
    </message>
    <message>
        <source>Slots</source>
        <translation>Slots</translation>
    </message>
    <message>
        <source>Event details</source>
        <translation>Ereignisdetails</translation>
    </message>
    <message>
        <source>Event Details</source>
        <translation>Ereignisdetails</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Meldungen</translation>
    </message>
    <message>
        <source>Story Graph</source>
        <translation>Story-Graph</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Rasa version</source>
        <translation>Rasa-Version</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Session state</source>
        <translation>Sitzungszustand</translation>
    </message>
    <message>
        <source>The crash journal could not be written: %1</source>
        <translation>Das Absturzjournal konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>No server</source>
        <translation>Kein Server</translation>
    </message>
    <message>
        <source>Rasa %1</source>
        <translation>Rasa %1</translation>
    </message>
    <message>
        <source>model %1</source>
        <translation>Modell %1</translation>
    </message>
    <message>
        <source>Disconnected</source>
        <translation>Getrennt</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Connecting</source>
        <translation>Verbinde</translation>
    </message>
    <message>
        <source>Listening</source>
        <translation>Hört zu</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Sende</translation>
    </message>
    <message>
        <source>Check NLU</source>
        <translation>NLU prüfen</translation>
    </message>
    <message>
        <source>Predicting</source>
        <translation>Sagt vorher</translation>
    </message>
    <message>
        <source>Check action</source>
        <translation>Aktion prüfen</translation>
    </message>
    <message>
        <source>Form question</source>
        <translation>Formularfrage</translation>
    </message>
    <message>
        <source>Executing</source>
        <translation>Führt aus</translation>
    </message>
    <message>
        <source>Updating</source>
        <translation>Aktualisiere</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Untitled</source>
        <translation>Unbenannt</translation>
    </message>
    <message>
        <source>%1[*] — Rasa Coach</source>
        <translation>%1[*] — Rasa Coach</translation>
    </message>
    <message>
        <source>Rasa Coach sessions (*.coach)</source>
        <translation>Rasa-Coach-Sitzungen (*.coach)</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1…</translation>
    </message>
    <message>
        <source>Open Session</source>
        <translation>Sitzung öffnen</translation>
    </message>
    <message>
        <source>Recover Session</source>
        <translation>Sitzung wiederherstellen</translation>
    </message>
    <message>
        <source>“%1” has changes that were not saved when Rasa Coach stopped (%2 steps, last at %3). Recover them?</source>
        <translation>„%1“ hat Änderungen, die beim Beenden von Rasa Coach nicht gespeichert waren (%2 Schritte, zuletzt um %3). Wiederherstellen?</translation>
    </message>
    <message>
        <source>Opened %1.</source>
        <translation>%1 geöffnet.</translation>
    </message>
    <message>
        <source>Save Session</source>
        <translation>Sitzung speichern</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Save Session As</source>
        <translation>Sitzung speichern unter</translation>
    </message>
    <message>
        <source>Unsaved Session</source>
        <translation>Ungespeicherte Sitzung</translation>
    </message>
    <message>
        <source>The session has changes that are not saved. Save them?</source>
        <translation>Die Sitzung hat ungespeicherte Änderungen. Speichern?</translation>
    </message>
    <message>
        <source>Rasa Coach did not close cleanly. Recover “%1” (%2 steps, last at %3)?</source>
        <translation>Rasa Coach wurde nicht sauber beendet. „%1“ wiederherstellen (%2 Schritte, zuletzt um %3)?</translation>
    </message>
    <message>
        <source>There is no user message to fork before.</source>
        <translation>Es gibt keine Nutzernachricht, vor der verzweigt werden kann.</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <source>Exported: %1</source>
        <translation>Exportiert: %1</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n file(s).</source>
        <translation>
            <numerusform>%n Datei exportiert.</numerusform>
            <numerusform>%n Dateien exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Story &amp;Graph</source>
        <translation>Story-&amp;Graph</translation>
    </message>
    <message>
        <source>Ctrl+G</source>
        <translation>Ctrl+G</translation>
    </message>
    <message>
        <source>Story graph</source>
        <translation>Story-Graph</translation>
    </message>
    <message>
        <source>Graph exported to %1</source>
        <translation>Graph nach %1 exportiert</translation>
    </message>
    <message>
        <source>Export…</source>
        <comment>toolbar</comment>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Undo</source>
        <comment>toolbar</comment>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Fork…</source>
        <comment>toolbar</comment>
        <translation>Verzweigen…</translation>
    </message>
    <message>
        <source>Restart</source>
        <comment>toolbar</comment>
        <translation>Neu starten</translation>
    </message>
    <message>
        <source>&amp;Rasa Executable</source>
        <translation>&amp;Rasa-Programm</translation>
    </message>
</context>
<context>
    <name>Coach::MarkdownNlu</name>
    <message>
        <source>unknown section &quot;%1&quot;</source>
        <translation>unbekannter Abschnitt &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; comes before the first section (## intent:name)</source>
        <translation>&quot;%1&quot; steht vor dem ersten Abschnitt (## intent:name)</translation>
    </message>
</context>
<context>
    <name>Coach::MarkdownStories</name>
    <message>
        <source>stories</source>
        <translation>Storys</translation>
    </message>
    <message>
        <source>%1 line %2</source>
        <translation>%1 Zeile %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; comes before the first story header (## name)</source>
        <translation>&quot;%1&quot; steht vor der ersten Story-Überschrift (## name)</translation>
    </message>
    <message>
        <source>%1 is not a JSON object</source>
        <translation>%1 ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>an event line needs a name</source>
        <translation>eine Ereigniszeile braucht einen Namen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an intent with a JSON object of entities</source>
        <translation>&quot;%1&quot; ist kein Intent mit einem JSON-Objekt aus Entitäten</translation>
    </message>
</context>
<context>
    <name>Coach::MessageInput</name>
    <message>
        <source>Type a message as the user and press Enter (↑/↓: earlier messages, /intent{&quot;entity&quot;: &quot;value&quot;} works too)</source>
        <translation>Tippen Sie als Nutzer eine Nachricht und drücken Sie Enter (↑/↓: frühere Nachrichten, /intent{&quot;entity&quot;: &quot;value&quot;} geht auch)</translation>
    </message>
    <message>
        <source>User message</source>
        <translation>Nutzernachricht</translation>
    </message>
</context>
<context>
    <name>Coach::NewActionDialog</name>
    <message>
        <source>Bot &amp;response:</source>
        <translation>Bot-&amp;Antwort:</translation>
    </message>
    <message>
        <source>New Response</source>
        <translation>Neue Antwort</translation>
    </message>
    <message>
        <source>New Action</source>
        <translation>Neue Aktion</translation>
    </message>
    <message>
        <source>Action name</source>
        <translation>Aktionsname</translation>
    </message>
    <message>
        <source>Response text</source>
        <translation>Antworttext</translation>
    </message>
    <message>
        <source>What the bot says. Enter finishes, Shift+Enter starts a new line.</source>
        <translation>Was der Bot sagt. Enter schließt ab, Umschalt+Enter beginnt eine neue Zeile.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Please enter an action name.</source>
        <translation>Bitte geben Sie einen Aktionsnamen ein.</translation>
    </message>
    <message>
        <source>Please enter a response.</source>
        <translation>Bitte geben Sie eine Antwort ein.</translation>
    </message>
    <message>
        <source>“%1” already exists in the domain or this session: the new text replaces it in the exported domain.</source>
        <translation>„%1“ existiert bereits in der Domain oder dieser Sitzung: Der neue Text ersetzt ihn in der exportierten Domain.</translation>
    </message>
    <message>
        <source>“%1” already exists: choose it from the list instead, or pick another name.</source>
        <translation>„%1“ existiert bereits: Wählen Sie es stattdessen aus der Liste oder nehmen Sie einen anderen Namen.</translation>
    </message>
</context>
<context>
    <name>Coach::NluCorrection</name>
    <message>
        <source>An entity needs a type without spaces or brackets.</source>
        <translation>Eine Entität braucht einen Typ ohne Leerzeichen oder Klammern.</translation>
    </message>
    <message>
        <source>The entity &apos;%1&apos; does not mark a part of the message.</source>
        <translation>Die Entität &apos;%1&apos; markiert keinen Teil der Nachricht.</translation>
    </message>
</context>
<context>
    <name>Coach::NluExporter</name>
    <message>
        <source>cannot merge into the existing NLU file: %1</source>
        <translation>in die vorhandene NLU-Datei kann nicht eingefügt werden: %1</translation>
    </message>
    <message>
        <source>the merged NLU data would not load: %1</source>
        <translation>die zusammengeführten NLU-Daten würden sich nicht laden lassen: %1</translation>
    </message>
</context>
<context>
    <name>Coach::NluQuestion</name>
    <message>
        <source>The intent &apos;%1&apos; of &apos;%2&apos; is not in the domain. What intent is it?</source>
        <translation>Der Intent &apos;%1&apos; von &apos;%2&apos; ist nicht in der Domain. Welcher Intent ist es?</translation>
    </message>
    <message>
        <source>The NLU classification for &apos;%1&apos; returned &apos;None&apos;. What intent is it?</source>
        <translation>Die NLU-Klassifikation für &apos;%1&apos; ergab &apos;None&apos;. Welcher Intent ist es?</translation>
    </message>
    <message>
        <source>Is the intent &apos;%1&apos; correct for &apos;%2&apos; and are all entities labeled correctly?</source>
        <translation>Ist der Intent &apos;%1&apos; für &apos;%2&apos; richtig, und sind alle Entitäten korrekt markiert?</translation>
    </message>
    <message>
        <source>Your NLU model classified &apos;%1&apos; with intent &apos;%2&apos; and there are no entities, is this correct?</source>
        <translation>Ihr NLU-Modell hat &apos;%1&apos; als Intent &apos;%2&apos; ohne Entitäten klassifiziert. Ist das richtig?</translation>
    </message>
</context>
<context>
    <name>Coach::NluReader</name>
    <message>
        <source>not an NLU file: the top level must be a mapping</source>
        <translation>keine NLU-Datei: Die oberste Ebene muss eine Zuordnung sein</translation>
    </message>
    <message>
        <source>&quot;nlu&quot; must be a list</source>
        <translation>&quot;nlu&quot; muss eine Liste sein</translation>
    </message>
    <message>
        <source>%1, item %2 of &quot;nlu&quot;</source>
        <translation>%1, Eintrag %2 von &quot;nlu&quot;</translation>
    </message>
    <message>
        <source>every item of &quot;nlu&quot; must be a mapping</source>
        <translation>jeder Eintrag von &quot;nlu&quot; muss eine Zuordnung sein</translation>
    </message>
    <message>
        <source>invalid JSON at offset %1: %2</source>
        <translation>ungültiges JSON an Position %1: %2</translation>
    </message>
    <message>
        <source>not Rasa NLU data: &quot;rasa_nlu_data&quot; is missing</source>
        <translation>keine Rasa-NLU-Daten: &quot;rasa_nlu_data&quot; fehlt</translation>
    </message>
    <message>
        <source>%1, example %2</source>
        <translation>%1, Beispiel %2</translation>
    </message>
</context>
<context>
    <name>Coach::PredictRequest</name>
    <message>
        <source>the prediction is not a JSON object</source>
        <translation>die Vorhersage ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>&quot;policy&quot; is neither text nor null</source>
        <translation>&quot;policy&quot; ist weder Text noch null</translation>
    </message>
    <message>
        <source>&quot;scores&quot; is not a list</source>
        <translation>&quot;scores&quot; ist keine Liste</translation>
    </message>
    <message>
        <source>the server predicted no action at all. Its model has no dialogue policy (Rasa: “Cannot continue as no action was predicted by the dialogue manager”). Add Core policies to config.yml and train the model again.</source>
        <translation>der Server hat überhaupt keine Aktion vorhergesagt. Sein Modell hat keine Dialog-Policy (Rasa: „Cannot continue as no action was predicted by the dialogue manager“). Fügen Sie Core-Policies in config.yml hinzu und trainieren Sie das Modell neu.</translation>
    </message>
    <message>
        <source>scores entry %1 has no &quot;action&quot; text and &quot;score&quot; number</source>
        <translation>Eintrag %1 von &quot;scores&quot; hat keinen Text &quot;action&quot; und keine Zahl &quot;score&quot;</translation>
    </message>
</context>
<context>
    <name>Coach::ProcessRegistry</name>
    <message>
        <source>The folder could not be created.</source>
        <translation>Der Ordner konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>The list of started processes could not be written: %1</source>
        <translation>Die Liste der gestarteten Prozesse konnte nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>Coach::ProjectLauncher</name>
    <message>
        <source>Looking for Rasa…</source>
        <translation>Rasa wird gesucht…</translation>
    </message>
    <message>
        <source>Asking %1 for its version…</source>
        <translation>%1 wird nach seiner Version gefragt…</translation>
    </message>
    <message>
        <source>Training with %1…</source>
        <translation>Training mit %1…</translation>
    </message>
    <message>
        <source>Loading the new model into the running server…</source>
        <translation>Das neue Modell wird in den laufenden Server geladen…</translation>
    </message>
    <message>
        <source>Starting the Rasa server…</source>
        <translation>Rasa-Server wird gestartet…</translation>
    </message>
    <message>
        <source>The Rasa server is ready.</source>
        <translation>Der Rasa-Server ist bereit.</translation>
    </message>
    <message>
        <source>The Rasa server runs the new model.</source>
        <translation>Der Rasa-Server verwendet das neue Modell.</translation>
    </message>
    <message>
        <source>Loading the new model failed (%1); restarting the server with it.</source>
        <translation>Das Laden des neuen Modells ist fehlgeschlagen (%1); der Server wird damit neu gestartet.</translation>
    </message>
</context>
<context>
    <name>Coach::PromptArea</name>
    <message>
        <source>Not connected. Connect to a Rasa server (Ctrl+K) or open a session (Ctrl+O).</source>
        <translation>Nicht verbunden. Verbinden Sie sich mit einem Rasa-Server (Strg+K) oder öffnen Sie eine Sitzung (Strg+O).</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Abbrechen (Esc)</translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Cancel step</source>
        <translation>Schritt &amp;abbrechen</translation>
    </message>
    <message>
        <source>Offline: this session is shown without a server. Connect (Ctrl+K) to continue it.</source>
        <translation>Offline: Diese Sitzung wird ohne Server angezeigt. Verbinden Sie sich (Strg+K), um sie fortzusetzen.</translation>
    </message>
    <message>
        <source>Connecting: waiting for the server and its model…</source>
        <translation>Verbinde: warte auf den Server und sein Modell…</translation>
    </message>
    <message>
        <source>Sending the message…</source>
        <translation>Die Nachricht wird gesendet…</translation>
    </message>
    <message>
        <source>Asking the bot for its next action…</source>
        <translation>Der Bot wird nach seiner nächsten Aktion gefragt…</translation>
    </message>
    <message>
        <source>Running the action…</source>
        <translation>Die Aktion wird ausgeführt…</translation>
    </message>
    <message>
        <source>Updating the conversation on the server…</source>
        <translation>Das Gespräch auf dem Server wird aktualisiert…</translation>
    </message>
    <message>
        <source>Working…</source>
        <translation>Bitte warten…</translation>
    </message>
    <message>
        <source>%1 (Alt+%2)</source>
        <translation>%1 (Alt+%2)</translation>
    </message>
</context>
<context>
    <name>Coach::RasaClient</name>
    <message>
        <source>Enter the address of the Rasa server, e.g. http://localhost:5005.</source>
        <translation>Geben Sie die Adresse des Rasa-Servers ein, z. B. http://localhost:5005.</translation>
    </message>
    <message>
        <source>“%1” is not a server address. Write it like http://localhost:5005.</source>
        <translation>„%1“ ist keine Serveradresse. Schreiben Sie sie wie http://localhost:5005.</translation>
    </message>
    <message>
        <source>Write only the server address (http://host:port); enter the token in its own field.</source>
        <translation>Schreiben Sie nur die Serveradresse (http://host:port); das Token gehört in sein eigenes Feld.</translation>
    </message>
</context>
<context>
    <name>Coach::RasaCommandLine</name>
    <message>
        <source>Rasa %1 cannot be told to listen on 127.0.0.1 only, and its Python interpreter is unknown. Choose the Python interpreter Rasa is installed in under Settings › Rasa Executable.</source>
        <translation>Rasa %1 lässt sich nicht anweisen, nur auf 127.0.0.1 zu lauschen, und sein Python-Interpreter ist unbekannt. Wählen Sie den Python-Interpreter, in dem Rasa installiert ist, unter Einstellungen › Rasa-Programm.</translation>
    </message>
</context>
<context>
    <name>Coach::RasaInstallation</name>
    <message>
        <source>Rasa %1 (%2)</source>
        <translation>Rasa %1 (%2)</translation>
    </message>
</context>
<context>
    <name>Coach::RasaRequest</name>
    <message>
        <source>the conversation id is empty</source>
        <translation>die Gesprächs-ID ist leer</translation>
    </message>
    <message>
        <source>there is no connection to a server</source>
        <translation>es besteht keine Verbindung zu einem Server</translation>
    </message>
    <message>
        <source>the server address is not a valid URL</source>
        <translation>die Serveradresse ist keine gültige URL</translation>
    </message>
    <message>
        <source>the connection closed after %1 bytes, before the whole answer arrived</source>
        <translation>die Verbindung wurde nach %1 Bytes geschlossen, bevor die ganze Antwort ankam</translation>
    </message>
    <message>
        <source>the answer is empty</source>
        <translation>die Antwort ist leer</translation>
    </message>
    <message>
        <source>%1 at byte %2</source>
        <translation>%1 bei Byte %2</translation>
    </message>
</context>
<context>
    <name>Coach::RasaTrainer</name>
    <message>
        <source>Rasa could not be started: %1</source>
        <translation>Rasa konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>The training was cancelled.</source>
        <translation>Das Training wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Training failed (exit code %1). The last lines of Rasa&apos;s output:
%2</source>
        <translation>Das Training ist fehlgeschlagen (Exit-Code %1). Die letzten Zeilen der Ausgabe von Rasa:
%2</translation>
    </message>
    <message>
        <source>Rasa finished training but no model was found in %1.</source>
        <translation>Rasa hat das Training beendet, aber in %1 wurde kein Modell gefunden.</translation>
    </message>
</context>
<context>
    <name>Coach::RasaVersionOutput</name>
    <message>
        <source>“rasa --version” did not print a “Rasa Version” line.</source>
        <translation>„rasa --version“ hat keine Zeile „Rasa Version“ ausgegeben.</translation>
    </message>
</context>
<context>
    <name>Coach::RasaVersionProbe</name>
    <message numerus="yes">
        <source>“rasa --version” did not answer within %n second(s).</source>
        <translation>
            <numerusform>„rasa --version“ hat nicht innerhalb von %n Sekunde geantwortet.</numerusform>
            <numerusform>„rasa --version“ hat nicht innerhalb von %n Sekunden geantwortet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Rasa could not be started: %1</source>
        <translation>Rasa konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>“rasa --version” failed (exit code %1). Its last lines:
%2</source>
        <translation>„rasa --version“ ist fehlgeschlagen (Exit-Code %1). Seine letzten Zeilen:
%2</translation>
    </message>
</context>
<context>
    <name>Coach::RecoveryCandidate</name>
    <message>
        <source>Unsaved session (%1)</source>
        <translation>Ungespeicherte Sitzung (%1)</translation>
    </message>
</context>
<context>
    <name>Coach::ServerLogPanel</name>
    <message>
        <source>Rasa output</source>
        <translation>Rasa-Ausgabe</translation>
    </message>
</context>
<context>
    <name>Coach::ServerReadinessWaiter</name>
    <message>
        <source>Not started</source>
        <translation>Nicht gestartet</translation>
    </message>
    <message>
        <source>Waiting for the server…</source>
        <translation>Warte auf den Server…</translation>
    </message>
    <message>
        <source>Waiting for a model to be loaded…</source>
        <translation>Warte, bis ein Modell geladen ist…</translation>
    </message>
    <message>
        <source>Reading the domain…</source>
        <translation>Lese die Domain…</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>there is no connection to a server</source>
        <translation>es besteht keine Verbindung zu einem Server</translation>
    </message>
    <message>
        <source>The server did not become ready (%1).</source>
        <translation>Der Server wurde nicht bereit (%1).</translation>
    </message>
    <message>
        <source>Last answer: %1</source>
        <translation>Letzte Antwort: %1</translation>
    </message>
</context>
<context>
    <name>Coach::SessionDocument</name>
    <message>
        <source>the session has no file name yet</source>
        <translation>die Sitzung hat noch keinen Dateinamen</translation>
    </message>
    <message>
        <source>Mark Turn Reviewed</source>
        <translation>Schritt als geprüft markieren</translation>
    </message>
    <message>
        <source>Unmark Turn Reviewed</source>
        <translation>Markierung „geprüft“ entfernen</translation>
    </message>
    <message>
        <source>Edit Note</source>
        <translation>Notiz bearbeiten</translation>
    </message>
    <message>
        <source>Rename Conversation</source>
        <translation>Gespräch umbenennen</translation>
    </message>
    <message>
        <source>no conversation id</source>
        <translation>keine Gesprächs-ID</translation>
    </message>
    <message>
        <source>conversations are out of order</source>
        <translation>die Gespräche sind nicht in der richtigen Reihenfolge</translation>
    </message>
    <message>
        <source>no conversation %1</source>
        <translation>kein Gespräch %1</translation>
    </message>
    <message>
        <source>unknown operation</source>
        <translation>unbekannte Operation</translation>
    </message>
    <message>
        <source>events are missing before this step</source>
        <translation>vor diesem Schritt fehlen Ereignisse</translation>
    </message>
    <message>
        <source>the events differ from the document&apos;s</source>
        <translation>die Ereignisse weichen von denen des Dokuments ab</translation>
    </message>
    <message>
        <source>no event %1</source>
        <translation>kein Ereignis %1</translation>
    </message>
    <message>
        <source>no name</source>
        <translation>kein Name</translation>
    </message>
</context>
<context>
    <name>Coach::SessionFormat</name>
    <message>
        <source>the autosave snapshot is damaged</source>
        <translation>der Autosave-Schnappschuss ist beschädigt</translation>
    </message>
    <message>
        <source>cannot write the file: %1</source>
        <translation>die Datei kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>the file is damaged or truncated (JSON error at byte %1: %2)</source>
        <translation>die Datei ist beschädigt oder abgeschnitten (JSON-Fehler bei Byte %1: %2)</translation>
    </message>
    <message>
        <source>invalid session: %1 %2</source>
        <translation>ungültige Sitzung: %1 %2</translation>
    </message>
    <message>
        <source>the file is damaged or truncated (%1)</source>
        <translation>die Datei ist beschädigt oder abgeschnitten (%1)</translation>
    </message>
</context>
<context>
    <name>Coach::SessionJournal</name>
    <message>
        <source>cannot lock the journal</source>
        <translation>das Journal kann nicht gesperrt werden</translation>
    </message>
    <message>
        <source>the journal is in use by another Rasa Coach</source>
        <translation>das Journal wird von einem anderen Rasa Coach verwendet</translation>
    </message>
    <message>
        <source>cannot read the journal: %1</source>
        <translation>das Journal kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>this is not a Rasa Coach journal, or its header is damaged</source>
        <translation>dies ist kein Rasa-Coach-Journal, oder sein Kopf ist beschädigt</translation>
    </message>
    <message>
        <source>the journal is closed</source>
        <translation>das Journal ist geschlossen</translation>
    </message>
    <message>
        <source>cannot write the journal: %1</source>
        <translation>das Journal kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>cannot open the journal: %1</source>
        <translation>das Journal kann nicht geöffnet werden: %1</translation>
    </message>
</context>
<context>
    <name>Coach::SessionRecovery</name>
    <message>
        <source>the session file was saved after this journal; there is nothing to recover</source>
        <translation>die Sitzungsdatei wurde nach diesem Journal gespeichert; es gibt nichts wiederherzustellen</translation>
    </message>
    <message>
        <source>journal record %1: %2</source>
        <translation>Journaleintrag %1: %2</translation>
    </message>
    <message>
        <source>the session is open in another Rasa Coach</source>
        <translation>die Sitzung ist in einem anderen Rasa Coach geöffnet</translation>
    </message>
</context>
<context>
    <name>Coach::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Search commands and keys…</source>
        <translation>Befehle und Tasten suchen…</translation>
    </message>
    <message>
        <source>Search shortcuts</source>
        <translation>Tastenkürzel durchsuchen</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menü</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel-Liste</translation>
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
        <translation>Wert</translation>
    </message>
</context>
<context>
    <name>Coach::StatusRequest</name>
    <message>
        <source>the answer has none of &quot;model_file&quot;, &quot;model_id&quot; and &quot;fingerprint&quot;</source>
        <translation>die Antwort hat weder &quot;model_file&quot; noch &quot;model_id&quot; noch &quot;fingerprint&quot;</translation>
    </message>
</context>
<context>
    <name>Coach::StoryExpander</name>
    <message>
        <source>Your stories and rules expand into more than %1 paths (checkpoints and OR steps multiply them), too many to draw. Simplify the checkpoints or draw fewer files.</source>
        <translation>Ihre Storys und Regeln ergeben mehr als %1 Pfade (Checkpoints und OR-Schritte vervielfachen sie), zu viele zum Zeichnen. Vereinfachen Sie die Checkpoints oder zeichnen Sie weniger Dateien.</translation>
    </message>
</context>
<context>
    <name>Coach::StoryReader</name>
    <message>
        <source>cannot read the stories: %1</source>
        <translation>die Storys können nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>Coach::StoryWriter</name>
    <message>
        <source>the output is not open for writing</source>
        <translation>die Ausgabe ist nicht zum Schreiben geöffnet</translation>
    </message>
</context>
<context>
    <name>Coach::TrackerImporter</name>
    <message>
        <source>cannot open the file: %1</source>
        <translation>die Datei kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>not JSON (%1)</source>
        <translation>kein JSON (%1)</translation>
    </message>
    <message>
        <source>this is a session file; open it instead of importing it</source>
        <translation>dies ist eine Sitzungsdatei; öffnen Sie sie, statt sie zu importieren</translation>
    </message>
    <message>
        <source>not a Rasa tracker: %1</source>
        <translation>kein Rasa-Tracker: %1</translation>
    </message>
</context>
<context>
    <name>Coach::TrackerResultRequest</name>
    <message>
        <source>the tracker is not an object with a &quot;sender_id&quot;</source>
        <translation>der Tracker ist kein Objekt mit &quot;sender_id&quot;</translation>
    </message>
</context>
<context>
    <name>Coach::TrackerSnapshot</name>
    <message>
        <source>a tracker must be a JSON object</source>
        <translation>ein Tracker muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>the tracker has no &quot;events&quot; list</source>
        <translation>der Tracker hat keine Liste &quot;events&quot;</translation>
    </message>
</context>
<context>
    <name>Coach::TrainingProgress</name>
    <message>
        <source>Starting Rasa…</source>
        <translation>Rasa startet…</translation>
    </message>
    <message>
        <source>Checking the domain and training data…</source>
        <translation>Domain und Trainingsdaten werden geprüft…</translation>
    </message>
    <message>
        <source>Training the NLU model…</source>
        <translation>Das NLU-Modell wird trainiert…</translation>
    </message>
    <message>
        <source>Training the dialogue model…</source>
        <translation>Das Dialogmodell wird trainiert…</translation>
    </message>
    <message>
        <source>Reusing %1 from Rasa&apos;s cache…</source>
        <translation>%1 wird aus dem Cache von Rasa übernommen…</translation>
    </message>
    <message>
        <source>Training %1…</source>
        <translation>%1 wird trainiert…</translation>
    </message>
    <message>
        <source>Nothing changed since the last training.</source>
        <translation>Seit dem letzten Training hat sich nichts geändert.</translation>
    </message>
    <message>
        <source>Trained.</source>
        <translation>Trainiert.</translation>
    </message>
</context>
<context>
    <name>Coach::VersionRequest</name>
    <message>
        <source>the answer has no &quot;version&quot; text</source>
        <translation>die Antwort hat keinen Text &quot;version&quot;</translation>
    </message>
</context>
<context>
    <name>Coach::YamlStories</name>
    <message>
        <source>stories</source>
        <translation>Storys</translation>
    </message>
    <message>
        <source>%1 line %2</source>
        <translation>%1 Zeile %2</translation>
    </message>
    <message>
        <source>not a stories file: the top level must be a mapping</source>
        <translation>keine Story-Datei: Die oberste Ebene muss eine Zuordnung sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a list</source>
        <translation>&quot;%1&quot; muss eine Liste sein</translation>
    </message>
    <message>
        <source>every rule must be a mapping with &quot;rule&quot; and &quot;steps&quot;</source>
        <translation>jede Regel muss eine Zuordnung mit &quot;rule&quot; und &quot;steps&quot; sein</translation>
    </message>
    <message>
        <source>every story must be a mapping with &quot;story&quot; and &quot;steps&quot;</source>
        <translation>jede Story muss eine Zuordnung mit &quot;story&quot; und &quot;steps&quot; sein</translation>
    </message>
    <message>
        <source>&quot;steps&quot; must be a list</source>
        <translation>&quot;steps&quot; muss eine Liste sein</translation>
    </message>
    <message>
        <source>&quot;condition&quot; must be a list of steps</source>
        <translation>&quot;condition&quot; muss eine Liste von Schritten sein</translation>
    </message>
    <message>
        <source>&quot;or&quot; must be a list of user steps</source>
        <translation>&quot;or&quot; muss eine Liste von Nutzerschritten sein</translation>
    </message>
    <message>
        <source>a step must be a mapping such as &quot;- intent: greet&quot;</source>
        <translation>ein Schritt muss eine Zuordnung wie &quot;- intent: greet&quot; sein</translation>
    </message>
    <message>
        <source>a user step needs &quot;intent&quot; or &quot;user&quot;</source>
        <translation>ein Nutzerschritt braucht &quot;intent&quot; oder &quot;user&quot;</translation>
    </message>
    <message>
        <source>the intent of a user step cannot be empty</source>
        <translation>der Intent eines Nutzerschritts darf nicht leer sein</translation>
    </message>
    <message>
        <source>&quot;entities&quot; must be a list</source>
        <translation>&quot;entities&quot; muss eine Liste sein</translation>
    </message>
    <message>
        <source>an entity must be &quot;- type: value&quot; or &quot;- type&quot;</source>
        <translation>eine Entität muss &quot;- typ: wert&quot; oder &quot;- typ&quot; sein</translation>
    </message>
    <message>
        <source>an entity needs a type besides &quot;role&quot; and &quot;group&quot;</source>
        <translation>eine Entität braucht neben &quot;role&quot; und &quot;group&quot; einen Typ</translation>
    </message>
    <message>
        <source>&quot;slot_was_set&quot; must be a list</source>
        <translation>&quot;slot_was_set&quot; muss eine Liste sein</translation>
    </message>
    <message>
        <source>a slot must be &quot;- name: value&quot; or &quot;- name&quot;</source>
        <translation>ein Slot muss &quot;- name: wert&quot; oder &quot;- name&quot; sein</translation>
    </message>
    <message>
        <source>checkpoint slots must be a list of &quot;- name: value&quot;</source>
        <translation>Checkpoint-Slots müssen eine Liste aus &quot;- name: wert&quot; sein</translation>
    </message>
</context>
<context>
    <name>Coach::YamlTextEditor</name>
    <message>
        <source>invalid YAML</source>
        <translation>ungültiges YAML</translation>
    </message>
    <message>
        <source>the file must be a mapping of keys written in block style</source>
        <translation>die Datei muss eine Zuordnung von Schlüsseln im Blockstil sein</translation>
    </message>
    <message>
        <source>the change would make the file invalid: %1</source>
        <translation>die Änderung würde die Datei ungültig machen: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a list</source>
        <translation>&quot;%1&quot; ist keine Liste</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a mapping</source>
        <translation>&quot;%1&quot; ist keine Zuordnung</translation>
    </message>
    <message>
        <source>cannot find the start of a flow collection</source>
        <translation>der Anfang einer Flow-Collection wurde nicht gefunden</translation>
    </message>
    <message>
        <source>cannot find the end of a flow collection</source>
        <translation>das Ende einer Flow-Collection wurde nicht gefunden</translation>
    </message>
    <message>
        <source>cannot add to a collection written in flow style ([...] or {...})</source>
        <translation>zu einer Collection im Flow-Stil ([...] oder {...}) kann nichts hinzugefügt werden</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>A session to open.</source>
        <translation>Eine zu öffnende Sitzung.</translation>
    </message>
    <message>
        <source>Connect to this Rasa server.</source>
        <translation>Mit diesem Rasa-Server verbinden.</translation>
    </message>
    <message>
        <source>Read the auth token from this environment variable.</source>
        <translation>Das Auth-Token aus dieser Umgebungsvariablen lesen.</translation>
    </message>
    <message>
        <source>Read a JWT from this environment variable.</source>
        <translation>Ein JWT aus dieser Umgebungsvariablen lesen.</translation>
    </message>
    <message>
        <source>The bot project folder.</source>
        <translation>Der Projektordner des Bots.</translation>
    </message>
    <message>
        <source>Conversation id to talk in.</source>
        <translation>Gesprächs-ID für das Gespräch.</translation>
    </message>
    <message>
        <source>Use this language (en, de, es) instead of the setting.</source>
        <translation>Diese Sprache (en, de, es) statt der Einstellung verwenden.</translation>
    </message>
    <message>
        <source>Teach a Rasa chatbot by talking to it.

Headless: rasa-coach export … | rasa-coach graph … (see rasa-coach export --help, rasa-coach graph --help).</source>
        <translation>Einem Rasa-Chatbot im Gespräch etwas beibringen.

Ohne Oberfläche: rasa-coach export … | rasa-coach graph … (siehe rasa-coach export --help, rasa-coach graph --help).</translation>
    </message>
    <message>
        <source>Train the bot of --project, start its Rasa server (and action server) and connect to it.</source>
        <translation>Den Bot von --project trainieren, seinen Rasa-Server (und Action-Server) starten und sich damit verbinden.</translation>
    </message>
    <message>
        <source>--start-server needs --project DIR.</source>
        <translation>--start-server braucht --project ORDNER.</translation>
    </message>
    <message>
        <source>Use either --server or --start-server.</source>
        <translation>Verwenden Sie entweder --server oder --start-server.</translation>
    </message>
</context>
</TS>
