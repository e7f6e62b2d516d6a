<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>CorrectionDialogs</name>
    <message>
        <location filename="../../src/app/correction_dialogs.cpp" line="13"/>
        <source>person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../src/app/correction_dialogs.cpp" line="14"/>
        <source>agency</source>
        <translation>Behörde</translation>
    </message>
    <message>
        <location filename="../../src/app/correction_dialogs.cpp" line="15"/>
        <source>place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../src/app/correction_dialogs.cpp" line="20"/>
        <source>1 release</source>
        <translation>1 Meldung</translation>
    </message>
    <message>
        <location filename="../../src/app/correction_dialogs.cpp" line="20"/>
        <source>%1 releases</source>
        <translation>%1 Meldungen</translation>
    </message>
    <message>
        <location filename="../../src/app/correction_dialogs.cpp" line="36"/>
        <source>Hide %1</source>
        <translation>%1 ausblenden</translation>
    </message>
    <message>
        <location filename="../../src/app/correction_dialogs.cpp" line="37"/>
        <source>Hide the %1 “%2”, named in %3?

It leaves every list, facet, filter and highlight, also after a re-ingest. Edit ▸ Undo (Ctrl+Z) or the Corrections History brings it back.</source>
        <translation>%1 „%2“ ausblenden, genannt in %3?

Sie verschwindet aus allen Listen, Facetten, Filtern und Hervorhebungen, auch nach erneutem Einlesen. Bearbeiten ▸ Rückgängig (Strg+Z) oder der Korrekturverlauf holt sie zurück.</translation>
    </message>
    <message>
        <location filename="../../src/app/correction_dialogs.cpp" line="40"/>
        <source>Hide</source>
        <translation>Ausblenden</translation>
    </message>
    <message>
        <location filename="../../src/app/correction_dialogs.cpp" line="44"/>
        <source>Merge %1</source>
        <translation>%1 zusammenführen</translation>
    </message>
    <message>
        <location filename="../../src/app/correction_dialogs.cpp" line="45"/>
        <source>Merge the %1 “%2” (%3) into “%4”?

From now on they are one %1 named “%4”: their releases, mentions and names are counted together, also after a re-ingest. Edit ▸ Undo (Ctrl+Z) or the Corrections History separates them again.</source>
        <translation>%1 „%2“ (%3) mit „%4“ zusammenführen?

Ab jetzt sind beide eine Entität (%1) namens „%4“: Meldungen, Nennungen und Namen werden zusammen gezählt, auch nach erneutem Einlesen. Bearbeiten ▸ Rückgängig (Strg+Z) oder der Korrekturverlauf trennt sie wieder.</translation>
    </message>
    <message>
        <location filename="../../src/app/correction_dialogs.cpp" line="49"/>
        <location filename="../../src/app/correction_dialogs.cpp" line="54"/>
        <location filename="../../src/app/correction_dialogs.cpp" line="68"/>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <location filename="../../src/app/correction_dialogs.cpp" line="55"/>
        <source>%1 is the same as:</source>
        <translation>%1 ist dasselbe wie:</translation>
    </message>
    <message>
        <location filename="../../src/app/correction_dialogs.cpp" line="64"/>
        <source>Rename %1</source>
        <translation>%1 umbenennen</translation>
    </message>
    <message>
        <location filename="../../src/app/correction_dialogs.cpp" line="65"/>
        <source>There already is a %1 named “%2”. Renaming “%3” to it would show two %1 entries of the same name.

Merge “%3” into “%2” instead?</source>
        <translation>Es gibt bereits eine Entität (%1) namens „%2“. „%3“ so umzubenennen ergäbe zwei Einträge gleichen Namens.

Stattdessen „%3“ mit „%2“ zusammenführen?</translation>
    </message>
</context>
<context>
    <name>DocumentExporter</name>
    <message>
        <location filename="../../src/app/document_exporter.cpp" line="25"/>
        <source>the current query cannot run</source>
        <translation>die aktuelle Abfrage kann nicht ausgeführt werden</translation>
    </message>
    <message>
        <location filename="../../src/app/document_exporter.cpp" line="27"/>
        <source>export cancelled; no file was written</source>
        <translation>Export abgebrochen; es wurde keine Datei geschrieben</translation>
    </message>
