<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
        <location filename="../../ui/main_window.ui" line="145"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="156"/>
        <source>&amp;Search</source>
        <translation>&amp;Suche</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="161"/>
        <source>Saved &amp;Searches</source>
        <translation>Gespeicherte &amp;Suchen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="168"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="180"/>
        <source>&amp;Open Archive…</source>
        <translation>Archiv ö&amp;ffnen…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="181"/>
        <source>Ctrl+O</source>
        <translation>Ctrl+O</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="184"/>
        <source>&amp;Add Folder…</source>
        <translation>Ordner &amp;hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="185"/>
        <source>Ctrl+Shift+A</source>
        <translation>Ctrl+Shift+A</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="188"/>
        <source>&amp;Watch Folder…</source>
        <translation>Ordner &amp;beobachten…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="189"/>
        <source>Add a folder now and keep adding new or changed releases as they appear</source>
        <translation>Einen Ordner jetzt hinzufügen und neue oder geänderte Meldungen laufend aufnehmen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="192"/>
        <source>&amp;Stop Watching Folders</source>
        <translation>Beobachtung der Ordner &amp;beenden</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="195"/>
        <source>&amp;Export Results…</source>
        <translation>Ergebnisse &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="196"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="199"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="200"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="203"/>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="204"/>
        <source>Ctrl+F</source>
        <translation>Ctrl+F</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="207"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="208"/>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="212"/>
        <source>Show &amp;Raw Text (with Page Chrome)</source>
        <translation>&amp;Rohtext zeigen (mit Seitenrahmen)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="215"/>
        <source>&amp;Next Hit in Release</source>
        <translation>&amp;Nächster Treffer in der Meldung</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="216"/>
        <source>F3</source>
        <translation>F3</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="219"/>
        <source>&amp;Previous Hit in Release</source>
        <translation>&amp;Vorheriger Treffer in der Meldung</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="220"/>
        <source>Shift+F3</source>
        <translation>Shift+F3</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="223"/>
        <source>&amp;Save Search…</source>
        <translation>Suche &amp;speichern…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="224"/>
        <source>Ctrl+S</source>
        <translation>Ctrl+S</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="227"/>
        <source>&amp;Query Syntax</source>
        <translation>Abfrage&amp;syntax</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="228"/>
        <source>F1</source>
        <translation>F1</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="231"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="232"/>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.ui" line="236"/>
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
        <location filename="../../src/app/document_renderer.cpp" line="49"/>
        <source>%1: %2 (found by %3, score %4)</source>
        <translation>%1: %2 (gefunden von %3, Wert %4)</translation>
    </message>
    <message>
        <location filename="../../src/app/document_renderer.cpp" line="78"/>
        <source>from the %1</source>
        <translation>aus: %1</translation>
    </message>
    <message>
        <location filename="../../src/app/document_renderer.cpp" line="79"/>
        <source>from the %1; sources disagree: %2</source>
        <translation>aus: %1; die Quellen widersprechen sich: %2</translation>
    </message>
    <message>
        <location filename="../../src/app/document_renderer.cpp" line="94"/>
        <source>person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../src/app/document_renderer.cpp" line="94"/>
        <source>agency</source>
        <translation>Behörde</translation>
    </message>
    <message>
        <location filename="../../src/app/document_renderer.cpp" line="94"/>
        <source>place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../src/app/document_renderer.cpp" line="116"/>
        <source>Also found at:</source>
        <translation>Auch gefunden unter:</translation>
    </message>
    <message>
        <location filename="../../src/app/document_renderer.cpp" line="122"/>
        <source>Similar releases:</source>
        <translation>Ähnliche Meldungen:</translation>
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
    <name>bulletin::app::DocumentTableModel</name>
    <message>
        <location filename="../../src/app/document_table_model.cpp" line="69"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../src/app/document_table_model.cpp" line="70"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../../src/app/document_table_model.cpp" line="71"/>
        <source>File</source>
        <translation>Datei</translation>
    </message>
