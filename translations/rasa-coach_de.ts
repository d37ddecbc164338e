<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
        <translation>Neue A&amp;ktion…</translation>
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
    <name>Coach::Annotation</name>
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
        <source>&quot;value&quot; must be text or a number in the entity annotation %1</source>
        <translation>„value“ muss in der Entity-Annotation %1 Text oder eine Zahl sein</translation>
    </message>
    <message>
        <source>the entity list [%1] holds no entity</source>
        <translation>die Entitätsliste [%1] enthält keine Entität</translation>
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
        <source>Confirm (Enter)</source>
        <translation>Bestätigen (Enter)</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;i&gt;Intent “%1” and entities changed: Enter applies the correction.&lt;/i&gt;</source>
        <translation>&lt;br&gt;&lt;i&gt;Intent „%1“ und Entitäten geändert: Enter übernimmt die Korrektur.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;i&gt;Intent changed to “%1”: Enter applies the correction.&lt;/i&gt;</source>
        <translation>&lt;br&gt;&lt;i&gt;Intent zu „%1“ geändert: Enter übernimmt die Korrektur.&lt;/i&gt;</translation>
    </message>
    <message>
        <source>&lt;br&gt;&lt;small&gt;In any order: type or 1–9 to choose the intent · Ctrl+E, then Shift+arrows and E (or drag the mouse) to mark an entity, Enter or Esc in its form · Delete removes one. Then Enter commits intent and entities · Ctrl+M: Rasa markup&lt;/small&gt;</source>
        <translation>&lt;br&gt;&lt;small&gt;In beliebiger Reihenfolge: tippen oder 1–9 wählt den Intent · Strg+E, dann Umschalt+Pfeiltasten und E (oder mit der Maus ziehen) markiert eine Entität, Enter oder Esc im Formular · Entf entfernt eine. Dann übernimmt Enter Intent und Entitäten · Strg+M: Rasa-Markup&lt;/small&gt;</translation>
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
    <message>
        <source>The Rasa server</source>
        <translation>Der Rasa-Server</translation>
    </message>
    <message>
        <source>The action server</source>
        <translation>Der Action-Server</translation>
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
    <name>Coach::CheckCommand</name>
    <message>
        <source>Find story structure conflicts as Rasa&apos;s &quot;rasa data validate stories&quot; does.</source>
        <translation>Findet Konflikte in der Story-Struktur wie Rasas „rasa data validate stories“.</translation>
    </message>
    <message>
        <source>The bot project (domain.yml, data/, config.yml).</source>
        <translation>Das Bot-Projekt (domain.yml, data/, config.yml).</translation>
    </message>
    <message>
        <source>A Rasa Coach session (*.coach) whose conversations to check too.</source>
        <translation>Eine Rasa-Coach-Sitzung (*.coach), deren Gespräche mitgeprüft werden.</translation>
    </message>
    <message>
        <source>How many states before an action count (default: config.yml&apos;s policies, else all).</source>
        <translation>Wie viele Zustände vor einer Aktion zählen (Standard: die Policies in config.yml, sonst alle).</translation>
    </message>
    <message>
        <source>text (Rasa&apos;s messages) or json.</source>
        <translation>text (Rasas Meldungen) oder json.</translation>
    </message>
    <message>
        <source>Exit with 1 when there are conflicts.</source>
        <translation>Mit 1 beenden, wenn es Konflikte gibt.</translation>
    </message>
    <message>
        <source>--project is required</source>
        <translation>--project ist erforderlich</translation>
    </message>
    <message>
        <source>--format must be text or json</source>
        <translation>--format muss text oder json sein</translation>
    </message>
    <message>
        <source>--max-history must be a positive number</source>
        <translation>--max-history muss eine positive Zahl sein</translation>
    </message>
    <message>
        <source>rasa-coach check: %1</source>
        <translation>rasa-coach check: %1</translation>
    </message>
    <message>
        <source>Story structure conflicts found: %1.</source>
        <translation>Gefundene Konflikte in der Story-Struktur: %1.</translation>
    </message>
    <message>
        <source>Try &quot;rasa-coach check --help&quot;.</source>
        <translation>Siehe „rasa-coach check --help“.</translation>
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
    <name>Coach::CommandOptions</name>
    <message>
        <source>Usage: rasa-coach %1 [options]</source>
        <translation>Aufruf: rasa-coach %1 [Optionen]</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unerwartetes Argument &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>Coach::ConflictMonitor</name>
    <message>
        <source>Reading the stories of %1…</source>
        <translation>Lese die Stories von %1 …</translation>
    </message>
</context>
<context>
    <name>Coach::ConflictProject</name>
    <message>
        <source>&quot;policies&quot; must be a list</source>
        <translation>„policies“ muss eine Liste sein</translation>
    </message>
    <message>
        <source>max_history of %1 must be a positive number</source>
        <translation>max_history von %1 muss eine positive Zahl sein</translation>
    </message>
    <message>
        <source>not a folder</source>
        <translation>kein Ordner</translation>
    </message>
    <message>
        <source>a domain folder is not supported; merge it into one domain.yml</source>
        <translation>ein Domain-Ordner wird nicht unterstützt; bitte in eine domain.yml zusammenführen</translation>
    </message>
    <message>
        <source>the project has no domain.yml</source>
        <translation>das Projekt hat keine domain.yml</translation>
    </message>
    <message>
        <source>max_history %1, from --max-history</source>
        <translation>max_history %1, aus --max-history</translation>
    </message>
    <message>
        <source>max_history %1, from config.yml (%2)</source>
        <translation>max_history %1, aus config.yml (%2)</translation>
    </message>
    <message>
        <source>the whole history, Rasa&apos;s default (config.yml gives no max_history)</source>
        <translation>der ganze Verlauf, Rasas Standard (config.yml gibt kein max_history an)</translation>
    </message>
</context>
<context>
    <name>Coach::ConflictStoryDialog</name>
    <message>
        <source>Story “%1”</source>
        <translation>Story „%1“</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, Zeile %2</translation>
    </message>
    <message>
        <source>this session&apos;s conversation “%1”</source>
        <translation>dem Gespräch „%1“ dieser Sitzung</translation>
    </message>
    <message>
        <source>From %1</source>
        <translation>Aus %1</translation>
    </message>
    <message>
        <source>Story steps</source>
        <translation>Story-Schritte</translation>
    </message>
</context>
<context>
    <name>Coach::ConflictWarning</name>
    <message numerus="yes">
        <source>%n more</source>
        <translation>
            <numerusform>%n weitere</numerusform>
            <numerusform>%n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Story conflict</source>
        <translation>Story-Konflikt</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; in %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; in %2</translation>
    </message>
    <message>
        <source>Choosing &lt;b&gt;%1&lt;/b&gt; here contradicts the training data after %2: %3.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; hier zu wählen widerspricht den Trainingsdaten nach %2: %3.</translation>
    </message>
    <message>
        <source>Story conflict after %1: this conversation runs &lt;b&gt;%2&lt;/b&gt;, but %3.</source>
        <translation>Story-Konflikt nach %1: dieses Gespräch führt &lt;b&gt;%2&lt;/b&gt; aus, aber %3.</translation>
    </message>
    <message>
        <source>All conflicts…</source>
        <translation>Alle Konflikte …</translation>
    </message>