</context>
<context>
    <name>EntityPage</name>
    <message>
        <location filename="../../ui/entity_page.ui" line="14"/>
        <source>Entity</source>
        <translation>Entität</translation>
    </message>
    <message>
        <location filename="../../ui/entity_page.ui" line="38"/>
        <source>Named &amp;With</source>
        <translation>&amp;Genannt mit</translation>
    </message>
    <message>
        <location filename="../../ui/entity_page.ui" line="48"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/entity_page.ui" line="53"/>
        <source>Shared releases</source>
        <translation>Gemeinsame Meldungen</translation>
    </message>
    <message>
        <location filename="../../ui/entity_page.ui" line="62"/>
        <source>&amp;Roles</source>
        <translation>&amp;Rollen</translation>
    </message>
    <message>
        <location filename="../../ui/entity_page.ui" line="78"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../ui/entity_page.ui" line="83"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../../ui/entity_page.ui" line="88"/>
        <source>Affiliation</source>
        <translation>Zugehörigkeit</translation>
    </message>
    <message>
        <location filename="../../ui/entity_page.ui" line="93"/>
        <source>Releases</source>
        <translation>Meldungen</translation>
    </message>
    <message>
        <location filename="../../ui/entity_page.ui" line="102"/>
        <source>&amp;Meetings</source>
        <translation>&amp;Treffen</translation>
    </message>
    <message>
        <location filename="../../ui/entity_page.ui" line="118"/>
        <location filename="../../ui/entity_page.ui" line="163"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../ui/entity_page.ui" line="123"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location filename="../../ui/entity_page.ui" line="128"/>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../ui/entity_page.ui" line="133"/>
        <source>Agencies</source>
        <translation>Behörden</translation>
    </message>
    <message>
        <location filename="../../ui/entity_page.ui" line="138"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../../ui/entity_page.ui" line="147"/>
        <source>R&amp;eleases</source>
        <translation>M&amp;eldungen</translation>
    </message>
    <message>
        <location filename="../../ui/entity_page.ui" line="168"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../ui/entity_page.ui" line="182"/>
        <source>Show &amp;Releases</source>
        <translation>&amp;Meldungen zeigen</translation>
    </message>
    <message>
        <location filename="../../ui/entity_page.ui" line="185"/>
        <source>List the releases that mention it in the main window</source>
        <translation>Die Meldungen, die sie nennen, im Hauptfenster auflisten</translation>
    </message>
    <message>
        <location filename="../../ui/entity_page.ui" line="199"/>
        <source>Re&amp;name…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <location filename="../../ui/entity_page.ui" line="202"/>
        <source>Give it another name (kept apart from extracted data; survives re-ingest)</source>
        <translation>Einen anderen Namen geben (getrennt von den extrahierten Daten gespeichert; bleibt nach erneutem Einlesen erhalten)</translation>
    </message>
    <message>
        <location filename="../../ui/entity_page.ui" line="209"/>
        <source>Add &amp;Alias…</source>
        <translation>&amp;Alias hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../ui/entity_page.ui" line="212"/>
        <source>Another name that finds it in searches</source>
        <translation>Ein weiterer Name, unter dem die Suche sie findet</translation>
    </message>
    <message>
        <location filename="../../ui/entity_page.ui" line="219"/>
        <source>&amp;Merge Into…</source>
        <translation>&amp;Zusammenführen mit…</translation>
    </message>
    <message>
        <location filename="../../ui/entity_page.ui" line="222"/>
        <source>It is the same as another entity of this type</source>
        <translation>Sie ist dieselbe wie eine andere Entität dieses Typs</translation>
    </message>
    <message>
        <location filename="../../ui/entity_page.ui" line="229"/>
        <source>&amp;Hide</source>
        <translation>&amp;Ausblenden</translation>
    </message>
    <message>
        <location filename="../../ui/entity_page.ui" line="232"/>
        <source>Not a real entity: leave it out of lists, facets and filters</source>
        <translation>Keine echte Entität: aus Listen, Facetten und Filtern herauslassen</translation>
    </message>
    <message>
        <location filename="../../ui/entity_page.ui" line="239"/>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <location filename="../../ui/entity_page.ui" line="242"/>
        <source>Close this page</source>
        <translation>Diese Seite schließen</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../ui/export_dialog.ui" line="6"/>
        <source>Export List</source>
        <translation>Liste exportieren</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="19"/>
        <source>&amp;Columns (checked ones are written, in this order; drag to reorder):</source>
        <translation>&amp;Spalten (markierte werden in dieser Reihenfolge geschrieben; zum Umordnen ziehen):</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="43"/>
        <source>Move &amp;Up</source>
        <translation>Nach &amp;oben</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="50"/>
        <source>Move &amp;Down</source>
        <translation>Nach &amp;unten</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="70"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="85"/>
        <source>Start with a UTF-8 &amp;byte order mark (so Excel reads accents correctly)</source>
        <translation>Mit UTF-8-&amp;Bytereihenfolgemarke beginnen (damit Excel Akzente richtig liest)</translation>
    </message>
    <message>
        <location filename="../../ui/export_dialog.ui" line="92"/>
        <source>&amp;Guard against spreadsheet formulas (a cell starting with = + - @ gets a leading &apos;)</source>
        <translation>Vor Tabellen&amp;formeln schützen (eine Zelle, die mit = + - @ beginnt, erhält ein führendes &apos;)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.ui" line="9"/>
        <source>Bulletin</source>
        <translation>Bulletin</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="18"/>
        <source>Search releases: words, &quot;exact phrase&quot;, OR, -exclude, prefix*, title:, date:2018 (Ctrl+F)</source>
        <translation>Meldungen durchsuchen: Wörter, &quot;genaue Phrase&quot;, OR, -ausschließen, Präfix*, title:, date:2018 (Strg+F)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="28"/>
        <source>Order of the results</source>
        <translation>Reihenfolge der Ergebnisse</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="37"/>
        <source>Filters of the current query: click one to remove it</source>
        <translation>Filter der aktuellen Abfrage: zum Entfernen anklicken</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="71"/>
        <source>What to list for the current query</source>
        <translation>Was für die aktuelle Abfrage aufgelistet wird</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="76"/>
        <source>Refine (click to filter)</source>
        <translation>Eingrenzen (zum Filtern klicken)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="83"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="84"/>
        <source>Releases</source>
        <translation>Meldungen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="124"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="128"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="146"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="155"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="166"/>
        <source>&amp;Search</source>
        <translation>&amp;Suche</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="171"/>
        <source>Saved &amp;Searches</source>
        <translation>Gespeicherte &amp;Suchen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="178"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="192"/>
        <source>Ctrl+Z</source>
        <translation>Ctrl+Z</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="191"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="195"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="196"/>
        <source>Ctrl+Shift+Z</source>
        <translation>Ctrl+Shift+Z</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="199"/>
        <source>Corrections &amp;History…</source>
        <translation>Korrektur&amp;verlauf…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="200"/>
        <source>Ctrl+Shift+H</source>
        <translation>Ctrl+Shift+H</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="203"/>
        <source>&amp;Open or Create Archive…</source>
        <translation>Archiv ö&amp;ffnen oder anlegen…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="204"/>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="207"/>
        <source>Open Team Archive on a &amp;Server…</source>
        <translation>Team-Archiv auf einem &amp;Server öffnen…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="208"/>
        <source>Open a team&apos;s shared archive on a PostgreSQL server</source>
        <translation>Das gemeinsame Archiv eines Teams auf einem PostgreSQL-Server öffnen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="211"/>
        <source>&amp;Add Folder…</source>
        <translation>Ordner &amp;hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="212"/>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="215"/>
        <source>&amp;Watch Folder…</source>
        <translation>Ordner &amp;beobachten…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="216"/>
        <source>Add a folder now and keep adding new or changed releases as they appear</source>
        <translation>Einen Ordner jetzt hinzufügen und neue oder geänderte Meldungen laufend aufnehmen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="219"/>
        <source>&amp;Stop Watching Folders</source>
        <translation>Beobachtung der Ordner &amp;beenden</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="222"/>
        <source>&amp;Export Results…</source>
        <translation>Ergebnisse &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="223"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="226"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="227"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="230"/>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="231"/>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="234"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="235"/>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="239"/>
        <source>Show &amp;Raw Text (with Page Chrome)</source>
        <translation>&amp;Rohtext zeigen (mit Seitenrahmen)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="242"/>
        <source>&amp;Next Hit in Release</source>
        <translation>&amp;Nächster Treffer in der Meldung</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="243"/>
        <source>F3</source>
        <translation>F3</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="246"/>
        <source>&amp;Previous Hit in Release</source>
        <translation>&amp;Vorheriger Treffer in der Meldung</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="247"/>
        <source>Shift+F3</source>
        <translation>Shift+F3</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="250"/>
        <source>&amp;Save Search…</source>
        <translation>Suche &amp;speichern…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="251"/>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="254"/>
        <source>&amp;Query Syntax</source>
        <translation>Abfrage&amp;syntax</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="255"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="258"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="259"/>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="263"/>
        <source>&amp;About Bulletin</source>
        <translation>&amp;Über Bulletin</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <location filename="../../ui/preferences_dialog.ui" line="6"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.ui" line="14"/>
        <source>&amp;Search while typing after:</source>
        <translation>&amp;Suchen beim Tippen nach:</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.ui" line="24"/>
        <source>Quiet time after a keystroke before the search runs again (the first keystroke after a pause searches at once)</source>
        <translation>Ruhezeit nach einem Tastendruck, bevor erneut gesucht wird (der erste Tastendruck nach einer Pause sucht sofort)</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.ui" line="27"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.ui" line="40"/>
        <source>&amp;Rows shown in lists:</source>
        <translation>&amp;Zeilen in Listen:</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.ui" line="50"/>
        <source>People, agencies, places, dates, meetings and pairs shown at once; exports always hold every row</source>
        <translation>Gleichzeitig gezeigte Personen, Behörden, Orte, Daten, Treffen und Paare; Exporte enthalten immer alle Zeilen</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.ui" line="66"/>
        <source>&amp;Document text size:</source>
        <translation>&amp;Textgröße der Meldung:</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.ui" line="76"/>
        <source>System default</source>
        <translation>Systemvorgabe</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.ui" line="79"/>
        <source> pt</source>
        <translation> pt</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.ui" line="89"/>
        <source>&amp;Colours:</source>
        <translation>&amp;Farben:</translation>
    </message>
    <message>
        <location filename="../../ui/preferences_dialog.ui" line="102"/>
        <source>Re&amp;open the last archive at start</source>
        <translation>Letztes Archiv beim Start wieder ö&amp;ffnen</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../../src/app/document_renderer.cpp" line="72"/>
        <source>%1: %2 (found by %3, score %4)</source>
        <translation>%1: %2 (gefunden von %3, Wert %4)</translation>
    </message>
    <message>
        <location filename="../../src/app/document_renderer.cpp" line="122"/>
        <source>from the %1</source>
        <translation>aus: %1</translation>
    </message>
    <message>
        <location filename="../../src/app/document_renderer.cpp" line="123"/>
        <source>from the %1; sources disagree: %2</source>
        <translation>aus: %1; die Quellen widersprechen sich: %2</translation>
    </message>
    <message>
        <location filename="../../src/app/document_renderer.cpp" line="139"/>
        <source>person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../src/app/document_renderer.cpp" line="140"/>
        <source>agency</source>
        <translation>Behörde</translation>
    </message>
    <message>
        <location filename="../../src/app/document_renderer.cpp" line="140"/>
        <source>place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../src/app/document_renderer.cpp" line="174"/>
        <source>Also found at:</source>
        <translation>Auch gefunden unter:</translation>
    </message>
    <message>
        <location filename="../../src/app/document_renderer.cpp" line="180"/>
        <source>Similar releases:</source>
        <translation>Ähnliche Meldungen:</translation>
    </message>