</context>
<context>
    <name>bulletin::app::EntityPage</name>
    <message>
        <location filename="../../src/app/entity_page.cpp" line="24"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location filename="../../src/app/entity_page.cpp" line="25"/>
        <source>Agency</source>
        <translation>Behörde</translation>
    </message>
    <message>
        <location filename="../../src/app/entity_page.cpp" line="26"/>
        <source>Place</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../../src/app/entity_page.cpp" line="73"/>
        <location filename="../../src/app/entity_page.cpp" line="116"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location filename="../../src/app/entity_page.cpp" line="75"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location filename="../../src/app/entity_page.cpp" line="102"/>
        <source>No visible %1 is called “%2” in this archive (it may have been hidden or merged under another name).</source>
        <translation>In diesem Archiv heißt keine sichtbare Entität (%1) „%2“ (sie wurde vielleicht ausgeblendet oder unter einem anderen Namen zusammengeführt).</translation>
    </message>
    <message>
        <location filename="../../src/app/entity_page.cpp" line="119"/>
        <source>also: %1</source>
        <translation>auch: %1</translation>
    </message>
    <message>
        <location filename="../../src/app/entity_page.cpp" line="120"/>
        <source>1 release</source>
        <translation>1 Meldung</translation>
    </message>
    <message>
        <location filename="../../src/app/entity_page.cpp" line="120"/>
        <source>%L1 releases</source>
        <translation>%L1 Meldungen</translation>
    </message>
    <message>
        <location filename="../../src/app/entity_page.cpp" line="121"/>
        <source>1 mention</source>
        <translation>1 Erwähnung</translation>
    </message>
    <message>
        <location filename="../../src/app/entity_page.cpp" line="121"/>
        <source>%L1 mentions</source>
        <translation>%L1 Erwähnungen</translation>
    </message>
    <message>
        <location filename="../../src/app/entity_page.cpp" line="122"/>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <location filename="../../src/app/entity_page.cpp" line="123"/>
        <source>1 meeting</source>
        <translation>1 Treffen</translation>
    </message>
    <message>
        <location filename="../../src/app/entity_page.cpp" line="123"/>
        <source>%L1 meetings</source>
        <translation>%L1 Treffen</translation>
    </message>
    <message>
        <location filename="../../src/app/entity_page.cpp" line="135"/>
        <source>&amp;People (%1)</source>
        <translation>&amp;Personen (%1)</translation>
    </message>
    <message>
        <location filename="../../src/app/entity_page.cpp" line="136"/>
        <source>&amp;Roles (%1)</source>
        <translation>&amp;Rollen (%1)</translation>
    </message>
    <message>
        <location filename="../../src/app/entity_page.cpp" line="144"/>
        <source>&amp;Meetings (%1)</source>
        <translation>&amp;Treffen (%1)</translation>
    </message>
    <message>
        <location filename="../../src/app/entity_page.cpp" line="150"/>
        <source>R&amp;eleases (%1)</source>
        <translation>M&amp;eldungen (%1)</translation>
    </message>
    <message>
        <location filename="../../src/app/entity_page.cpp" line="159"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../../src/app/entity_page.cpp" line="160"/>
        <source>Agencies</source>
        <translation>Behörden</translation>
    </message>
    <message>
        <location filename="../../src/app/entity_page.cpp" line="161"/>
        <source>Places</source>
        <translation>Orte</translation>
    </message>
    <message>
        <location filename="../../src/app/entity_page.cpp" line="169"/>
        <source>Double-click to open this page</source>
        <translation>Doppelklick öffnet diese Seite</translation>
    </message>
    <message>
        <location filename="../../src/app/entity_page.cpp" line="192"/>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <location filename="../../src/app/entity_page.cpp" line="192"/>
        <source>New name for %1:</source>
        <translation>Neuer Name für %1:</translation>
    </message>
    <message>
        <location filename="../../src/app/entity_page.cpp" line="196"/>
        <source>Add Alias</source>
        <translation>Alias hinzufügen</translation>
    </message>
    <message>
        <location filename="../../src/app/entity_page.cpp" line="196"/>
        <source>Another name for %1:</source>
        <translation>Weiterer Name für %1:</translation>
    </message>
    <message>
        <location filename="../../src/app/entity_page.cpp" line="206"/>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <location filename="../../src/app/entity_page.cpp" line="206"/>
        <source>%1 is the same as:</source>
        <translation>%1 ist dieselbe Entität wie:</translation>
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
        <location filename="../../src/app/main_window.cpp" line="66"/>
        <source>Documents</source>
        <translation>Dokumente</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window.cpp" line="66"/>
        <source>Meetings</source>
        <translation>Treffen</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window.cpp" line="67"/>
        <location filename="../../src/app/main_window.cpp" line="336"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window.cpp" line="67"/>
        <location filename="../../src/app/main_window.cpp" line="336"/>
        <source>Agencies</source>
        <translation>Behörden</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window.cpp" line="68"/>
        <location filename="../../src/app/main_window.cpp" line="336"/>
        <source>Locations</source>
        <translation>Orte</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window.cpp" line="68"/>
        <source>Dates / Timeline</source>
        <translation>Daten / Zeitleiste</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window.cpp" line="69"/>
        <source>Person × Agency</source>
        <translation>Person × Behörde</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window.cpp" line="97"/>
        <source>Relevance</source>
        <translation>Relevanz</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window.cpp" line="98"/>
        <source>Newest first</source>
        <translation>Neueste zuerst</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window.cpp" line="99"/>
        <source>Oldest first</source>
        <translation>Älteste zuerst</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window.cpp" line="100"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window.cpp" line="105"/>
        <location filename="../../src/app/main_window_export.cpp" line="66"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window.cpp" line="106"/>
        <source>Stop adding files; what was stored stays and the next run resumes</source>
        <translation>Hinzufügen beenden; Gespeichertes bleibt, der nächste Lauf setzt fort</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window.cpp" line="136"/>
        <source>Save Search</source>
        <translation>Suche speichern</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window.cpp" line="136"/>
        <source>Name of this search:</source>
        <translation>Name dieser Suche:</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window.cpp" line="153"/>
        <source>Cannot watch folders: %1</source>
        <translation>Ordner können nicht beobachtet werden: %1</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window.cpp" line="162"/>
        <source>Hit %1 of %2 in this release</source>
        <translation>Treffer %1 von %2 in dieser Meldung</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window.cpp" line="163"/>
        <source>No search hit in this release</source>
        <translation>Kein Suchtreffer in dieser Meldung</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window.cpp" line="204"/>
        <location filename="../../src/app/main_window.cpp" line="223"/>
        <source>Cannot open archive</source>
        <translation>Archiv kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window.cpp" line="205"/>
        <location filename="../../src/app/main_window.cpp" line="224"/>
        <source>Cannot open archive: %1</source>
        <translation>Archiv kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window.cpp" line="213"/>
        <source>Upgrading the archive from format %1 to %2 (a copy is kept)…</source>
        <translation>Archiv wird von Format %1 auf %2 aktualisiert (eine Kopie bleibt erhalten)…</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window.cpp" line="233"/>
        <source>Search failed: %1</source>
        <translation>Suche fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window.cpp" line="239"/>
        <source>%1 — Bulletin</source>
        <translation>%1 — Bulletin</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window.cpp" line="295"/>
        <source>&amp;Export Results…</source>
        <translation>Ergebnisse &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window.cpp" line="295"/>
        <source>&amp;Export List…</source>
        <translation>Liste &amp;exportieren…</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window.cpp" line="316"/>
        <location filename="../../src/app/main_window.cpp" line="358"/>
        <source>Query not run: %1</source>
        <translation>Abfrage nicht ausgeführt: %1</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window.cpp" line="323"/>
        <source>%L1 rows</source>
        <translation>%L1 Zeilen</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window.cpp" line="325"/>
        <source> (the first %L1; export for all)</source>
        <translation> (die ersten %L1; alle per Export)</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window.cpp" line="337"/>
        <source>Meeting kinds</source>
        <translation>Arten von Treffen</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window.cpp" line="337"/>
        <source>Years</source>
        <translation>Jahre</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window.cpp" line="355"/>
        <source>%1 (at column %2)</source>
        <translation>%1 (in Spalte %2)</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window.cpp" line="365"/>
        <source>1 release</source>
        <translation>1 Meldung</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window.cpp" line="365"/>
        <source>%L1 releases</source>
        <translation>%L1 Meldungen</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window.cpp" line="395"/>
        <source>Open or Create Archive</source>
        <translation>Archiv öffnen oder anlegen</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window.cpp" line="396"/>
        <source>Bulletin archives (*.bulletin);;All files (*)</source>
        <translation>Bulletin-Archive (*.bulletin);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window.cpp" line="401"/>
        <source>Add Folder of Press Releases</source>
        <translation>Ordner mit Pressemitteilungen hinzufügen</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window.cpp" line="410"/>
        <source>Adding files…</source>
        <translation>Dateien werden hinzugefügt…</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window.cpp" line="418"/>
        <source>Adding files… (names by the rules alone: the name tagger is not available)</source>
        <translation>Dateien werden hinzugefügt… (Namen nur nach den Regeln: der Namens-Tagger ist nicht verfügbar)</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window.cpp" line="418"/>
        <source>Watch Folder of Press Releases</source>
        <translation>Ordner mit Pressemitteilungen beobachten</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window.cpp" line="430"/>
        <source>Watching %1 folder(s)</source>
        <translation>%1 Ordner werden beobachtet</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window.cpp" line="448"/>
        <source>%1 of %2 files, %3 docs/s</source>
        <translation>%1 von %2 Dateien, %3 Dok./s</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window.cpp" line="449"/>
        <source>, %1 s left</source>
        <translation>, noch %1 s</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window.cpp" line="459"/>
        <source>Adding files failed</source>
        <translation>Hinzufügen fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window.cpp" line="461"/>
        <source>Cancelled: </source>
        <translation>Abgebrochen: </translation>
    </message>
    <message>
        <location filename="../../src/app/main_window.cpp" line="461"/>
        <source>Done: </source>
        <translation>Fertig: </translation>
    </message>
    <message>
        <location filename="../../src/app/main_window.cpp" line="463"/>
        <source>Some files were rejected</source>
        <translation>Einige Dateien wurden abgelehnt</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window.cpp" line="464"/>
        <source>%1 file(s) could not be added. Their reasons are kept in the archive.</source>
        <translation>%1 Datei(en) konnten nicht hinzugefügt werden. Die Gründe stehen im Archiv.</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window.cpp" line="482"/>
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
        <location filename="../../src/app/main_window.cpp" line="481"/>
        <source>Query Syntax</source>
        <translation>Abfragesyntax</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window.cpp" line="497"/>
        <source>About Bulletin</source>
        <translation>Über Bulletin</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window.cpp" line="498"/>
        <source>&lt;p&gt;&lt;b&gt;Bulletin&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Press-release archive browser and indexer.&lt;/p&gt;&lt;p&gt;Archive: %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Bulletin&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Archiv-Browser und Indexer für Pressemitteilungen.&lt;/p&gt;&lt;p&gt;Archiv: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window_corrections.cpp" line="38"/>
        <source>Open Page</source>
        <translation>Seite öffnen</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window_corrections.cpp" line="39"/>
        <source>Show Releases</source>
        <translation>Meldungen zeigen</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window_corrections.cpp" line="41"/>
        <source>Rename…</source>
        <translation>Umbenennen…</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window_corrections.cpp" line="43"/>
        <source>Rename</source>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window_corrections.cpp" line="43"/>
        <source>New name for %1:</source>
        <translation>Neuer Name für %1:</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window_corrections.cpp" line="47"/>
        <source>Add Alias…</source>
        <translation>Alias hinzufügen…</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window_corrections.cpp" line="49"/>
        <source>Add Alias</source>
        <translation>Alias hinzufügen</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window_corrections.cpp" line="49"/>
        <source>Another name for %1:</source>
        <translation>Weiterer Name für %1:</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window_corrections.cpp" line="53"/>
        <source>Merge Into…</source>
        <translation>Zusammenführen mit…</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window_corrections.cpp" line="60"/>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window_corrections.cpp" line="60"/>
        <source>%1 is the same as:</source>
        <translation>%1 ist dieselbe Entität wie:</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window_corrections.cpp" line="64"/>
        <source>Hide (Not a Real Entity)</source>
        <translation>Ausblenden (keine echte Entität)</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window_corrections.cpp" line="93"/>
        <source>Correction saved; it also applies after every re-ingest</source>
        <translation>Korrektur gespeichert; sie gilt auch nach jedem erneuten Einlesen</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window_corrections.cpp" line="94"/>
        <source>Correction not saved: %1</source>
        <translation>Korrektur nicht gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window_entity_pages.cpp" line="53"/>
        <source>Open Page of “%1”</source>
        <translation>Seite von „%1“ öffnen</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window_entity_pages.cpp" line="55"/>
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
        <location filename="../../src/app/main_window_sorting.cpp" line="47"/>
        <source>Click Title or Date to sort the releases</source>
        <translation>Auf Titel oder Datum klicken, um die Meldungen zu sortieren</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window_sorting.cpp" line="54"/>
        <source>Click a column to sort by it; an export keeps that order</source>
        <translation>Auf eine Spalte klicken, um danach zu sortieren; ein Export behält diese Reihenfolge</translation>
    </message>
    <message>
        <location filename="../../src/app/main_window_sorting.cpp" line="55"/>
        <source>Only part of this list is shown: narrow the query to sort it by a column</source>
        <translation>Nur ein Teil dieser Liste wird gezeigt: die Abfrage eingrenzen, um nach einer Spalte zu sortieren</translation>
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
    <name>bulletin::app::TimelineView</name>
    <message>
        <location filename="../../src/app/timeline_view.cpp" line="42"/>
        <source>Meetings per month. Drag across months (or click one) to narrow the query to them.</source>
        <translation>Treffen pro Monat. Über Monate ziehen (oder einen anklicken), um die Abfrage auf sie einzugrenzen.</translation>
    </message>
    <message>
        <location filename="../../src/app/timeline_view.cpp" line="71"/>
        <source>No dated meetings or releases for this query</source>
        <translation>Keine datierten Treffen oder Meldungen für diese Abfrage</translation>
    </message>
    <message>
        <location filename="../../src/app/timeline_view.cpp" line="75"/>
        <source>Releases</source>
        <translation>Meldungen</translation>
    </message>
    <message>
        <location filename="../../src/app/timeline_view.cpp" line="87"/>
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