</context>
<context>
    <name>Coach::ConflictsPanel</name>
    <message>
        <source>Story conflicts</source>
        <translation>Story-Konflikte</translation>
    </message>
    <message>
        <source>No bot project: connect with a project folder to check its stories.</source>
        <translation>Kein Bot-Projekt: mit einem Projektordner verbinden, um seine Stories zu prüfen.</translation>
    </message>
    <message>
        <source>The stories cannot be checked: %1</source>
        <translation>Die Stories können nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>Conflicts: %1; %2.</source>
        <translation>Konflikte: %1; %2.</translation>
    </message>
    <message>
        <source>After %1</source>
        <translation>Nach %1</translation>
    </message>
    <message>
        <source>Double-click to show its steps</source>
        <translation>Doppelklick zeigt die Schritte</translation>
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
        <source>Conti&amp;nue a conversation stored on the server</source>
        <translation>Ein auf dem Server gespeichertes Gespräch &amp;fortsetzen</translation>
    </message>
    <message>
        <source>Show &amp;What the Server Holds</source>
        <translation>&amp;Zeigen, was der Server hat</translation>
    </message>
    <message>
        <source>conversation (sender) id on the server</source>
        <translation>Gesprächs-ID (Sender) auf dem Server</translation>
    </message>
    <message>
        <source>Conversation id</source>
        <translation>Gesprächs-ID</translation>
    </message>
    <message>
        <source>A new session starts a new conversation; an open session continues its own.</source>
        <translation>Eine neue Sitzung beginnt ein neues Gespräch; eine geöffnete Sitzung setzt ihr eigenes fort.</translation>
    </message>
    <message>
        <source>Asking the server about “%1”…</source>
        <translation>Frage den Server nach „%1“…</translation>
    </message>
    <message>
        <source>Enter the id of the conversation to continue.</source>
        <translation>Geben Sie die ID des fortzusetzenden Gesprächs ein.</translation>
    </message>
    <message>
        <source>No desktop keyring answers: the secret is kept in memory until Rasa Coach quits.</source>
        <translation>Kein Schlüsselbund des Systems antwortet: Das Geheimnis bleibt im Speicher, bis Rasa Coach beendet wird.</translation>
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
    <name>Coach::ConversationFeeder</name>
    <message>
        <source>no session</source>
        <translation>keine Sitzung</translation>
    </message>
    <message>
        <source>the conversation has no typed user message</source>
        <translation>das Gespräch hat keine getippte Nutzernachricht</translation>
    </message>
</context>
<context>
    <name>Coach::ConversationListPanel</name>
    <message>
        <source>Conversations and stories</source>
        <translation>Gespräche und Storys</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Gespräche</translation>
    </message>
    <message>
        <source>Enter or double-click: continue this conversation</source>
        <translation>Enter oder Doppelklick: dieses Gespräch fortsetzen</translation>
    </message>
    <message>
        <source>Turns of the selected story</source>
        <translation>Schritte der gewählten Story</translation>
    </message>
    <message>
        <source>forked before “%1”</source>
        <translation>verzweigt vor „%1“</translation>
    </message>
    <message>
        <source>forked from story %1</source>
        <translation>verzweigt aus Story %1</translation>
    </message>
    <message>
        <source>restarted</source>
        <translation>neu gestartet</translation>
    </message>
    <message>
        <source>no messages yet</source>
        <translation>noch keine Nachrichten</translation>
    </message>
    <message numerus="yes">
        <source>%n message(s)</source>
        <translation>
            <numerusform>%n Nachricht</numerusform>
            <numerusform>%n Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <source>Story %1</source>
        <translation>Story %1</translation>
    </message>
    <message>
        <source>You: %1 (%2)</source>
        <translation>Sie: %1 (%2)</translation>
    </message>
    <message>
        <source>Bot says: %1</source>
        <translation>Bot sagt: %1</translation>
    </message>
    <message>
        <source>Bot runs: %1</source>
        <translation>Bot führt aus: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n story/stories)</source>
        <translation>
            <numerusform>%1 (%n Story)</numerusform>
            <numerusform>%1 (%n Storys)</numerusform>
        </translation>
    </message>
    <message>
        <source>Conversation id: %1</source>
        <translation>Gesprächs-ID: %1</translation>
    </message>
</context>
<context>
    <name>Coach::ConversationLookup</name>
    <message>
        <source>The server holds no messages for “%1”: the conversation starts there.</source>
        <translation>Der Server hat keine Nachrichten für „%1“: Das Gespräch beginnt dort.</translation>
    </message>
    <message numerus="yes">
        <source>The server holds %n user message(s) for “%1”; the last, on %2: “%3”. Connecting continues this conversation.</source>
        <translation>
            <numerusform>Der Server hat %n Nachricht des Benutzers für „%1“, vom %2: „%3“. Verbinden setzt dieses Gespräch fort.</numerusform>
            <numerusform>Der Server hat %n Nachrichten des Benutzers für „%1“; die letzte, vom %2: „%3“. Verbinden setzt dieses Gespräch fort.</numerusform>
        </translation>
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
    <message>
        <source>When a new response has the name of a response the domain already has, the export keeps the domain&apos;s text unless you choose to replace it with the session&apos;s text.</source>
        <translation>Hat eine neue Antwort den Namen einer Antwort, die die Domain schon hat, behält der Export den Text der Domain, außer Sie wählen, ihn durch den Text der Sitzung zu ersetzen.</translation>
    </message>
    <message>
        <source>cannot replace responses written in flow style ({...})</source>
        <translation>Antworten im Flow-Stil ({...}) können nicht ersetzt werden</translation>
    </message>
</context>
<context>
    <name>Coach::EndpointsFile</name>
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
        <source>&amp;Entity:</source>
        <translation>E&amp;ntität:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>Gr&amp;uppe:</translation>
    </message>
    <message>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <source>Mark (Enter)</source>
        <translation>Markieren (Enter)</translation>
    </message>
    <message>
        <source>Cancel (Esc)</source>
        <translation>Abbrechen (Esc)</translation>
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
    <name>Coach::EnvInterpolation</name>
    <message>
        <source>environment variables are not set: %1</source>
        <translation>Umgebungsvariablen sind nicht gesetzt: %1</translation>
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
        <source>Select a row of the history to see its event.</source>
        <translation>Wählen Sie eine Zeile des Verlaufs, um ihr Ereignis zu sehen.</translation>
    </message>
    <message>
        <source>Event JSON</source>
        <translation>Ereignis-JSON</translation>
    </message>
    <message>
        <source>Co&amp;py JSON</source>
        <translation>JSON ko&amp;pieren</translation>
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
    <name>Coach::ExportCommand</name>
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
        <source>A Rasa Coach session (.coach): its conversations, domain snapshot, new responses, export paths and Rasa version.</source>
        <translation>Eine Rasa-Coach-Sitzung (.coach): ihre Gespräche, Domain-Momentaufnahme, neuen Antworten, Exportpfade und Rasa-Version.</translation>
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
        <source>&quot;keep&quot; (the default) keeps the domain&apos;s text, &quot;replace&quot; writes the session&apos;s.</source>
        <translation>„keep“ (Standard) behält den Text der Domain, „replace“ schreibt den der Sitzung.</translation>
    </message>
    <message>
        <source>With --session: also write what was exported into the session file&apos;s export records, so that a later export replaces changed stories in place instead of adding them again. This changes the session file.</source>
        <translation>Mit --session: schreibt auch in die Exportvermerke der Sitzungsdatei, was exportiert wurde, damit ein späterer Export geänderte Storys an ihrer Stelle ersetzt, statt sie erneut hinzuzufügen. Dies ändert die Sitzungsdatei.</translation>
    </message>
    <message>
        <source>Print what would change; write nothing.</source>
        <translation>Anzeigen, was sich ändern würde; nichts schreiben.</translation>
    </message>
    <message>
        <source>nothing to export: give --stories, --nlu or --domain-out</source>
        <translation>nichts zu exportieren: geben Sie --stories, --nlu oder --domain-out an</translation>
    </message>
    <message>
        <source>--responses must be &quot;keep&quot; or &quot;replace&quot;</source>
        <translation>--responses muss „keep“ oder „replace“ sein</translation>
    </message>
    <message>
        <source>--update-session needs a --session file</source>
        <translation>--update-session braucht eine --session-Datei</translation>
    </message>
    <message>
        <source>give the bot&apos;s domain with --domain</source>
        <translation>geben Sie die Domain des Bots mit --domain an</translation>
    </message>
    <message>
        <source>give at least one --tracker file or a --session</source>
        <translation>geben Sie mindestens eine --tracker-Datei oder eine --session an</translation>
    </message>
    <message>
        <source>note: the response &quot;%1&quot; already exists with other texts; the session&apos;s text replaces it</source>
        <translation>Hinweis: Die Antwort „%1“ gibt es schon mit anderen Texten; der Text der Sitzung ersetzt sie</translation>
    </message>
    <message>
        <source>warning: the response &quot;%1&quot; already exists with other texts; the domain keeps its text (--responses replace writes the session&apos;s)</source>
        <translation>Warnung: Die Antwort „%1“ gibt es schon mit anderen Texten; die Domain behält ihren Text (--responses replace schreibt den der Sitzung)</translation>
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
        <source>Nothing to write: the files already contain everything.</source>
        <translation>Nichts zu schreiben: Die Dateien enthalten bereits alles.</translation>
    </message>
    <message>
        <source>Writing failed: %1</source>
        <translation>Schreiben fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Keep the domain&apos;s text</source>
        <translation>Text der Domain behalten</translation>
    </message>
    <message>
        <source>Replace it with the session&apos;s text</source>
        <translation>Durch den Text der Sitzung ersetzen</translation>
    </message>
    <message>
        <source>Response &amp;clashes:</source>
        <translation>Antwort-&amp;Konflikte:</translation>
    </message>
    <message>
        <source>Nothing to write: the files already contain everything. Writing keeps that in the session.</source>
        <translation>Nichts zu schreiben: Die Dateien enthalten schon alles. Schreiben vermerkt das in der Sitzung.</translation>
    </message>
    <message>
        <source>Response “%1” already exists in the domain with other text: the session&apos;s text replaces it.</source>
        <translation>Die Antwort „%1“ gibt es in der Domain schon mit anderem Text: Der Text der Sitzung ersetzt ihn.</translation>
    </message>
    <message>
        <source>Response “%1” already exists in the domain with other text: the domain keeps its text.</source>
        <translation>Die Antwort „%1“ gibt es in der Domain schon mit anderem Text: Die Domain behält ihren Text.</translation>
    </message>
    <message>
        <source>Stories</source>
        <translation>Storys</translation>
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
    <message>
        <source>; responses replaced: %1</source>
        <translation>; Antworten ersetzt: %1</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>ist ein Ordner, keine Datei</translation>
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
        <source>stories: %1 new, %2 replaced, %3 unchanged, %4 skipped as duplicates</source>
        <translation>Storys: %1 neu, %2 ersetzt, %3 unverändert, %4 als Duplikate übersprungen</translation>
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
    <name>Coach::GraphCanvas</name>
    <message>
        <source>Story graph</source>
        <translation>Story-Graph</translation>
    </message>