</context>
<context>
    <name>StartGuide</name>
    <message>
        <location filename="../../src/app/start_guide.cpp" line="24"/>
        <source>This archive holds no releases yet</source>
        <translation>Dieses Archiv enthält noch keine Meldungen</translation>
    </message>
    <message>
        <location filename="../../src/app/start_guide.cpp" line="26"/>
        <source>Archive: %1</source>
        <translation>Archiv: %1</translation>
    </message>
    <message>
        <location filename="../../src/app/start_guide.cpp" line="27"/>
        <source>To begin:</source>
        <translation>Zum Einstieg:</translation>
    </message>
    <message>
        <location filename="../../src/app/start_guide.cpp" line="29"/>
        <source>Add a folder of press releases…</source>
        <translation>Einen Ordner mit Pressemitteilungen hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../src/app/start_guide.cpp" line="30"/>
        <source>plain-text files, read with their subfolders; the same as File ▸ Add Folder (Ctrl+Shift+A)</source>
        <translation>Textdateien, samt Unterordnern gelesen; wie Datei ▸ Ordner hinzufügen (Strg+Umschalt+A)</translation>
    </message>
    <message>
        <location filename="../../src/app/start_guide.cpp" line="35"/>
        <source>Open or create another archive…</source>
        <translation>Ein anderes Archiv öffnen oder anlegen…</translation>
    </message>
    <message>
        <location filename="../../src/app/start_guide.cpp" line="36"/>
        <source>an archive file another analyst gave you, or a new one elsewhere</source>
        <translation>eine Archivdatei, die Sie von anderen Analysten erhalten haben, oder ein neues Archiv an anderer Stelle</translation>
    </message>
    <message>
        <location filename="../../src/app/start_guide.cpp" line="42"/>
        <source>Add the sample releases</source>
        <translation>Die Beispielmeldungen hinzufügen</translation>
    </message>
    <message>
        <location filename="../../src/app/start_guide.cpp" line="43"/>
        <source>five releases shipped with Bulletin, to try searching, lists and corrections</source>
        <translation>fünf mit Bulletin gelieferte Meldungen, um Suche, Listen und Korrekturen auszuprobieren</translation>
    </message>
    <message>
        <location filename="../../src/app/start_guide.cpp" line="47"/>
        <source>Then type in the search field: words, &quot;exact phrases&quot;, agency:, person:, date:2018 … (Help ▸ Query Syntax, F1).</source>
        <translation>Dann ins Suchfeld tippen: Wörter, „genaue Wendungen“, agency:, person:, date:2018 … (Hilfe ▸ Abfragesyntax, F1).</translation>
    </message>