</context>
<context>
    <name>Coach::GraphCommand</name>
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
    <message>
        <source>Follow</source>
        <translation>Folgen</translation>
    </message>
    <message>
        <source>Follow the conversation at a readable size</source>
        <translation>Dem Gespräch in lesbarer Größe folgen</translation>
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
    <name>Coach::InboxCommand</name>
    <message>
        <source>The tracker store: postgresql://USER@HOST:PORT/DB or sqlite:///PATH.</source>
        <translation>Der Tracker-Store: postgresql://USER@HOST:PORT/DB oder sqlite:///PFAD.</translation>
    </message>
    <message>
        <source>The bot&apos;s endpoints.yml (its tracker_store section).</source>
        <translation>Die endpoints.yml des Bots (ihr Abschnitt tracker_store).</translation>
    </message>
    <message>
        <source>Conversations with a user message of this intent; repeatable (any of).</source>
        <translation>Gespräche mit einer Nutzernachricht dieses Intents; wiederholbar (einer davon).</translation>
    </message>
    <message>
        <source>Conversations in which this action ran; repeatable (any of).</source>
        <translation>Gespräche, in denen diese Aktion lief; wiederholbar (eine davon).</translation>
    </message>
    <message>
        <source>Conversations whose lowest intent confidence is below C.</source>
        <translation>Gespräche, deren niedrigste Intent-Konfidenz unter C liegt.</translation>
    </message>
    <message>
        <source>Conversations whose last event is at or after this time (UTC).</source>
        <translation>Gespräche, deren letztes Ereignis zu oder nach dieser Zeit liegt (UTC).</translation>
    </message>
    <message>
        <source>Conversations whose last event is at or before this time (UTC).</source>
        <translation>Gespräche, deren letztes Ereignis zu oder vor dieser Zeit liegt (UTC).</translation>
    </message>
    <message>
        <source>Conversations with at least N user messages.</source>
        <translation>Gespräche mit mindestens N Nutzernachrichten.</translation>
    </message>
    <message>
        <source>Conversations with a user message containing S (any case).</source>
        <translation>Gespräche mit einer Nutzernachricht, die S enthält (Groß-/Kleinschreibung egal).</translation>
    </message>
    <message>
        <source>Print at most N conversations (after sorting).</source>
        <translation>Höchstens N Gespräche ausgeben (nach dem Sortieren).</translation>
    </message>
    <message>
        <source>Output format: json or csv.</source>
        <translation>Ausgabeformat: json oder csv.</translation>
    </message>
    <message>
        <source>Neither read nor write the app&apos;s cache of the store.</source>
        <translation>Den Zwischenspeicher der App für den Store weder lesen noch schreiben.</translation>
    </message>
    <message>
        <source>--%1 needs a whole number of 0 or more</source>
        <translation>--%1 braucht eine ganze Zahl ab 0</translation>
    </message>
    <message>
        <source>give either --tracker-store URL or --endpoints FILE</source>
        <translation>entweder --tracker-store URL oder --endpoints DATEI angeben</translation>
    </message>
    <message>
        <source>--below needs a number</source>
        <translation>--below braucht eine Zahl</translation>
    </message>
    <message>
        <source>give --format json or --format csv</source>
        <translation>--format json oder --format csv angeben</translation>
    </message>
    <message>
        <source>Password for %1: </source>
        <translation>Passwort für %1: </translation>
    </message>
    <message>
        <source>%1 (set RASA_COACH_DB_PASSWORD)</source>
        <translation>%1 (RASA_COACH_DB_PASSWORD setzen)</translation>
    </message>
</context>
<context>
    <name>Coach::InboxConnector</name>
    <message>
        <source>Name the tracker store: postgresql://USER@HOST:PORT/DB, sqlite:///PATH or the bot&apos;s endpoints.yml.</source>
        <translation>Tracker-Store angeben: postgresql://USER@HOST:PORT/DB, sqlite:///PFAD oder die endpoints.yml des Bots.</translation>
    </message>
    <message>
        <source>Reviews stay in this session: %1</source>
        <translation>Reviews bleiben in dieser Sitzung: %1</translation>
    </message>
</context>
<context>
    <name>Coach::InboxCorrectionDialog</name>
    <message>
        <source>Correct %1</source>
        <translation>%1 korrigieren</translation>
    </message>
    <message>
        <source>Keep the rest as it is</source>
        <translation>Den Rest so lassen</translation>
    </message>
    <message>
        <source>Turn %1 of %2</source>
        <translation>Schritt %1 von %2</translation>
    </message>
</context>
<context>
    <name>Coach::InboxFilter</name>
    <message>
        <source>&quot;%1&quot; is not an ISO 8601 date or time (e.g. 2024-05-01 or 2024-05-01T12:30:00Z)</source>
        <translation>„%1“ ist kein Datum und keine Zeit nach ISO 8601 (z. B. 2024-05-01 oder 2024-05-01T12:30:00Z)</translation>
    </message>
</context>
<context>
    <name>Coach::InboxFilterBar</name>
    <message>
        <source>any intent; a, b = either</source>
        <translation>jeder Intent; a, b = einer davon</translation>
    </message>
    <message>
        <source>Intents</source>
        <translation>Intents</translation>
    </message>
    <message>
        <source>any action; a, b = either</source>
        <translation>jede Aktion; a, b = eine davon</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <source>text in a user message</source>
        <translation>Text in einer Nutzernachricht</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>any tag; a, b = either</source>
        <translation>jedes Schlagwort; a, b = eines davon</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Confidence below</source>
        <translation>Konfidenz unter</translation>
    </message>
    <message>
        <source>Active since</source>
        <translation>Aktiv seit</translation>
    </message>
    <message>
        <source>until</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Minimum user turns</source>
        <translation>Mindestzahl Nutzerschritte</translation>
    </message>
    <message>
        <source>all conversations</source>
        <translation>alle Gespräche</translation>
    </message>
    <message>
        <source>not reviewed</source>
        <translation>nicht geprüft</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>geprüft</translation>
    </message>
    <message>
        <source>Review state</source>
        <translation>Prüfstatus</translation>
    </message>
    <message>
        <source>Intents:</source>
        <translation>Intents:</translation>
    </message>
    <message>
        <source>Actions:</source>
        <translation>Aktionen:</translation>
    </message>
    <message>
        <source>Text:</source>
        <translation>Text:</translation>
    </message>
    <message>
        <source>Tags:</source>
        <translation>Schlagwörter:</translation>
    </message>
    <message>
        <source>At least turns:</source>
        <translation>Mindestens Schritte:</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Zeigen:</translation>
    </message>
</context>
<context>
    <name>Coach::InboxIntegration</name>
    <message>
        <source>Inbox</source>
        <translation>Posteingang</translation>
    </message>
    <message>
        <source>Inbox: %1 (read-only; Correct it to annotate)</source>
        <translation>Posteingang: %1 (nur lesen; zum Annotieren „Korrigieren“)</translation>
    </message>
    <message>
        <source>Inbox: %1, the last %2 events; reading the rest…</source>
        <translation>Posteingang: %1, die letzten %2 Ereignisse; der Rest wird gelesen …</translation>
    </message>
    <message>
        <source>Replaying %1 on the server: message %2 of %3</source>
        <translation>%1 wird auf dem Server wiederholt: Nachricht %2 von %3</translation>
    </message>
    <message>
        <source>Cannot replay %1: %2</source>
        <translation>%1 lässt sich nicht wiederholen: %2</translation>
    </message>
    <message>
        <source>&amp;Inbox</source>
        <translation>&amp;Posteingang</translation>
    </message>
</context>
<context>
    <name>Coach::InboxModel</name>
    <message>
        <source>fallback</source>
        <translation>Fallback</translation>
    </message>
    <message>
        <source>claimed by %1</source>
        <translation>übernommen von %1</translation>
    </message>
    <message>
        <source>reviewed by %1</source>
        <translation>geprüft von %1</translation>
    </message>
    <message>
        <source>claimed by you</source>
        <translation>von dir übernommen</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Absender</translation>
    </message>
    <message>
        <source>First activity</source>
        <translation>Erste Aktivität</translation>
    </message>
    <message>
        <source>Last activity</source>
        <translation>Letzte Aktivität</translation>
    </message>
    <message>
        <source>Turns</source>
        <translation>Schritte</translation>
    </message>
    <message>
        <source>Lowest confidence</source>
        <translation>Niedrigste Konfidenz</translation>
    </message>
    <message>
        <source>Latest intent</source>
        <translation>Letzter Intent</translation>
    </message>
    <message>
        <source>Fallback</source>
        <translation>Fallback</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