</context>
<context>
    <name>bulletin::app::BatchSearchDialog</name>
    <message>
        <location filename="../../src/app/batch_search_dialog.cpp" line="43"/>
        <source>Batch Search</source>
        <translation>Stapelsuche</translation>
    </message>
    <message>
        <location filename="../../src/app/batch_search_dialog.cpp" line="46"/>
        <source>&amp;Open List…</source>
        <translation>Liste ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../../src/app/batch_search_dialog.cpp" line="48"/>
        <source>A text file with one name or query per line, or CSV with &apos;label&apos; and &apos;query&apos; columns</source>
        <translation>Eine Textdatei mit einem Namen oder einer Abfrage pro Zeile, oder CSV mit den Spalten &apos;label&apos; und &apos;query&apos;</translation>
    </message>
    <message>
        <location filename="../../src/app/batch_search_dialog.cpp" line="49"/>
        <source>&amp;Cancel Run</source>
        <translation>Lauf &amp;abbrechen</translation>
    </message>
    <message>
        <location filename="../../src/app/batch_search_dialog.cpp" line="54"/>
        <source>Open a list of names or queries to run against this archive.</source>
        <translation>Öffnen Sie eine Liste von Namen oder Abfragen, die in diesem Archiv gesucht werden.</translation>
    </message>
    <message>
        <location filename="../../src/app/batch_search_dialog.cpp" line="59"/>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <location filename="../../src/app/batch_search_dialog.cpp" line="59"/>
        <source>Query</source>
        <translation>Abfrage</translation>
    </message>
    <message>
        <location filename="../../src/app/batch_search_dialog.cpp" line="59"/>
        <source>Understood as</source>
        <translation>Verstanden als</translation>
    </message>
    <message>
        <location filename="../../src/app/batch_search_dialog.cpp" line="59"/>
        <source>Hits</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <location filename="../../src/app/batch_search_dialog.cpp" line="59"/>
        <source>First</source>
        <translation>Erste</translation>
    </message>
    <message>
        <location filename="../../src/app/batch_search_dialog.cpp" line="60"/>
        <source>Last</source>
        <translation>Letzte</translation>
    </message>
    <message>
        <location filename="../../src/app/batch_search_dialog.cpp" line="60"/>
        <source>Top agencies</source>
        <translation>Häufigste Behörden</translation>
    </message>
    <message>
        <location filename="../../src/app/batch_search_dialog.cpp" line="69"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../src/app/batch_search_dialog.cpp" line="69"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../src/app/batch_search_dialog.cpp" line="69"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <location filename="../../src/app/batch_search_dialog.cpp" line="74"/>
        <source>Double-click a release to read it in the main window</source>
        <translation>Doppelklick auf eine Meldung zeigt sie im Hauptfenster</translation>
    </message>
    <message>
        <location filename="../../src/app/batch_search_dialog.cpp" line="76"/>
        <source>Export &amp;Summary…</source>
        <translation>&amp;Übersicht exportieren…</translation>
    </message>
    <message>
        <location filename="../../src/app/batch_search_dialog.cpp" line="78"/>
        <source>Export &amp;Hits per Query…</source>
        <translation>&amp;Treffer je Abfrage exportieren…</translation>
    </message>
    <message>
        <location filename="../../src/app/batch_search_dialog.cpp" line="122"/>
        <source>Open List</source>
        <translation>Liste öffnen</translation>
    </message>
    <message>
        <location filename="../../src/app/batch_search_dialog.cpp" line="123"/>
        <source>Lists (*.txt *.csv *.tsv);;All files (*)</source>
        <translation>Listen (*.txt *.csv *.tsv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../src/app/batch_search_dialog.cpp" line="130"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../../src/app/batch_search_dialog.cpp" line="143"/>
        <source>Cannot read the list %1: %2</source>
        <translation>Die Liste %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../../src/app/batch_search_dialog.cpp" line="159"/>
        <source>Running %L1 lines of %2…</source>
        <translation>%L1 Zeilen aus %2 laufen…</translation>
    </message>
    <message>
        <location filename="../../src/app/batch_search_dialog.cpp" line="187"/>
        <source>Batch search failed: %1</source>
        <translation>Stapelsuche fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../../src/app/batch_search_dialog.cpp" line="208"/>
        <source>cannot run: %1</source>
        <translation>nicht ausführbar: %1</translation>
    </message>
    <message>
        <location filename="../../src/app/batch_search_dialog.cpp" line="221"/>
        <source>%L1 lines: %L2 with hits, %L3 could not run (their reason is in the table)</source>
        <translation>%L1 Zeilen: %L2 mit Treffern, %L3 nicht ausführbar (der Grund steht in der Tabelle)</translation>
    </message>
    <message>
        <location filename="../../src/app/batch_search_dialog.cpp" line="225"/>
        <source>Cancelled after %L1 of %L2 lines. </source>
        <translation>Abgebrochen nach %L1 von %L2 Zeilen. </translation>
    </message>
    <message>
        <location filename="../../src/app/batch_search_dialog.cpp" line="295"/>
        <source>Export Hits per Query</source>
        <translation>Treffer je Abfrage exportieren</translation>
    </message>
    <message>
        <location filename="../../src/app/batch_search_dialog.cpp" line="295"/>
        <source>Export Summary</source>
        <translation>Übersicht exportieren</translation>
    </message>
    <message>
        <location filename="../../src/app/batch_search_dialog.cpp" line="296"/>
        <source>CSV files (*.csv);;JSON Lines files (*.jsonl)</source>
        <translation>CSV-Dateien (*.csv);;JSON-Lines-Dateien (*.jsonl)</translation>
    </message>
    <message>
        <location filename="../../src/app/batch_search_dialog.cpp" line="299"/>
        <source>Exporting to %1…</source>
        <translation>Export nach %1…</translation>
    </message>
    <message>
        <location filename="../../src/app/batch_search_dialog.cpp" line="307"/>
        <location filename="../../src/app/batch_search_dialog.cpp" line="328"/>
        <source>Exported %L1 rows to %2</source>
        <translation>%L1 Zeilen nach %2 exportiert</translation>
    </message>
    <message>
        <location filename="../../src/app/batch_search_dialog.cpp" line="309"/>
        <location filename="../../src/app/batch_search_dialog.cpp" line="331"/>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>bulletin::app::CooccurrenceMap</name>
    <message>
        <location filename="../../src/app/cooccurrence_map.cpp" line="110"/>
        <source>No person and agency are named together in this result</source>
        <translation>In diesem Ergebnis werden keine Person und Behörde gemeinsam genannt</translation>
    </message>
    <message>
        <location filename="../../src/app/cooccurrence_map.cpp" line="146"/>
        <source>%1 of %2 people,
%3 of %4 agencies
(enlarge to see more)</source>
        <translation>%1 von %2 Personen,
%3 von %4 Behörden
(vergrößern für mehr)</translation>
    </message>
    <message>
        <location filename="../../src/app/cooccurrence_map.cpp" line="158"/>
        <source>%1 and %2: 1 release names both</source>
        <translation>%1 und %2: 1 Meldung nennt beide</translation>
    </message>
    <message>
        <location filename="../../src/app/cooccurrence_map.cpp" line="159"/>
        <source>%1 and %2: %L3 releases name both</source>
        <translation>%1 und %2: %L3 Meldungen nennen beide</translation>
    </message>
</context>
<context>
    <name>bulletin::app::CorrectionsHistoryDialog</name>
    <message>
        <location filename="../../src/app/corrections_history_dialog.cpp" line="22"/>
        <source>Corrections History</source>
        <translation>Korrekturverlauf</translation>
    </message>
    <message>
        <location filename="../../src/app/corrections_history_dialog.cpp" line="27"/>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location filename="../../src/app/corrections_history_dialog.cpp" line="27"/>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <location filename="../../src/app/corrections_history_dialog.cpp" line="27"/>
        <source>Correction</source>
        <translation>Korrektur</translation>
    </message>
    <message>
        <location filename="../../src/app/corrections_history_dialog.cpp" line="27"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location filename="../../src/app/corrections_history_dialog.cpp" line="27"/>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <location filename="../../src/app/corrections_history_dialog.cpp" line="39"/>
        <location filename="../../src/app/corrections_history_dialog.cpp" line="105"/>
        <source>Revert</source>
        <translation>Zurücknehmen</translation>
    </message>
    <message>
        <location filename="../../src/app/corrections_history_dialog.cpp" line="84"/>
        <source>undone</source>
        <translation>zurückgenommen</translation>
    </message>
    <message>
        <location filename="../../src/app/corrections_history_dialog.cpp" line="84"/>
        <source>in effect</source>
        <translation>wirksam</translation>
    </message>
    <message>
        <location filename="../../src/app/corrections_history_dialog.cpp" line="91"/>
        <source>Cannot read the corrections: %1</source>
        <translation>Die Korrekturen können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location filename="../../src/app/corrections_history_dialog.cpp" line="92"/>
        <source>No corrections yet. Right-click a person, agency or place to correct it.</source>
        <translation>Noch keine Korrekturen. Zum Korrigieren eine Person, Behörde oder einen Ort mit der rechten Maustaste anklicken.</translation>
    </message>
    <message>
        <location filename="../../src/app/corrections_history_dialog.cpp" line="93"/>
        <source>1 correction; select it to revert or restore it.</source>
        <translation>1 Korrektur; auswählen, um sie zurückzunehmen oder wiederherzustellen.</translation>
    </message>
    <message>
        <location filename="../../src/app/corrections_history_dialog.cpp" line="94"/>
        <source>%1 corrections; select one to revert or restore it.</source>
        <translation>%1 Korrekturen; eine auswählen, um sie zurückzunehmen oder wiederherzustellen.</translation>
    </message>
    <message>
        <location filename="../../src/app/corrections_history_dialog.cpp" line="105"/>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../../src/app/corrections_history_dialog.cpp" line="120"/>
        <source>Taken back: %1</source>
        <translation>Zurückgenommen: %1</translation>
    </message>
    <message>
        <location filename="../../src/app/corrections_history_dialog.cpp" line="120"/>
        <source>In effect again: %1</source>
        <translation>Wieder wirksam: %1</translation>
    </message>
</context>
<context>
    <name>bulletin::app::DocumentTableModel</name>
    <message>
        <location filename="../../src/app/document_table_model.cpp" line="75"/>
        <source>Starred: click to remove the star</source>
        <translation>Mit Stern: Klicken entfernt den Stern</translation>
    </message>
    <message>
        <location filename="../../src/app/document_table_model.cpp" line="75"/>
        <source>Not starred: click to star</source>
        <translation>Ohne Stern: Klicken setzt einen Stern</translation>
    </message>
    <message>
        <location filename="../../src/app/document_table_model.cpp" line="85"/>
        <source>New since you last looked</source>
        <translation>Neu seit Ihrem letzten Blick</translation>
    </message>
    <message>
        <location filename="../../src/app/document_table_model.cpp" line="90"/>
        <source>New: %1</source>
        <translation>Neu: %1</translation>
    </message>
    <message>
        <location filename="../../src/app/document_table_model.cpp" line="96"/>
        <source>Starred (Ctrl+D)</source>
        <translation>Mit Stern (Strg+D)</translation>
    </message>
    <message>
        <location filename="../../src/app/document_table_model.cpp" line="99"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../src/app/document_table_model.cpp" line="100"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../src/app/document_table_model.cpp" line="101"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
</context>
<context>
    <name>bulletin::app::EntityPage</name>
    <message>
        <location filename="../../src/app/entity_page.cpp" line="29"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../src/app/entity_page.cpp" line="30"/>
        <source>Agency</source>
        <translation>Behörde</translation>
    </message>
    <message>
        <location filename="../../src/app/entity_page.cpp" line="31"/>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../src/app/entity_page.cpp" line="101"/>
        <source>Saved the note on %1</source>
        <translation>Notiz zu %1 gespeichert</translation>
    </message>
    <message>
        <location filename="../../src/app/entity_page.cpp" line="102"/>
        <source>Saved the tags of %1</source>
        <translation>Schlagwörter von %1 gespeichert</translation>
    </message>
    <message>
        <location filename="../../src/app/entity_page.cpp" line="127"/>
        <location filename="../../src/app/entity_page.cpp" line="187"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../../src/app/entity_page.cpp" line="129"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location filename="../../src/app/entity_page.cpp" line="173"/>
        <source>No visible %1 is called “%2” in this archive (it may have been hidden or merged under another name).</source>
        <translation>In diesem Archiv heißt keine sichtbare Entität (%1) „%2“ (sie wurde vielleicht ausgeblendet oder unter einem anderen Namen zusammengeführt).</translation>
    </message>
    <message>
        <location filename="../../src/app/entity_page.cpp" line="190"/>
        <source>also: %1</source>
        <translation>auch: %1</translation>
    </message>
    <message>
        <location filename="../../src/app/entity_page.cpp" line="191"/>
        <source>1 release</source>
        <translation>1 Meldung</translation>
    </message>
    <message>
        <location filename="../../src/app/entity_page.cpp" line="191"/>
        <source>%L1 releases</source>
        <translation>%L1 Meldungen</translation>
    </message>
    <message>
        <location filename="../../src/app/entity_page.cpp" line="192"/>
        <source>1 mention</source>
        <translation>1 Erwähnung</translation>
    </message>
    <message>
        <location filename="../../src/app/entity_page.cpp" line="192"/>
        <source>%L1 mentions</source>
        <translation>%L1 Erwähnungen</translation>
    </message>
    <message>
        <location filename="../../src/app/entity_page.cpp" line="193"/>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <location filename="../../src/app/entity_page.cpp" line="194"/>
        <source>1 meeting</source>
        <translation>1 Treffen</translation>
    </message>
    <message>
        <location filename="../../src/app/entity_page.cpp" line="194"/>
        <source>%L1 meetings</source>
        <translation>%L1 Treffen</translation>
    </message>
    <message>
        <location filename="../../src/app/entity_page.cpp" line="206"/>
        <source>&amp;People (%1)</source>
        <translation>&amp;Personen (%1)</translation>
    </message>
    <message>
        <location filename="../../src/app/entity_page.cpp" line="207"/>
        <source>&amp;Roles (%1)</source>
        <translation>&amp;Rollen (%1)</translation>
    </message>
    <message>
        <location filename="../../src/app/entity_page.cpp" line="215"/>
        <source>&amp;Meetings (%1)</source>
        <translation>&amp;Treffen (%1)</translation>
    </message>
    <message>
        <location filename="../../src/app/entity_page.cpp" line="221"/>
        <source>R&amp;eleases (%1)</source>
        <translation>M&amp;eldungen (%1)</translation>
    </message>
    <message>
        <location filename="../../src/app/entity_page.cpp" line="230"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../../src/app/entity_page.cpp" line="231"/>
        <source>Agencies</source>
        <translation>Behörden</translation>
    </message>
    <message>
        <location filename="../../src/app/entity_page.cpp" line="232"/>
        <source>Places</source>
        <translation>Orte</translation>
    </message>
    <message>
        <location filename="../../src/app/entity_page.cpp" line="240"/>
        <source>Double-click to open this page</source>
        <translation>Doppelklick öffnet diese Seite</translation>
    </message>
    <message>
        <location filename="../../src/app/entity_page.cpp" line="263"/>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <location filename="../../src/app/entity_page.cpp" line="263"/>
        <source>New name for %1:</source>
        <translation>Neuer Name für %1:</translation>
    </message>
    <message>
        <location filename="../../src/app/entity_page.cpp" line="267"/>
        <source>Add Alias</source>
        <translation>Alias hinzufügen</translation>
    </message>
    <message>
        <location filename="../../src/app/entity_page.cpp" line="267"/>
        <source>Another name for %1:</source>
        <translation>Weiterer Name für %1:</translation>
    </message>
</context>
<context>
    <name>bulletin::app::ExportDialog</name>
    <message>
        <location filename="../../src/app/export_dialog.cpp" line="18"/>
        <source>CSV (comma-separated, RFC 4180)</source>
        <translation>CSV (kommagetrennt, RFC 4180)</translation>
    </message>
    <message>
        <location filename="../../src/app/export_dialog.cpp" line="19"/>
        <source>JSON Lines (one object per line)</source>
        <translation>JSON Lines (ein Objekt pro Zeile)</translation>
    </message>
</context>
<context>
    <name>bulletin::app::IngestController</name>
    <message>
        <location filename="../../src/app/ingest_controller.cpp" line="48"/>
        <source>%1 new documents, %2 duplicates, %3 unchanged, %4 rejected</source>
        <translation>%1 neue Dokumente, %2 Duplikate, %3 unverändert, %4 abgelehnt</translation>
    </message>
</context>
<context>
    <name>bulletin::app::MainWindow</name>
    <message>
        <location filename="../../src/app/main_window.cpp" line="89"/>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window.cpp" line="90"/>
        <source>Meetings</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window.cpp" line="91"/>
        <location filename="../../src/app/main_window.cpp" line="457"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window.cpp" line="92"/>
        <location filename="../../src/app/main_window.cpp" line="457"/>
        <source>Agencies</source>
        <translation>Behörden</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window.cpp" line="93"/>
        <location filename="../../src/app/main_window.cpp" line="457"/>
        <source>Locations</source>
        <translation>Orte</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window.cpp" line="94"/>
        <source>Dates / Timeline</source>
        <translation>Daten / Zeitleiste</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window.cpp" line="95"/>
        <source>Person × Agency</source>
        <translation>Person × Behörde</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window.cpp" line="148"/>
        <source>Relevance</source>
        <translation>Relevanz</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window.cpp" line="149"/>
        <source>Newest first</source>
        <translation>Neueste zuerst</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window.cpp" line="150"/>
        <source>Oldest first</source>
        <translation>Älteste zuerst</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window.cpp" line="151"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window.cpp" line="156"/>
        <location filename="../../src/app/main_window_export.cpp" line="66"/>
        <location filename="../../src/app/main_window_sorting.cpp" line="53"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window.cpp" line="157"/>
        <source>Stop adding files; what was stored stays and the next run resumes</source>
        <translation>Hinzufügen beenden; Gespeichertes bleibt, der nächste Lauf setzt fort</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window.cpp" line="190"/>
        <source>Save Search</source>
        <translation>Suche speichern</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window.cpp" line="190"/>
        <source>Name of this search:</source>
        <translation>Name dieser Suche:</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window.cpp" line="210"/>
        <source>Cannot watch folders: %1</source>
        <translation>Ordner können nicht beobachtet werden: %1</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window.cpp" line="223"/>
        <source>Hit %1 of %2 in this release</source>
        <translation>Treffer %1 von %2 in dieser Meldung</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window.cpp" line="223"/>
        <source>No search hit in this release</source>
        <translation>Kein Suchtreffer in dieser Meldung</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window.cpp" line="284"/>
        <location filename="../../src/app/main_window.cpp" line="307"/>
        <source>Cannot open archive</source>
        <translation>Archiv kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window.cpp" line="285"/>
        <location filename="../../src/app/main_window.cpp" line="308"/>
        <source>Cannot open archive: %1</source>
        <translation>Archiv kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window.cpp" line="297"/>
        <source>Upgrading the archive from format %1 to %2 (a copy is kept)…</source>
        <translation>Archiv wird von Format %1 auf %2 aktualisiert (eine Kopie bleibt erhalten)…</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window.cpp" line="328"/>
        <source>Search failed: %1</source>
        <translation>Suche fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window.cpp" line="336"/>
        <source>%1 — Bulletin</source>
        <translation>%1 — Bulletin</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window.cpp" line="398"/>
        <source>&amp;Export Results…</source>
        <translation>Ergebnisse &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window.cpp" line="398"/>
        <source>&amp;Export List…</source>
        <translation>Liste &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window.cpp" line="428"/>
        <location filename="../../src/app/main_window.cpp" line="479"/>
        <source>Query not run: %1</source>
        <translation>Abfrage nicht ausgeführt: %1</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window.cpp" line="444"/>
        <source>%L1 rows</source>
        <translation>%L1 Zeilen</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window.cpp" line="446"/>
        <source> (the first %L1; export for all)</source>
        <translation> (die ersten %L1; alle per Export)</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window.cpp" line="464"/>
        <source>Refine (click to filter)</source>
        <translation>Eingrenzen (zum Filtern klicken)</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window.cpp" line="457"/>
        <source>Refine (click to filter); counted in the first %L1 matches</source>
        <translation>Eingrenzen (zum Filtern klicken); gezählt in den ersten %L1 Treffern</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window.cpp" line="459"/>
        <source>More releases match than the server counts facets over: these counts are of the first %L1 matching releases stored.</source>
        <translation>Es passen mehr Meldungen, als der Server für die Facetten zählt: diese Zahlen beziehen sich auf die ersten %L1 gespeicherten Treffer.</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window.cpp" line="458"/>
        <source>Meeting kinds</source>
        <translation>Arten von Treffen</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window.cpp" line="458"/>
        <source>Years</source>
        <translation>Jahre</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window_sorting.cpp" line="63"/>
        <source>%1, %L2 new since you last looked (first, in bold)</source>
        <translation>%1, davon %L2 neu seit Ihrem letzten Blick (zuerst, fett)</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window.cpp" line="96"/>
        <location filename="../../src/app/main_window.cpp" line="458"/>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window.cpp" line="476"/>
        <source>%1 (at column %2)</source>
        <translation>%1 (in Spalte %2)</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window_sorting.cpp" line="60"/>
        <source>1 release</source>
        <translation>1 Meldung</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window_sorting.cpp" line="61"/>
        <source>%L1 releases</source>
        <translation>%L1 Meldungen</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window.cpp" line="578"/>
        <source>Open or Create Archive</source>
        <translation>Archiv öffnen oder anlegen</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window.cpp" line="579"/>
        <source>Bulletin archives (*.bulletin);;All files (*)</source>
        <translation>Bulletin-Archive (*.bulletin);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window_ingest.cpp" line="20"/>
        <source>Add Folder of Press Releases</source>
        <translation>Ordner mit Pressemitteilungen hinzufügen</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window_ingest.cpp" line="29"/>
        <source>Adding files…</source>
        <translation>Dateien werden hinzugefügt…</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window_ingest.cpp" line="36"/>
        <source>Adding files… (names by the rules alone: the name tagger is not available)</source>
        <translation>Dateien werden hinzugefügt… (Namen nur nach den Regeln: der Namens-Tagger ist nicht verfügbar)</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window_ingest.cpp" line="96"/>
        <source>Watch Folder of Press Releases</source>
        <translation>Ordner mit Pressemitteilungen beobachten</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window_ingest.cpp" line="108"/>
        <source>Watching %1 folder(s)</source>
        <translation>%1 Ordner werden beobachtet</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window_ingest.cpp" line="130"/>
        <source>%1 of %2 files, %3 docs/s</source>
        <translation>%1 von %2 Dateien, %3 Dok./s</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window_ingest.cpp" line="131"/>
        <source>, %1 s left</source>
        <translation>, noch %1 s</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window_ingest.cpp" line="141"/>
        <source>Adding files failed</source>
        <translation>Hinzufügen fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window_ingest.cpp" line="143"/>
        <source>Cancelled: </source>
        <translation>Abgebrochen: </translation>
    </message>
    <message>
        <location filename="../../src/app/main_window_ingest.cpp" line="143"/>
        <source>Done: </source>
        <translation>Fertig: </translation>
    </message>
    <message>
        <location filename="../../src/app/main_window_ingest.cpp" line="146"/>
        <source>Some files were rejected</source>
        <translation>Einige Dateien wurden abgelehnt</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window_ingest.cpp" line="147"/>
        <source>%1 file(s) could not be added. Their reasons are kept in the archive.</source>
        <translation>%1 Datei(en) konnten nicht hinzugefügt werden. Die Gründe stehen im Archiv.</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window.cpp" line="600"/>
        <source>&lt;p&gt;&lt;b&gt;Words&lt;/b&gt;: all must appear (&lt;tt&gt;UNODC training&lt;/tt&gt;).&lt;br&gt;&lt;b&gt;&quot;Exact phrase&quot;&lt;/b&gt;: &lt;tt&gt;&quot;working group&quot;&lt;/tt&gt;.&lt;br&gt;&lt;b&gt;OR&lt;/b&gt;: &lt;tt&gt;Karachi OR Islamabad&lt;/tt&gt;.&lt;br&gt;&lt;b&gt;Exclude&lt;/b&gt;: &lt;tt&gt;-Karachi&lt;/tt&gt; or &lt;tt&gt;NOT Karachi&lt;/tt&gt;.&lt;br&gt;&lt;b&gt;Prefix&lt;/b&gt;: &lt;tt&gt;terror*&lt;/tt&gt;.&lt;br&gt;&lt;b&gt;Word forms&lt;/b&gt;: &lt;tt&gt;~trafficking&lt;/tt&gt; (trafficked, traffickers…).&lt;br&gt;&lt;b&gt;Groups&lt;/b&gt;: &lt;tt&gt;(UNODC OR NACTA) meeting&lt;/tt&gt;.&lt;br&gt;&lt;b&gt;Fields&lt;/b&gt;: &lt;tt&gt;title:meeting&lt;/tt&gt;, &lt;tt&gt;path:orange&lt;/tt&gt;.&lt;br&gt;&lt;b&gt;Dates&lt;/b&gt; (publication): &lt;tt&gt;date:2018&lt;/tt&gt;, &lt;tt&gt;date:2018-05..2019-12&lt;/tt&gt;, &lt;tt&gt;date:&amp;gt;2020-01-01&lt;/tt&gt;.&lt;/p&gt;&lt;p&gt;Curly quotes are accepted; an unclosed quote or parenthesis is closed for you and the result line says so.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Wörter&lt;/b&gt;: alle müssen vorkommen (&lt;tt&gt;UNODC training&lt;/tt&gt;).&lt;br&gt;&lt;b&gt;&quot;Genaue Phrase&quot;&lt;/b&gt;: &lt;tt&gt;&quot;working group&quot;&lt;/tt&gt;.&lt;br&gt;&lt;b&gt;OR&lt;/b&gt;: &lt;tt&gt;Karachi OR Islamabad&lt;/tt&gt;.&lt;br&gt;&lt;b&gt;Ausschließen&lt;/b&gt;: &lt;tt&gt;-Karachi&lt;/tt&gt; oder &lt;tt&gt;NOT Karachi&lt;/tt&gt;.&lt;br&gt;&lt;b&gt;Präfix&lt;/b&gt;: &lt;tt&gt;terror*&lt;/tt&gt;.&lt;br&gt;&lt;b&gt;Wortformen&lt;/b&gt;: &lt;tt&gt;~trafficking&lt;/tt&gt; (trafficked, traffickers…).&lt;br&gt;&lt;b&gt;Gruppen&lt;/b&gt;: &lt;tt&gt;(UNODC OR NACTA) meeting&lt;/tt&gt;.&lt;br&gt;&lt;b&gt;Felder&lt;/b&gt;: &lt;tt&gt;title:meeting&lt;/tt&gt;, &lt;tt&gt;path:orange&lt;/tt&gt;.&lt;br&gt;&lt;b&gt;Daten&lt;/b&gt; (Veröffentlichung): &lt;tt&gt;date:2018&lt;/tt&gt;, &lt;tt&gt;date:2018-05..2019-12&lt;/tt&gt;, &lt;tt&gt;date:&amp;gt;2020-01-01&lt;/tt&gt;.&lt;/p&gt;&lt;p&gt;Typografische Anführungszeichen werden akzeptiert; ein offenes Anführungszeichen oder eine offene Klammer wird für Sie geschlossen, und die Ergebniszeile sagt es.&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window_export.cpp" line="27"/>
        <source>Every row of the %1 list.</source>
        <translation>Alle Zeilen der Liste %1.</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window_export.cpp" line="29"/>
        <location filename="../../src/app/main_window_export.cpp" line="32"/>
        <source>current</source>
        <translation>aktuell</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window_export.cpp" line="30"/>
        <source>Every row of the %1 list for &lt;b&gt;%2&lt;/b&gt;, in the order shown.</source>
        <translation>Alle Zeilen der Liste %1 für &lt;b&gt;%2&lt;/b&gt;, in der angezeigten Reihenfolge.</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window_export.cpp" line="41"/>
        <source>Export List</source>
        <translation>Liste exportieren</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window_export.cpp" line="42"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window_export.cpp" line="42"/>
        <source>JSON Lines files (*.jsonl)</source>
        <translation>JSON-Lines-Dateien (*.jsonl)</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window_export.cpp" line="66"/>
        <source>Exporting…</source>
        <translation>Export läuft…</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window_export.cpp" line="73"/>
        <source>Exporting… %L1 rows written</source>
        <translation>Export läuft… %L1 Zeilen geschrieben</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window_export.cpp" line="83"/>
        <source>Export cancelled; no file was written</source>
        <translation>Export abgebrochen; es wurde keine Datei geschrieben</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window_export.cpp" line="84"/>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window_export.cpp" line="87"/>
        <source>Exported %L1 rows to %2</source>
        <translation>%L1 Zeilen nach %2 exportiert</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window.cpp" line="599"/>
        <source>Query Syntax</source>
        <translation>Abfragesyntax</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window.cpp" line="615"/>
        <source>About Bulletin</source>
        <translation>Über Bulletin</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window.cpp" line="616"/>
        <source>&lt;p&gt;&lt;b&gt;Bulletin&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Press-release archive browser and indexer.&lt;/p&gt;&lt;p&gt;Archive: %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Bulletin&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Archiv-Browser und Indexer für Pressemitteilungen.&lt;/p&gt;&lt;p&gt;Archiv: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window_corrections.cpp" line="52"/>
        <source>Open Release</source>
        <translation>Meldung öffnen</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window_corrections.cpp" line="64"/>
        <source>Open Page</source>
        <translation>Seite öffnen</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window_corrections.cpp" line="65"/>
        <source>Show Releases</source>
        <translation>Meldungen zeigen</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window_corrections.cpp" line="67"/>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window_corrections.cpp" line="69"/>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window_corrections.cpp" line="69"/>
        <source>New name for %1:</source>
        <translation>Neuer Name für %1:</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window_corrections.cpp" line="73"/>
        <source>Add Alias…</source>
        <translation>Alias hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window_corrections.cpp" line="75"/>
        <source>Add Alias</source>
        <translation>Alias hinzufügen</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window_corrections.cpp" line="75"/>
        <source>Another name for %1:</source>
        <translation>Weiterer Name für %1:</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window_corrections.cpp" line="80"/>
        <source>Merge Into…</source>
        <translation>Zusammenführen mit…</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window_corrections.cpp" line="90"/>
        <source>Hide (Not a Real Entity)…</source>
        <translation>Ausblenden (keine echte Entität)…</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window_corrections.cpp" line="177"/>
        <source>%1 “%2”</source>
        <translation>%1 „%2“</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window_corrections.cpp" line="179"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window_corrections.cpp" line="180"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window_corrections.cpp" line="193"/>
        <location filename="../../src/app/main_window_corrections.cpp" line="198"/>
        <source>there is nothing to undo</source>
        <translation>es gibt nichts rückgängig zu machen</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window_corrections.cpp" line="195"/>
        <location filename="../../src/app/main_window_corrections.cpp" line="200"/>
        <source>Undone: %1</source>
        <translation>Rückgängig gemacht: %1</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window_corrections.cpp" line="225"/>
        <location filename="../../src/app/main_window_corrections.cpp" line="232"/>
        <source>Redone: %1</source>
        <translation>Wiederhergestellt: %1</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window_corrections.cpp" line="235"/>
        <source>there is nothing to redo</source>
        <translation>es gibt nichts zu wiederholen</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window_corrections.cpp" line="290"/>
        <source>%1 — it also applies after every re-ingest; Ctrl+Z takes it back</source>
        <translation>%1 – gilt auch nach jedem erneuten Einlesen; Strg+Z nimmt es zurück</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window_corrections.cpp" line="291"/>
        <source>Correction not made: %1</source>
        <translation>Korrektur nicht vorgenommen: %1</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window_entity_pages.cpp" line="61"/>
        <source>Open Page of “%1”</source>
        <translation>Seite von „%1“ öffnen</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window_entity_pages.cpp" line="63"/>
        <source>Show Only Releases Naming “%1”</source>
        <translation>Nur Meldungen zeigen, die „%1“ nennen</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window_filter_chips.cpp" line="30"/>
        <source>not %1: %2</source>
        <translation>nicht %1: %2</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window_filter_chips.cpp" line="30"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window_filter_chips.cpp" line="33"/>
        <source>Remove the filter %1</source>
        <translation>Filter %1 entfernen</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window_preferences.cpp" line="47"/>
        <source>Clear List</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window_sorting.cpp" line="51"/>
        <source>Ranking every match by relevance… %1% %2</source>
        <translation>Alle Treffer werden nach Relevanz geordnet… %1 % %2</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window_sorting.cpp" line="59"/>
        <source>about %L1 releases</source>
        <translation>etwa %L1 Meldungen</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window_sorting.cpp" line="60"/>
        <source>%L1+ releases</source>
        <translation>%L1+ Meldungen</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window_sorting.cpp" line="66"/>
        <source>so many that the newest come first; %1 (slower)</source>
        <translation>so viele, dass die neuesten zuerst kommen; %1 (langsamer)</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window_sorting.cpp" line="67"/>
        <source>rank them by relevance</source>
        <translation>nach Relevanz ordnen</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window_sorting.cpp" line="94"/>
        <source>Click Title or Date to sort the releases</source>
        <translation>Auf Titel oder Datum klicken, um die Meldungen zu sortieren</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window_sorting.cpp" line="101"/>
        <source>Click a column to sort by it; an export keeps that order</source>
        <translation>Auf eine Spalte klicken, um danach zu sortieren; ein Export behält diese Reihenfolge</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window_sorting.cpp" line="102"/>
        <source>Only part of this list is shown: narrow the query to sort it by a column</source>
        <translation>Nur ein Teil dieser Liste wird gezeigt: die Abfrage eingrenzen, um nach einer Spalte zu sortieren</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window_marks.cpp" line="35"/>
        <source> (%1 of %2 releases changed)</source>
        <translation> (%1 von %2 Meldungen geändert)</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window_marks.cpp" line="53"/>
        <location filename="../../src/app/main_window_marks.cpp" line="62"/>
        <source>Starred the release</source>
        <translation>Meldung markiert (Stern)</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window_marks.cpp" line="53"/>
        <location filename="../../src/app/main_window_marks.cpp" line="62"/>
        <source>Removed the release&apos;s star</source>
        <translation>Stern der Meldung entfernt</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window_marks.cpp" line="73"/>
        <source>tagged %1</source>
        <translation>Schlagwort %1 vergeben</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window_marks.cpp" line="74"/>
        <source>removed %1</source>
        <translation>%1 entfernt</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window_marks.cpp" line="83"/>
        <source>Removed the note</source>
        <translation>Notiz entfernt</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window_marks.cpp" line="83"/>
        <source>Saved the note</source>
        <translation>Notiz gespeichert</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window_marks.cpp" line="88"/>
        <source>&amp;Star or Unstar</source>
        <translation>&amp;Stern setzen oder entfernen</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window_marks.cpp" line="91"/>
        <source>Stars the shown release, or every selected release</source>
        <translation>Setzt einen Stern auf die angezeigte oder jede ausgewählte Meldung</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window_marks.cpp" line="93"/>
        <source>&amp;Tag…</source>
        <translation>&amp;Schlagwort…</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window_marks.cpp" line="97"/>
        <source>&amp;Note…</source>
        <translation>&amp;Notiz…</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window_marks.cpp" line="106"/>
        <source>&amp;Batch Search…</source>
        <translation>&amp;Stapelsuche…</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window_marks.cpp" line="109"/>
        <source>Run a list of names or queries and see the hits of each</source>
        <translation>Eine Liste von Namen oder Abfragen ausführen und die Treffer jeder Zeile sehen</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window_marks.cpp" line="117"/>
        <location filename="../../src/app/main_window_marks.cpp" line="141"/>
        <source>Starred</source>
        <translation>Mit Stern</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window_marks.cpp" line="119"/>
        <source>The releases you starred (is:starred)</source>
        <translation>Die Meldungen mit Ihrem Stern (is:starred)</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window_marks.cpp" line="141"/>
        <source>Unstarred</source>
        <translation>Stern entfernt</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window_marks.cpp" line="171"/>
        <source>Tag Releases</source>
        <translation>Meldungen verschlagworten</translation>
    </message>
    <message numerus="yes">
        <location filename="../../src/app/main_window_marks.cpp" line="171"/>
        <source>Tag for the %n selected release(s):</source>
        <translation>
            <numerusform>Schlagwort für die ausgewählte Meldung:</numerusform>
            <numerusform>Schlagwort für die %n ausgewählten Meldungen:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../src/app/main_window_marks.cpp" line="179"/>
        <source>Tagged &apos;%1&apos;</source>
        <translation>Schlagwort „%1“ vergeben</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window_entity_pages.cpp" line="45"/>
        <location filename="../../src/app/main_window_marks.cpp" line="221"/>
        <source>%1 — Ctrl+Z takes it back</source>
        <translation>%1 – Strg+Z nimmt es zurück</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window_entity_pages.cpp" line="46"/>
        <location filename="../../src/app/main_window_marks.cpp" line="222"/>
        <source>Mark not made: %1</source>
        <translation>Markierung nicht gesetzt: %1</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window_search_memory.cpp" line="121"/>
        <source> (%L1 new)</source>
        <translation> (%L1 neu)</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window_search_memory.cpp" line="121"/>
        <source> (watched)</source>
        <translation> (beobachtet)</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window_search_memory.cpp" line="127"/>
        <source>&amp;Watch</source>
        <translation>&amp;Beobachten</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window_search_memory.cpp" line="133"/>
        <source>Count the releases that match it as they are added</source>
        <translation>Die passenden Meldungen zählen, sobald sie hinzukommen</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window_search_memory.cpp" line="149"/>
        <source>Watched (%L1 new)</source>
        <translation>Beobachtet (%L1 neu)</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window_search_memory.cpp" line="149"/>
        <source>Watched</source>
        <translation>Beobachtet</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window_search_memory.cpp" line="152"/>
        <source>%1: %L2 new</source>
        <translation>%1: %L2 neu</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window_search_memory.cpp" line="202"/>
        <source>No new releases in the watched searches since you last looked</source>
        <translation>Keine neuen Meldungen in den beobachteten Suchen seit Ihrem letzten Blick</translation>
    </message>
</context>
<context>
    <name>bulletin::app::PreferencesDialog</name>
    <message>
        <location filename="../../src/app/preferences_dialog.cpp" line="12"/>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <location filename="../../src/app/preferences_dialog.cpp" line="13"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location filename="../../src/app/preferences_dialog.cpp" line="14"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
</context>
<context>
    <name>bulletin::app::QueryCompleter</name>
    <message>
        <location filename="../../src/app/completion_model.cpp" line="31"/>
        <source>An earlier query</source>
        <translation>Eine frühere Abfrage</translation>
    </message>
</context>
<context>
    <name>bulletin::app::ReleaseMarksPanel</name>
    <message>
        <location filename="../../src/app/release_marks_panel.cpp" line="53"/>
        <source>Star this release (Ctrl+D); find starred releases with is:starred</source>
        <translation>Diese Meldung mit Stern markieren (Strg+D); Meldungen mit Stern findet is:starred</translation>
    </message>
    <message>
        <location filename="../../src/app/release_marks_panel.cpp" line="55"/>
        <source>Tags, separated by commas (Ctrl+T)</source>
        <translation>Schlagwörter, durch Kommas getrennt (Strg+T)</translation>
    </message>
    <message>
        <location filename="../../src/app/release_marks_panel.cpp" line="56"/>
        <source>Tags of this release; Enter saves them. Find them with tag:&quot;…&quot;</source>
        <translation>Schlagwörter dieser Meldung; Eingabe speichert sie. Finden mit tag:&quot;…&quot;</translation>
    </message>
    <message>
        <location filename="../../src/app/release_marks_panel.cpp" line="60"/>
        <source>Note (Ctrl+Shift+N); saved when you leave the field or press Ctrl+Enter</source>
        <translation>Notiz (Strg+Umschalt+N); gespeichert beim Verlassen des Feldes oder mit Strg+Eingabe</translation>
    </message>
    <message>
        <location filename="../../src/app/release_marks_panel.cpp" line="69"/>
        <source>&amp;Tags:</source>
        <translation>&amp;Schlagwörter:</translation>
    </message>
    <message>
        <location filename="../../src/app/release_marks_panel.cpp" line="98"/>
        <source>★ Starred</source>
        <translation>★ Mit Stern</translation>
    </message>
    <message>
        <location filename="../../src/app/release_marks_panel.cpp" line="98"/>
        <source>☆ Star</source>
        <translation>☆ Stern</translation>
    </message>
</context>
<context>
    <name>bulletin::app::ServerDialog</name>
    <message>
        <location filename="../../src/app/server_dialog.cpp" line="35"/>
        <source>Open Team Archive on a Server</source>
        <translation>Team-Archiv auf einem Server öffnen</translation>
    </message>
    <message>
        <location filename="../../src/app/server_dialog.cpp" line="38"/>
        <source>A team&apos;s shared archive lives on a PostgreSQL server. Give the service name your administrator set up, or the server&apos;s address and database. Passwords are never asked for here: keep yours in ~/.pgpass.</source>
        <translation>Das gemeinsame Archiv eines Teams liegt auf einem PostgreSQL-Server. Geben Sie den Dienstnamen an, den Ihre Administration eingerichtet hat, oder Adresse und Datenbank des Servers. Passwörter werden hier nie abgefragt: Ihres gehört in ~/.pgpass.</translation>
    </message>
    <message>
        <location filename="../../src/app/server_dialog.cpp" line="47"/>
        <source>(a new server)</source>
        <translation>(ein neuer Server)</translation>
    </message>
    <message>
        <location filename="../../src/app/server_dialog.cpp" line="49"/>
        <source>&amp;Recent:</source>
        <translation>&amp;Zuletzt:</translation>
    </message>
    <message>
        <location filename="../../src/app/server_dialog.cpp" line="52"/>
        <source>e.g. team (from ~/.pg_service.conf); or leave empty and fill in below</source>
        <translation>z. B. team (aus ~/.pg_service.conf); oder leer lassen und unten ausfüllen</translation>
    </message>
    <message>
        <location filename="../../src/app/server_dialog.cpp" line="53"/>
        <source>&amp;Service:</source>
        <translation>&amp;Dienst:</translation>
    </message>
    <message>
        <location filename="../../src/app/server_dialog.cpp" line="56"/>
        <source>db.example.org, or a socket folder</source>
        <translation>db.example.org oder ein Socket-Ordner</translation>
    </message>
    <message>
        <location filename="../../src/app/server_dialog.cpp" line="57"/>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <location filename="../../src/app/server_dialog.cpp" line="62"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <location filename="../../src/app/server_dialog.cpp" line="65"/>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <location filename="../../src/app/server_dialog.cpp" line="68"/>
        <source>your own role (the login name when empty)</source>
        <translation>Ihre eigene Rolle (leer: der Anmeldename)</translation>
    </message>
    <message>
        <location filename="../../src/app/server_dialog.cpp" line="69"/>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <location filename="../../src/app/server_dialog.cpp" line="73"/>
        <source>verify-full checks the server&apos;s certificate and name; ask your administrator</source>
        <translation>verify-full prüft Zertifikat und Namen des Servers; fragen Sie Ihre Administration</translation>
    </message>
    <message>
        <location filename="../../src/app/server_dialog.cpp" line="74"/>
        <source>SS&amp;L:</source>
        <translation>SS&amp;L:</translation>
    </message>
    <message>
        <location filename="../../src/app/server_dialog.cpp" line="87"/>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <location filename="../../src/app/server_dialog.cpp" line="89"/>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <location filename="../../src/app/server_dialog.cpp" line="157"/>
        <source>Give a service, or a host and a database.</source>
        <translation>Geben Sie einen Dienst an, oder einen Host und eine Datenbank.</translation>
    </message>
    <message>
        <location filename="../../src/app/server_dialog.cpp" line="157"/>
        <source>Location: %1</source>
        <translation>Ort: %1</translation>
    </message>
    <message>
        <location filename="../../src/app/server_dialog.cpp" line="165"/>
        <source>Nothing to test yet: give a service, or a host and a database.</source>
        <translation>Noch nichts zu testen: Geben Sie einen Dienst an, oder einen Host und eine Datenbank.</translation>
    </message>
    <message>
        <location filename="../../src/app/server_dialog.cpp" line="178"/>
        <source>The archive is ready to open.</source>
        <translation>Das Archiv kann geöffnet werden.</translation>
    </message>
    <message>
        <location filename="../../src/app/server_dialog.cpp" line="178"/>
        <source>There is no archive to open here yet.</source>
        <translation>Hier gibt es noch kein Archiv zum Öffnen.</translation>
    </message>
    <message>
        <location filename="../../src/app/server_dialog.cpp" line="181"/>
        <source>Cannot use this server: %1</source>
        <translation>Dieser Server ist nicht nutzbar: %1</translation>
    </message>
</context>
<context>
    <name>bulletin::app::TimelineView</name>
    <message>
        <location filename="../../src/app/timeline_view.cpp" line="48"/>
        <source>Meetings per month. Drag across months (or click one) to narrow the query to them; right-click to zoom out to every date.</source>
        <translation>Treffen pro Monat. Über Monate ziehen (oder einen anklicken), um die Abfrage auf sie einzugrenzen; Rechtsklick zeigt alle Daten.</translation>
    </message>
    <message>
        <location filename="../../src/app/timeline_view.cpp" line="97"/>
        <source>Zoom Out to Every Date</source>
        <translation>Auf alle Daten herauszoomen</translation>
    </message>
    <message>
        <location filename="../../src/app/timeline_view.cpp" line="99"/>
        <source>Zoom to the Query&apos;s Dates</source>
        <translation>Auf die Daten der Abfrage zoomen</translation>
    </message>
    <message>
        <location filename="../../src/app/timeline_view.cpp" line="151"/>
        <source>No dated meetings or releases for this query</source>
        <translation>Keine datierten Treffen oder Meldungen für diese Abfrage</translation>
    </message>
    <message>
        <location filename="../../src/app/timeline_view.cpp" line="155"/>
        <source>Releases</source>
        <translation>Meldungen</translation>
    </message>
    <message>
        <location filename="../../src/app/timeline_view.cpp" line="167"/>
        <source>Meetings</source>
        <translation>Treffen</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../../src/app/main.cpp" line="26"/>
        <source>Press-release archive browser and indexer</source>
        <translation>Archiv-Browser und Indexer für Pressemitteilungen</translation>
    </message>
    <message>
        <location filename="../../src/app/main.cpp" line="30"/>
        <source>Archive to open (default: the last one used)</source>
        <translation>Zu öffnendes Archiv (Vorgabe: das zuletzt benutzte)</translation>
    </message>
    <message>
        <location filename="../../src/app/main.cpp" line="33"/>
        <source>Add a folder of releases after opening.</source>
        <translation>Nach dem Öffnen einen Ordner mit Meldungen hinzufügen.</translation>
    </message>
</context>
</TS>