</context>
<context>
    <name>Coach::InboxPanel</name>
    <message>
        <source>Database password</source>
        <translation>Datenbankpasswort</translation>
    </message>
    <message>
        <source>Password for %1:</source>
        <translation>Passwort für %1:</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Gespräche</translation>
    </message>
    <message>
        <source>NLU inbox</source>
        <translation>NLU-Posteingang</translation>
    </message>
    <message>
        <source>postgresql://USER@HOST:PORT/DB, sqlite:///PATH or endpoints.yml</source>
        <translation>postgresql://USER@HOST:PORT/DB, sqlite:///PFAD oder endpoints.yml</translation>
    </message>
    <message>
        <source>Tracker store</source>
        <translation>Tracker-Store</translation>
    </message>
    <message>
        <source>team review database (postgresql://…, or &quot;store&quot;); empty: this session</source>
        <translation>Review-Datenbank des Teams (postgresql://… oder „store“); leer: diese Sitzung</translation>
    </message>
    <message>
        <source>Review database</source>
        <translation>Review-Datenbank</translation>
    </message>
    <message>
        <source>Endpoints…</source>
        <translation>Endpoints …</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinden</translation>
    </message>
    <message>
        <source>The bot&apos;s endpoints.yml</source>
        <translation>Die endpoints.yml des Bots</translation>
    </message>
    <message>
        <source>YAML (*.yml *.yaml)</source>
        <translation>YAML (*.yml *.yaml)</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Correct it</source>
        <translation>Korrigieren</translation>
    </message>
    <message>
        <source>Replay on server</source>
        <translation>Auf dem Server wiederholen</translation>
    </message>
    <message>
        <source>Claim next</source>
        <translation>Nächstes übernehmen</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Geprüft</translation>
    </message>
    <message>
        <source>Tags…</source>
        <translation>Schlagwörter …</translation>
    </message>
    <message>
        <source>Notes…</source>
        <translation>Notizen …</translation>
    </message>
    <message>
        <source>%1: %2 conversations, %3 events</source>
        <translation>%1: %2 Gespräche, %3 Ereignisse</translation>
    </message>
    <message>
        <source>Reading the tracker store: %1 of %2 events…</source>
        <translation>Tracker-Store wird gelesen: %1 von %2 Ereignissen …</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinde …</translation>
    </message>
    <message>
        <source>Connected to %1; reading new events…</source>
        <translation>Verbunden mit %1; neue Ereignisse werden gelesen …</translation>
    </message>
    <message>
        <source>%1 of %2 conversations</source>
        <translation>%1 von %2 Gesprächen</translation>
    </message>
    <message>
        <source>%1 is working on this conversation; you see it read-only.</source>
        <translation>%1 arbeitet an diesem Gespräch; du siehst es nur zum Lesen.</translation>
    </message>
    <message>
        <source>%1 is working on this conversation: claim another one.</source>
        <translation>%1 arbeitet an diesem Gespräch: übernimm ein anderes.</translation>
    </message>
    <message>
        <source>Every conversation in view is reviewed or claimed by someone else.</source>
        <translation>Jedes angezeigte Gespräch ist geprüft oder von jemand anderem übernommen.</translation>
    </message>
    <message>
        <source>Tags (comma-separated)</source>
        <translation>Schlagwörter (durch Kommas getrennt)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
</context>
<context>
    <name>Coach::InboxSource</name>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
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
    <message>
        <source>The domain already has a response &apos;%1&apos;.</source>
        <translation>Die Domain hat schon eine Antwort &apos;%1&apos;.</translation>
    </message>
    <message>
        <source>The server lost conversation &apos;%1&apos;. The session continues as conversation &apos;%2&apos;.</source>
        <translation>Der Server hat das Gespräch &apos;%1&apos; verloren. Die Sitzung geht als Gespräch &apos;%2&apos; weiter.</translation>
    </message>
    <message>
        <source>The server holds other events for conversation &apos;%1&apos;. The session continues as conversation &apos;%2&apos;.</source>
        <translation>Der Server hat andere Ereignisse für das Gespräch &apos;%1&apos;. Die Sitzung geht als Gespräch &apos;%2&apos; weiter.</translation>
    </message>
    <message>
        <source>The file&apos;s version of conversation &apos;%1&apos; is kept as conversation &apos;%2&apos;.</source>
        <translation>Die Fassung der Datei von Gespräch &apos;%1&apos; bleibt als Gespräch &apos;%2&apos; erhalten.</translation>
    </message>
    <message>
        <source>An intent name cannot be empty or contain spaces or brackets (a retrieval intent is two names joined by one “/”).</source>
        <translation>Ein Intent-Name darf nicht leer sein und keine Leerzeichen oder Klammern enthalten (ein Retrieval-Intent sind zwei Namen, verbunden durch ein „/“).</translation>
    </message>
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
    <message>
        <source>The bot wants to run &apos;action_unlikely_intent&apos; to indicate that the last user message was unexpected at this point in the conversation. Check out UnexpecTEDIntentPolicy (https://rasa.com/docs/rasa/policies#unexpected-intent-policy) to learn more. Is that correct?</source>
        <translation>Der Bot möchte &apos;action_unlikely_intent&apos; ausführen, um anzuzeigen, dass die letzte Nutzernachricht an dieser Stelle des Gesprächs unerwartet war. Mehr dazu unter UnexpecTEDIntentPolicy (https://rasa.com/docs/rasa/policies#unexpected-intent-policy). Ist das richtig?</translation>
    </message>
    <message>
        <source>The bot wants to run &apos;%1&apos;, correct?</source>
        <translation>Der Bot möchte &apos;%1&apos; ausführen. Richtig?</translation>
    </message>
    <message>
        <source>Should &apos;%1&apos; validate user input to fill the slot &apos;%2&apos;?</source>
        <translation>Soll &apos;%1&apos; die Nutzereingabe prüfen, um den Slot &apos;%2&apos; zu füllen?</translation>
    </message>
    <message>
        <source>no message</source>
        <translation>keine Nachricht</translation>
    </message>
    <message>
        <source>The session file holds %1 events of conversation &apos;%2&apos; (last message: %3); the server holds %4 (last message: %5).</source>
        <translation>Die Sitzungsdatei enthält %1 Ereignisse des Gesprächs &apos;%2&apos; (letzte Nachricht: %3); der Server hat %4 (letzte Nachricht: %5).</translation>
    </message>
    <message>
        <source>The server has events the file does not have (for example changes that were not saved).</source>
        <translation>Der Server hat Ereignisse, die die Datei nicht hat (zum Beispiel nicht gespeicherte Änderungen).</translation>
    </message>
    <message>
        <source>The server&apos;s events differ from the file&apos;s (for example someone else used the conversation id).</source>
        <translation>Die Ereignisse des Servers weichen von denen der Datei ab (zum Beispiel hat jemand anderes die Gesprächs-ID benutzt).</translation>
    </message>
    <message>
        <source>Use the file&apos;s conversation (it continues under a new conversation id, the server&apos;s events stay untouched) or the server&apos;s (the file&apos;s version is kept beside it)?</source>
        <translation>Das Gespräch der Datei verwenden (es geht unter einer neuen Gesprächs-ID weiter, die Ereignisse des Servers bleiben unberührt) oder die des Servers (die Fassung der Datei bleibt daneben erhalten)?</translation>
    </message>
</context>
<context>
    <name>Coach::KeyringStore</name>
    <message>
        <source>the system keyring did not keep the secret: %1</source>
        <translation>der Schlüsselbund des Systems hat das Geheimnis nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>the system keyring did not forget the secret: %1</source>
        <translation>der Schlüsselbund des Systems hat das Geheimnis nicht gelöscht: %1</translation>
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
        <source>Ctrl+Shift+S</source>
        <translation>Ctrl+Shift+S</translation>
    </message>
    <message>
        <source>&amp;Slots</source>
        <translation>&amp;Slots</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Gespräche</translation>
    </message>
    <message>
        <source>&amp;Conversations</source>
        <translation>Gesprä&amp;che</translation>
    </message>
    <message>
        <source>&amp;Event Details</source>
        <translation>&amp;Ereignisdetails</translation>
    </message>
    <message>
        <source>&amp;Messages</source>
        <translation>&amp;Meldungen</translation>
    </message>
    <message>
        <source>last change %1; its damaged end is left out</source>
        <translation>letzte Änderung %1; das beschädigte Ende wird weggelassen</translation>
    </message>
    <message>
        <source>last change %1</source>
        <translation>letzte Änderung %1</translation>
    </message>
    <message>
        <source>Could not open %1: %2</source>
        <translation>%1 konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Rasa Coach could not open “%1”.

%2</source>
        <translation>Rasa Coach konnte „%1“ nicht öffnen.

%2</translation>
    </message>
    <message>
        <source>“%1” has changes that were not saved when Rasa Coach stopped (%2). Recover them?</source>
        <translation>„%1“ hat Änderungen, die nicht gespeichert waren, als Rasa Coach endete (%2). Wiederherstellen?</translation>
    </message>
    <message>
        <source>Rasa Coach did not close cleanly. Recover “%1” (%2)?</source>
        <translation>Rasa Coach wurde nicht sauber beendet. „%1“ wiederherstellen (%2)?</translation>
    </message>
    <message>
        <source>Restart the Conversation</source>
        <translation>Gespräch neu starten</translation>
    </message>
    <message>
        <source>Start a new story in this conversation?

The bot forgets the current story; it stays in the session, in the conversation list and in the export.</source>
        <translation>Eine neue Story in diesem Gespräch beginnen?

Der Bot vergisst die aktuelle Story; sie bleibt in der Sitzung, in der Gesprächsliste und im Export.</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>Konflikte</translation>
    </message>
    <message>
        <source>Re&amp;play against Server…</source>
        <translation>Gegen Server &amp;wiederholen…</translation>
    </message>
    <message>
        <source>&amp;Rasa Executable</source>
        <translation>&amp;Rasa-Programm</translation>
    </message>
    <message>
        <source>Rasa &amp;Output</source>
        <translation>Rasa-&amp;Ausgabe</translation>
    </message>
    <message>
        <source>Co&amp;nflicts</source>
        <translation>Ko&amp;nflikte</translation>
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
        <source>“%1” already exists: choose it from the list instead, or pick another name.</source>
        <translation>„%1“ existiert bereits: Wählen Sie es stattdessen aus der Liste oder nehmen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>“%1” already exists. A response created earlier in this session takes the new text.</source>
        <translation>„%1“ gibt es schon. Eine früher in dieser Sitzung angelegte Antwort erhält den neuen Text.</translation>
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
    <name>Coach::NluInboxModel</name>
    <message>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <source>accepted as %1</source>
        <translation>übernommen als %1</translation>
    </message>
    <message>
        <source>User message</source>
        <translation>Nutzernachricht</translation>
    </message>
    <message>
        <source>Times</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Predicted intent</source>
        <translation>Vorhergesagter Intent</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Konfidenz</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
</context>
<context>
    <name>Coach::NluInboxPanel</name>
    <message>
        <source>NLU inbox</source>
        <translation>NLU-Posteingang</translation>
    </message>
    <message>
        <source>New intent &quot;%1&quot;</source>
        <translation>Neuer Intent „%1“</translation>
    </message>
    <message>
        <source>Enter or C: correct · 1–9: intent of the ranking · I: another intent · Delete or D: delete · ↓/J, ↑/K: next, previous</source>
        <translation>Eingabe oder C: richtig · 1–9: Intent der Rangliste · I: anderer Intent · Entf oder D: löschen · ↓/J, ↑/K: nächster, vorheriger</translation>
    </message>
    <message>
        <source>The project&apos;s NLU data cannot be read: %1</source>
        <translation>Die NLU-Daten des Projekts lassen sich nicht lesen: %1</translation>
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
        <source>unknown section &quot;%1&quot;</source>
        <translation>unbekannter Abschnitt &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; comes before the first section (## intent:name)</source>
        <translation>&quot;%1&quot; steht vor dem ersten Abschnitt (## intent:name)</translation>
    </message>
    <message>
        <source>every common example must be an object with a &quot;text&quot;</source>
        <translation>jedes Beispiel in &quot;common_examples&quot; muss ein Objekt mit &quot;text&quot; sein</translation>
    </message>
</context>
<context>
    <name>Coach::OfflineCorrection</name>
    <message>
        <source>every turn has been answered</source>
        <translation>jeder Schritt ist beantwortet</translation>
    </message>
    <message>
        <source>the current question is not about a user message</source>
        <translation>die aktuelle Frage betrifft keine Nutzernachricht</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid intent name</source>
        <translation>„%1“ ist kein gültiger Intent-Name</translation>
    </message>
    <message>
        <source>the current question is not about an action</source>
        <translation>die aktuelle Frage betrifft keine Aktion</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid action name</source>
        <translation>„%1“ ist kein gültiger Aktionsname</translation>
    </message>
    <message>
        <source>the conversation still has unanswered turns</source>
        <translation>das Gespräch hat noch unbeantwortete Schritte</translation>
    </message>
    <message>
        <source>Inbox: %1</source>
        <translation>Posteingang: %1</translation>
    </message>
</context>
<context>
    <name>Coach::ParseRequest</name>
    <message>
        <source>the parse result is not a JSON object</source>
        <translation>das Analyseergebnis ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>the parse result has no &quot;intent&quot; object</source>
        <translation>das Analyseergebnis hat kein „intent“-Objekt</translation>
    </message>
    <message>
        <source>&quot;entities&quot; in the parse result is not a list</source>
        <translation>„entities“ im Analyseergebnis ist keine Liste</translation>
    </message>
</context>
<context>
    <name>Coach::PostgresReviewStore</name>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>shared review state needs PostgreSQL</source>
        <translation>ein geteilter Prüfstatus braucht PostgreSQL</translation>
    </message>
    <message>
        <source>listening for changes</source>
        <translation>Auf Änderungen warten</translation>
    </message>
    <message>
        <source>reading the review state</source>
        <translation>Prüfstatus lesen</translation>
    </message>
    <message>
        <source>saving the review state</source>
        <translation>Prüfstatus speichern</translation>
    </message>
    <message>
        <source>announcing a change</source>
        <translation>Änderung bekanntgeben</translation>
    </message>
    <message>
        <source>starting a transaction</source>
        <translation>Transaktion beginnen</translation>
    </message>
    <message>
        <source>claiming a conversation</source>
        <translation>Gespräch übernehmen</translation>
    </message>
    <message>
        <source>releasing a conversation</source>
        <translation>Gespräch freigeben</translation>
    </message>
    <message>
        <source>saving tags</source>
        <translation>Schlagwörter speichern</translation>
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
    <message>
        <source>the prediction has no &quot;tracker&quot; object</source>
        <translation>die Vorhersage hat kein Objekt &quot;tracker&quot;</translation>
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
        <source>Offline: this session is shown without a server. Connect (Ctrl+K) to continue it.</source>
        <translation>Offline: Diese Sitzung wird ohne Server angezeigt. Verbinden Sie sich (Strg+K), um sie fortzusetzen.</translation>
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
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>&amp;Retry (Enter)</source>
        <translation>&amp;Wiederholen (Enter)</translation>
    </message>
    <message>
        <source>Cancel step (Esc)</source>
        <translation>Schritt abbrechen (Esc)</translation>
    </message>
    <message>
        <source>Drop the failed step and go back to the question before it</source>
        <translation>Den fehlgeschlagenen Schritt verwerfen und zur Frage davor zurückkehren</translation>
    </message>
    <message>
        <source>Connecting to %1: %2</source>
        <translation>Verbindung mit %1: %2</translation>
    </message>
    <message>
        <source>(attempt %1)</source>
        <translation>(Versuch %1)</translation>
    </message>
    <message>
        <source>Last attempt: %1</source>
        <translation>Letzter Versuch: %1</translation>
    </message>
    <message>
        <source>Rasa Coach tries again until the server answers and has a model; Esc stops.</source>
        <translation>Rasa Coach versucht es weiter, bis der Server antwortet und ein Modell geladen hat; Esc bricht ab.</translation>
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
    <message>
        <source>“rasa --version” did not print a “Rasa Version” line.</source>
        <translation>„rasa --version“ hat keine Zeile „Rasa Version“ ausgegeben.</translation>
    </message>
    <message>
        <source>Rasa %1 is not supported: Rasa Coach works with Rasa Open Source 2.x and 3.x. Install one of them, for example into the bot project with “python3 -m venv .venv &amp;&amp; .venv/bin/pip install rasa==3.6.21” (Python 3.8 to 3.10), or choose another Rasa under Settings › Rasa Executable.</source>
        <translation>Rasa %1 wird nicht unterstützt: Rasa Coach arbeitet mit Rasa Open Source 2.x und 3.x. Installieren Sie eine dieser Versionen, zum Beispiel im Bot-Projekt mit „python3 -m venv .venv &amp;&amp; .venv/bin/pip install rasa==3.6.21“ (Python 3.8 bis 3.10), oder wählen Sie ein anderes Rasa unter Einstellungen › Rasa-Programm.</translation>
    </message>
</context>
<context>
    <name>Coach::RasaLocator</name>
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
    <name>Coach::ReplayCommand</name>
    <message>
        <source>Session files (.coach) to replay.</source>
        <translation>Sitzungsdateien (.coach), die wiederholt werden.</translation>
    </message>
    <message>
        <source>The Rasa server (default: the one the sessions were recorded against).</source>
        <translation>Der Rasa-Server (Standard: der, mit dem die Sitzungen aufgenommen wurden).</translation>
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
        <source>Conversations replayed at the same time (default 4).</source>
        <translation>Gleichzeitig wiederholte Gespräche (Standard 4).</translation>
    </message>
    <message>
        <source>Seconds to wait for each answer (default 300).</source>
        <translation>Sekunden, die auf jede Antwort gewartet wird (Standard 300).</translation>
    </message>
    <message>
        <source>Write a report: .json, .xml (JUnit) or .html; repeatable.</source>
        <translation>Einen Bericht schreiben: .json, .xml (JUnit) oder .html; wiederholbar.</translation>
    </message>
    <message>
        <source>the environment variable %1 is not set</source>
        <translation>die Umgebungsvariable %1 ist nicht gesetzt</translation>
    </message>
    <message>
        <source>--%1 needs a number from 1 to 1000</source>
        <translation>--%1 braucht eine Zahl von 1 bis 1000</translation>
    </message>
    <message>
        <source>a report must end in .json, .xml or .html</source>
        <translation>ein Bericht muss auf .json, .xml oder .html enden</translation>
    </message>
    <message>
        <source>give at least one session file (.coach)</source>
        <translation>geben Sie mindestens eine Sitzungsdatei (.coach) an</translation>
    </message>
    <message>
        <source>Replayed against Rasa %1 at %2, model %3.</source>
        <translation>Wiederholt gegen Rasa %1 unter %2, Modell %3.</translation>
    </message>
    <message>
        <source>give the Rasa server with --server</source>
        <translation>geben Sie den Rasa-Server mit --server an</translation>
    </message>
    <message>
        <source>Replay annotated sessions against the model the Rasa server has loaded now. Exit code 0: every turn agrees, 1: some turns differ, 2: an error.</source>
        <translation>Annotierte Sitzungen gegen das Modell wiederholen, das der Rasa-Server jetzt geladen hat. Exit-Code 0: jeder Zug stimmt überein, 1: manche Züge weichen ab, 2: ein Fehler.</translation>
    </message>
</context>
<context>
    <name>Coach::ReplayDialog</name>
    <message>
        <source>&amp;Start Replay</source>
        <translation>Wiederholung &amp;starten</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Only &amp;differences</source>
        <translation>Nur A&amp;bweichungen</translation>
    </message>
    <message>
        <source>Replay against Server</source>
        <translation>Gegen Server wiederholen</translation>
    </message>
    <message>
        <source>Replays every annotated turn of this session against the model the server has loaded now, in conversations of its own.</source>
        <translation>Wiederholt jeden annotierten Zug dieser Sitzung gegen das Modell, das der Server jetzt geladen hat, in eigenen Gesprächen.</translation>
    </message>
    <message>
        <source>Ser&amp;ver:</source>
        <translation>Ser&amp;ver:</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>Replaying against Rasa %1, model %2…</source>
        <translation>Wiederholung gegen Rasa %1, Modell %2…</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>%1 wird geprüft…</translation>
    </message>
    <message>
        <source>Cancelled after %1 of %2 turns.</source>
        <translation>Abgebrochen nach %1 von %2 Zügen.</translation>
    </message>
    <message>
        <source>The replay stopped: %1</source>
        <translation>Die Wiederholung wurde angehalten: %1</translation>
    </message>
</context>
<context>
    <name>Coach::ReplayModel</name>
    <message>
        <source>%1, part %2</source>
        <translation>%1, Teil %2</translation>
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
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>agrees</source>
        <translation>stimmt überein</translation>
    </message>
    <message>
        <source>differs</source>
        <translation>weicht ab</translation>
    </message>
    <message>
        <source>settled</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Gespräch</translation>
    </message>
    <message>
        <source>Turn</source>
        <translation>Zug</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Intent (annotated → predicted)</source>
        <translation>Intent (annotiert → vorhergesagt)</translation>
    </message>
    <message>
        <source>Entities</source>
        <translation>Entitäten</translation>
    </message>
    <message>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>Coach::ReplayReport</name>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Rasa</source>
        <translation>Rasa</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <source>Conversation parts</source>
        <translation>Gesprächsteile</translation>
    </message>
    <message>
        <source>Turns</source>
        <translation>Züge</translation>
    </message>
    <message>
        <source>Differing turns</source>
        <translation>Abweichende Züge</translation>
    </message>
    <message>
        <source>Every turn agrees.</source>
        <translation>Jeder Zug stimmt überein.</translation>
    </message>
    <message>
        <source>Replay: %1</source>
        <translation>Wiederholung: %1</translation>
    </message>
    <message>
        <source>turn %1: %2</source>
        <translation>Zug %1: %2</translation>
    </message>
</context>
<context>
    <name>Coach::ReplayReviewPanel</name>
    <message>
        <source>&amp;Accept the Model&apos;s Answer</source>
        <translation>Antwort des Modells &amp;übernehmen</translation>
    </message>
    <message>
        <source>&amp;Keep Mine</source>
        <translation>Meine be&amp;halten</translation>
    </message>
    <message>
        <source>&amp;Go to Turn</source>
        <translation>&amp;Zum Zug gehen</translation>
    </message>
    <message>
        <source>Select a turn to see its differences.</source>
        <translation>Wählen Sie einen Zug, um seine Abweichungen zu sehen.</translation>
    </message>
    <message>
        <source>%1 (accepted)</source>
        <translation>%1 (übernommen)</translation>
    </message>
    <message>
        <source>%1 (kept)</source>
        <translation>%1 (behalten)</translation>
    </message>
    <message>
        <source>Differences of turn %1 (“%2”):</source>
        <translation>Abweichungen von Zug %1 („%2“):</translation>
    </message>
    <message>
        <source>Turn %1 (“%2”) agrees.</source>
        <translation>Zug %1 („%2“) stimmt überein.</translation>
    </message>
    <message>
        <source>Accept the Model&apos;s Answer</source>
        <translation>Antwort des Modells übernehmen</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <translation>&amp;Rückgängig: %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <translation>&amp;Wiederherstellen: %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
</context>
<context>
    <name>Coach::ReplayText</name>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>intent</source>
        <translation>Intent</translation>
    </message>
    <message>
        <source>(not parsed)</source>
        <translation>(nicht analysiert)</translation>
    </message>
    <message>
        <source>entities</source>
        <translation>Entitäten</translation>
    </message>
    <message>
        <source>action %1</source>
        <translation>Aktion %1</translation>
    </message>
    <message>
        <source>(not replayed)</source>
        <translation>(nicht wiederholt)</translation>
    </message>
    <message>
        <source>%1: annotated %2, predicted %3</source>
        <translation>%1: annotiert %2, vorhergesagt %3</translation>
    </message>
    <message>
        <source>action %1: the model predicted action_unlikely_intent before %2</source>
        <translation>Aktion %1: das Modell hat vor %2 action_unlikely_intent vorhergesagt</translation>
    </message>
    <message>
        <source>%1: conversation %2, part %3, turn %4 (&quot;%5&quot;)</source>
        <translation>%1: Gespräch %2, Teil %3, Zug %4 („%5“)</translation>
    </message>
    <message>
        <source>sessions: %1, conversation parts: %2, turns: %3, differing: %4</source>
        <translation>Sitzungen: %1, Gesprächsteile: %2, Züge: %3, abweichend: %4</translation>
    </message>
    <message>
        <source>annotated</source>
        <translation>annotiert</translation>
    </message>
    <message>
        <source>predicted</source>
        <translation>vorhergesagt</translation>
    </message>
</context>
<context>
    <name>Coach::ResumePrompt</name>
    <message>
        <source>Session File and Server Disagree</source>
        <translation>Sitzungsdatei und Server sind sich uneinig</translation>
    </message>
    <message>
        <source>Use the &amp;File&apos;s Conversation</source>
        <translation>Gespräch der &amp;Datei verwenden</translation>
    </message>
    <message>
        <source>Use the &amp;Server&apos;s Conversation</source>
        <translation>Gespräch des &amp;Servers verwenden</translation>
    </message>
</context>
<context>
    <name>Coach::ReviewSchema</name>
    <message>
        <source>reading the review schema failed: %1</source>
        <translation>das Review-Schema ließ sich nicht lesen: %1</translation>
    </message>
    <message>
        <source>preparing the review schema failed: %1</source>
        <translation>das Review-Schema ließ sich nicht vorbereiten: %1</translation>
    </message>
    <message>
        <source>the review schema was made by a newer Rasa Coach (version %1; this one knows up to %2)</source>
        <translation>das Review-Schema stammt von einem neueren Rasa Coach (Version %1; diese Version kennt bis %2)</translation>
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
    <name>Coach::SessionClosePrompt</name>
    <message numerus="yes">
        <source>The session has changes that are not saved, and %n story part(s) that no export has written. Save the session, export the training data, or discard both?</source>
        <translation>
            <numerusform>Die Sitzung hat nicht gespeicherte Änderungen und %n Story-Teil, den kein Export geschrieben hat. Sitzung speichern, Trainingsdaten exportieren oder beides verwerfen?</numerusform>
            <numerusform>Die Sitzung hat nicht gespeicherte Änderungen und %n Story-Teile, die kein Export geschrieben hat. Sitzung speichern, Trainingsdaten exportieren oder beides verwerfen?</numerusform>
        </translation>
    </message>
    <message>
        <source>The session has changes that are not saved. Save them?</source>
        <translation>Die Sitzung hat nicht gespeicherte Änderungen. Speichern?</translation>
    </message>
    <message numerus="yes">
        <source>%n story part(s) of this session have not been exported. Export the training data before closing?</source>
        <translation>
            <numerusform>%n Story-Teil dieser Sitzung wurde nicht exportiert. Trainingsdaten vor dem Schließen exportieren?</numerusform>
            <numerusform>%n Story-Teile dieser Sitzung wurden nicht exportiert. Trainingsdaten vor dem Schließen exportieren?</numerusform>
        </translation>
    </message>
    <message>
        <source>Unsaved Session</source>
        <translation>Nicht gespeicherte Sitzung</translation>
    </message>
    <message>
        <source>Training Data Not Exported</source>
        <translation>Trainingsdaten nicht exportiert</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
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
    <message>
        <source>no story part, file or story name</source>
        <translation>kein Story-Teil, keine Datei oder kein Story-Name</translation>
    </message>
    <message>
        <source>cannot apply &quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot; kann nicht angewendet werden: %2</translation>
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
    <message>
        <source>is not a date and time</source>
        <translation>ist kein Datum mit Uhrzeit</translation>
    </message>
    <message>
        <source>does not point to an event of the conversation</source>
        <translation>verweist auf kein Ereignis des Gesprächs</translation>
    </message>
    <message>
        <source>must be a whole number of 0 or more</source>
        <translation>muss eine ganze Zahl ab 0 sein</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>must be a non-empty conversation id</source>
        <translation>muss eine nicht leere Gesprächs-ID sein</translation>
    </message>
    <message>
        <source>does not match its events</source>
        <translation>passt nicht zu ihren Ereignissen</translation>
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
        <source>cannot open the file: %1</source>
        <translation>die Datei kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>the file is too large to be a session (%1 MB)</source>
        <translation>die Datei ist zu groß für eine Sitzung (%1 MB)</translation>
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
    <message>
        <source>the session file cannot be read: %1</source>
        <translation>die Sitzungsdatei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Unsaved session (%1)</source>
        <translation>Ungespeicherte Sitzung (%1)</translation>
    </message>
</context>
<context>
    <name>Coach::SessionReviewStore</name>
    <message>
        <source>no session is open</source>
        <translation>keine Sitzung ist offen</translation>
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
    <name>Coach::StateTable</name>
    <message>
        <source>intent %1</source>
        <translation>Intent %1</translation>
    </message>
    <message>
        <source>text “%1”</source>
        <translation>Text „%1“</translation>
    </message>
    <message>
        <source>entities %1</source>
        <translation>Entitäten %1</translation>
    </message>
    <message>
        <source>after %1</source>
        <translation>nach %1</translation>
    </message>
    <message>
        <source>slots %1</source>
        <translation>Slots %1</translation>
    </message>
    <message>
        <source>active loop %1</source>
        <translation>aktive Schleife %1</translation>
    </message>
    <message>
        <source>the start of the conversation</source>
        <translation>der Anfang des Gesprächs</translation>
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
    <name>Coach::StoryFileEditor</name>
    <message>
        <source>cannot find the story &quot;%1&quot; to replace</source>
        <translation>die zu ersetzende Story „%1“ wurde nicht gefunden</translation>
    </message>
</context>
<context>
    <name>Coach::StoryPlanner</name>
    <message>
        <source>conversation %1, part %2</source>
        <translation>Gespräch %1, Teil %2</translation>
    </message>
    <message>
        <source>%1: new story (%2)</source>
        <translation>%1: neue Story (%2)</translation>
    </message>
    <message>
        <source>%1: replaced by the changed story (%2)</source>
        <translation>%1: durch die geänderte Story ersetzt (%2)</translation>
    </message>
    <message>
        <source>%1: unchanged since the last export (%2)</source>
        <translation>%1: seit dem letzten Export unverändert (%2)</translation>
    </message>
    <message>
        <source>skipped (%1): the same steps as “%2” in %3</source>
        <translation>übersprungen (%1): dieselben Schritte wie „%2“ in %3</translation>
    </message>
    <message>
        <source>; its earlier story “%1” was edited or removed in the file, so it is added anew</source>
        <translation>; ihre frühere Story „%1“ wurde in der Datei bearbeitet oder entfernt, daher wird sie neu hinzugefügt</translation>
    </message>
    <message>
        <source>; note: it is the beginning of “%1” in %2</source>
        <translation>; Hinweis: Sie ist der Anfang von „%1“ in %2</translation>
    </message>
</context>
<context>
    <name>Coach::StoryReader</name>
    <message>
        <source>cannot read the stories: %1</source>
        <translation>die Storys können nicht gelesen werden: %1</translation>
    </message>
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
    <name>Coach::StoryWriter</name>
    <message>
        <source>the output is not open for writing</source>
        <translation>die Ausgabe ist nicht zum Schreiben geöffnet</translation>
    </message>
</context>
<context>
    <name>Coach::TrackerGenerator</name>
    <message>
        <source>The stories expand into more than %1 conversations (checkpoints and OR steps multiply them), too many to check.</source>
        <translation>Die Stories ergeben mehr als %1 Gespräche (Checkpoints und OR-Schritte vervielfachen sie), zu viele für die Prüfung.</translation>
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
    <name>Coach::TrackerStoreAddress</name>
    <message>
        <source>not valid YAML at line %1: %2</source>
        <translation>kein gültiges YAML in Zeile %1: %2</translation>
    </message>
    <message>
        <source>there is no tracker_store section</source>
        <translation>es gibt keinen Abschnitt tracker_store</translation>
    </message>
    <message>
        <source>tracker_store must be a mapping</source>
        <translation>tracker_store muss eine Zuordnung sein</translation>
    </message>
    <message>
        <source>expected sqlite:///ABSOLUTE/PATH to the database file</source>
        <translation>erwartet: sqlite:///ABSOLUTER/PFAD zur Datenbankdatei</translation>
    </message>
    <message>
        <source>expected postgresql://USER@HOST:PORT/DATABASE or sqlite:///PATH</source>
        <translation>erwartet: postgresql://USER@HOST:PORT/DATENBANK oder sqlite:///PFAD</translation>
    </message>
    <message>
        <source>expected a single value at line %1</source>
        <translation>einzelner Wert erwartet in Zeile %1</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a mapping</source>
        <translation>„%1“ muss eine Zuordnung sein</translation>
    </message>
    <message>
        <source>&quot;port&quot; is not a port number</source>
        <translation>„port“ ist keine Portnummer</translation>
    </message>
    <message>
        <source>the tracker store has no type; Rasa keeps conversations in memory then</source>
        <translation>der Tracker-Store hat keinen Typ; Rasa hält Gespräche dann nur im Speicher</translation>
    </message>
    <message>
        <source>the tracker store is of type &quot;%1&quot;; the inbox reads SQL tracker stores</source>
        <translation>der Tracker-Store hat den Typ „%1“; der Posteingang liest SQL-Tracker-Stores</translation>
    </message>
    <message>
        <source>the SQL dialect &quot;%1&quot; is not supported (PostgreSQL and SQLite are)</source>
        <translation>der SQL-Dialekt „%1“ wird nicht unterstützt (PostgreSQL und SQLite schon)</translation>
    </message>
    <message>
        <source>expected postgresql://USER@HOST:PORT/DATABASE</source>
        <translation>erwartet: postgresql://USER@HOST:PORT/DATENBANK</translation>
    </message>
</context>
<context>
    <name>Coach::TrackerStoreConnection</name>
    <message>
        <source>the Qt SQLite driver is not installed (Debian: libqt6sql6-sqlite)</source>
        <translation>der Qt-SQLite-Treiber ist nicht installiert (Debian: libqt6sql6-sqlite)</translation>
    </message>
    <message>
        <source>there is no database file</source>
        <translation>es gibt keine Datenbankdatei</translation>
    </message>
    <message>
        <source>the Qt PostgreSQL driver is not installed (Debian: libqt6sql6-psql)</source>
        <translation>der Qt-PostgreSQL-Treiber ist nicht installiert (Debian: libqt6sql6-psql)</translation>
    </message>
    <message>
        <source>no readable events table with Rasa&apos;s columns (id, sender_id, type_name, timestamp, intent_name, action_name, data): %1</source>
        <translation>keine lesbare Tabelle events mit Rasas Spalten (id, sender_id, type_name, timestamp, intent_name, action_name, data): %1</translation>
    </message>
</context>
<context>
    <name>Coach::TrackerStoreReader</name>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>counting the events</source>
        <translation>Ereignisse zählen</translation>
    </message>
    <message>
        <source>reading the events</source>
        <translation>Ereignisse lesen</translation>
    </message>
    <message>
        <source>reading the conversation</source>
        <translation>Gespräch lesen</translation>
    </message>
    <message>
        <source>reading an event</source>
        <translation>Ereignis lesen</translation>
    </message>
    <message>
        <source>row %1 is gone</source>
        <translation>Zeile %1 gibt es nicht mehr</translation>
    </message>
    <message>
        <source>row %1 holds no event</source>
        <translation>Zeile %1 enthält kein Ereignis</translation>
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
    <name>Coach::YamlReader</name>
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
        <source>unknown command &apos;%1&apos; (see rasa-coach --help)</source>
        <translation>unbekannter Befehl „%1“ (siehe rasa-coach --help)</translation>
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
    <message>
        <source>Teach a Rasa chatbot by talking to it.

Headless: rasa-coach export … | rasa-coach graph … | rasa-coach check … | rasa-coach replay … | rasa-coach inbox … (see rasa-coach COMMAND --help).</source>
        <translation>Einem Rasa-Chatbot im Gespräch etwas beibringen.

Ohne Oberfläche: rasa-coach export … | rasa-coach graph … | rasa-coach check … | rasa-coach replay … | rasa-coach inbox … (siehe rasa-coach BEFEHL --help).</translation>
    </message>
</context>
</TS>
