<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AccountDialog</name>
    <message>
        <source>Add Account</source>
        <translation>Konto hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Dienst:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Marketing team</source>
        <translation>Marketingteam</translation>
    </message>
    <message>
        <source>API &amp;token:</source>
        <translation>API-&amp;Token:</translation>
    </message>
    <message>
        <source>API &amp;address:</source>
        <translation>API-&amp;Adresse:</translation>
    </message>
    <message>
        <source>&amp;Default domain:</source>
        <translation>Standard-Do&amp;main:</translation>
    </message>
    <message>
        <source>Test &amp;Connection</source>
        <translation>&amp;Verbindung testen</translation>
    </message>
    <message>
        <source>The token is kept in your system&apos;s keychain, not in Linkdeck&apos;s files.</source>
        <translation>Das Token wird im Schlüsselbund Ihres Systems abgelegt, nicht in den Dateien von Linkdeck.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Account</name>
    <message>
        <source>This computer</source>
        <translation>Dieser Computer</translation>
    </message>
</context>
<context>
    <name>Linkdeck::AccountRepository</name>
    <message>
        <source>Give the account a name.</source>
        <translation>Geben Sie dem Konto einen Namen.</translation>
    </message>
    <message>
        <source>There is already an account named “%1”.</source>
        <translation>Es gibt bereits ein Konto mit dem Namen „%1“.</translation>
    </message>
    <message>
        <source>Could not save the account.</source>
        <translation>Das Konto konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>“This computer” cannot be removed.</source>
        <translation>„Dieser Computer“ kann nicht entfernt werden.</translation>
    </message>
    <message>
        <source>Could not remove the account.</source>
        <translation>Das Konto konnte nicht entfernt werden.</translation>
    </message>
    <message>
        <source>Enter the address of the Shlink server, such as https://s.example.com.</source>
        <translation>Geben Sie die Adresse des Shlink-Servers ein, etwa https://s.example.com.</translation>
    </message>
    <message>
        <source>The API address must start with https:// (or http:// for a server on your own network).</source>
        <translation>Die API-Adresse muss mit https:// beginnen (oder mit http:// für einen Server im eigenen Netzwerk).</translation>
    </message>
    <message>
        <source>%1 is reached over http://, so the API token travels unencrypted and anyone on the network between can read it. Use https:// unless the server is on this computer.</source>
        <translation>%1 wird über http:// erreicht: Das API-Token wird unverschlüsselt übertragen, und jeder im Netzwerk dazwischen kann es lesen. Verwenden Sie https://, außer der Server läuft auf diesem Computer.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::AccountSync</name>
    <message>
        <source>This account&apos;s service cannot list its links.</source>
        <translation>Der Dienst dieses Kontos kann seine Links nicht auflisten.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Analytics</name>
    <message>
        <source>Could not read the click statistics.</source>
        <translation>Die Klickstatistik konnte nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::BitlyProvider</name>
    <message>
        <source>This back-half is already used on Bitly. Choose another one.</source>
        <translation>Dieses Link-Ende wird bei Bitly bereits verwendet. Wählen Sie ein anderes.</translation>
    </message>
    <message>
        <source>Your Bitly plan&apos;s monthly limit is reached. Links can be created again next month, or after an upgrade.</source>
        <translation>Das Monatslimit Ihres Bitly-Tarifs ist erreicht. Links können erst im nächsten Monat oder nach einem Upgrade wieder erstellt werden.</translation>
    </message>
    <message>
        <source>Bitly is limiting requests from this account. Wait a minute and try again.</source>
        <translation>Bitly begrenzt die Anfragen dieses Kontos. Warten Sie eine Minute und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Bitly did not accept the API token of “%1”. Check it in Preferences &gt; Accounts.</source>
        <translation>Bitly hat das API-Token von „%1“ nicht akzeptiert. Prüfen Sie es unter Einstellungen &gt; Konten.</translation>
    </message>
    <message>
        <source>Bitly refused: %1</source>
        <translation>Bitly hat abgelehnt: %1</translation>
    </message>
    <message>
        <source>Bitly refused the destination address. Check that it is a complete web address.</source>
        <translation>Bitly hat die Zieladresse abgelehnt. Prüfen Sie, ob es eine vollständige Webadresse ist.</translation>
    </message>
    <message>
        <source>This domain is not set up in your Bitly account.</source>
        <translation>Diese Domain ist in Ihrem Bitly-Konto nicht eingerichtet.</translation>
    </message>
    <message>
        <source>This Bitly account has no active group to keep links in.</source>
        <translation>Dieses Bitly-Konto hat keine aktive Gruppe, in der Links abgelegt werden können.</translation>
    </message>
    <message>
        <source>Bitly gives no breakdown by %1.</source>
        <translation>Bitly bietet keine Aufschlüsselung nach %1.</translation>
    </message>
    <message>
        <source>Your Bitly plan does not include clicks by device.</source>
        <translation>Ihr Bitly-Tarif enthält keine Klicks nach Gerät.</translation>
    </message>
    <message>
        <source>Your Bitly plan does not include this breakdown.</source>
        <translation>Ihr Bitly-Tarif enthält diese Aufschlüsselung nicht.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Bulk::CampaignMatrix</name>
    <message>
        <source>Name the campaign.</source>
        <translation>Geben Sie der Kampagne einen Namen.</translation>
    </message>
    <message>
        <source>Enter at least one destination.</source>
        <translation>Geben Sie mindestens ein Ziel ein.</translation>
    </message>
    <message>
        <source>Enter at least one source, such as newsletter or facebook.</source>
        <translation>Geben Sie mindestens eine Quelle ein, etwa newsletter oder facebook.</translation>
    </message>
    <message>
        <source>Enter at least one medium, such as email or social.</source>
        <translation>Geben Sie mindestens ein Medium ein, etwa email oder social.</translation>
    </message>
    <message>
        <source>This makes %1 links; a campaign matrix makes at most %2. Split it into several.</source>
        <translation>Das ergäbe %1 Links; eine Kampagne erstellt höchstens %2 auf einmal. Teilen Sie sie in mehrere auf.</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>„%1“: %2</translation>
    </message>
    <message>
        <source>The back-half pattern makes “%1”: %2</source>
        <translation>Das Muster für die Link-Enden ergibt „%1“: %2</translation>
    </message>
    <message>
        <source>The back-half pattern makes “%1” twice (links %2 and %3): add {content}, {page} or {n} to it.</source>
        <translation>Das Muster für die Link-Enden ergibt „%1“ zweimal (Links %2 und %3): Ergänzen Sie {content}, {page} oder {n}.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Bulk::ColumnMapping</name>
    <message>
        <source>No column holds the addresses the links go to. Name one &quot;destination&quot; or &quot;url&quot; in the first row, or choose it in the column mapping.</source>
        <translation>Keine Spalte enthält die Adressen, zu denen die Links führen. Nennen Sie eine Spalte in der ersten Zeile „destination“ oder „url“, oder wählen Sie sie bei der Zuordnung der Spalten aus.</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(nicht importiert)</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Back-half</source>
        <translation>Link-Ende</translation>
    </message>
    <message>
        <source>Short URL</source>
        <translation>Kurzlink</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>UTM source</source>
        <translation>UTM-Quelle</translation>
    </message>
    <message>
        <source>UTM medium</source>
        <translation>UTM-Medium</translation>
    </message>
    <message>
        <source>UTM campaign</source>
        <translation>UTM-Kampagne</translation>
    </message>
    <message>
        <source>UTM term</source>
        <translation>UTM-Begriff</translation>
    </message>
    <message>
        <source>UTM content</source>
        <translation>UTM-Inhalt</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Beginnt</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Endet</translation>
    </message>
    <message>
        <source>Maximum clicks</source>
        <translation>Höchstzahl der Klicks</translation>
    </message>
    <message>
        <source>Then go to</source>
        <translation>Danach zu</translation>
    </message>
    <message>
        <source>Redirect status</source>
        <translation>Weiterleitungsstatus</translation>
    </message>
    <message>
        <source>Forward query</source>
        <translation>Abfrageparameter weitergeben</translation>
    </message>
    <message>
        <source>Crawlable</source>
        <translation>Für Suchmaschinen freigegeben</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Clicks (not imported)</source>
        <translation>Klicks (nicht importiert)</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Bulk::Exporter</name>
    <message>
        <source>The file could not be written.</source>
        <translation>Die Datei konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>The export was stopped; no file was written.</source>
        <translation>Der Export wurde abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>“%1” cannot be written: %2</source>
        <translation>„%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>“%1” cannot be written.</source>
        <translation>„%1“ kann nicht geschrieben werden.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln link(s) from Bitly, Shlink or another service have empty countries, referrers and devices: Linkdeck has these only for links on this computer, and for a service&apos;s link once its statistics were shown from its first day to today.</source>
        <translation>
            <numerusform>%Ln Link von Bitly, Shlink oder einem anderen Dienst hat leere Länder, Verweise und Geräte: Linkdeck kennt diese nur für Links auf diesem Computer und für den Link eines Dienstes, sobald seine Statistik von seinem ersten Tag bis heute angezeigt wurde.</numerusform>
            <numerusform>%Ln Links von Bitly, Shlink oder einem anderen Dienst haben leere Länder, Verweise und Geräte: Linkdeck kennt diese nur für Links auf diesem Computer und für den Link eines Dienstes, sobald seine Statistik von seinem ersten Tag bis heute angezeigt wurde.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The services report no browsers or operating systems: those columns are empty for %Ln link(s) of theirs.</source>
        <translation>
            <numerusform>Die Dienste melden keine Browser oder Betriebssysteme: Diese Spalten sind für %Ln ihrer Links leer.</numerusform>
            <numerusform>Die Dienste melden keine Browser oder Betriebssysteme: Diese Spalten sind für %Ln ihrer Links leer.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Linkdeck::Bulk::ImportReport</name>
    <message>
        <source>Nothing was imported.</source>
        <translation>Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Dry run: %1 to create, %2 already there, %3 to update, %4 to create under another back-half, %5 skipped (back-half taken), %6 invalid.</source>
        <translation>Probelauf: %1 zu erstellen, %2 schon vorhanden, %3 zu aktualisieren, %4 mit anderem Link-Ende zu erstellen, %5 übersprungen (Link-Ende vergeben), %6 ungültig.</translation>
    </message>
    <message>
        <source>%1 created, %2 already there, %3 updated, %4 created under another back-half, %5 skipped (back-half taken), %6 invalid, %7 failed.</source>
        <translation>%1 erstellt, %2 schon vorhanden, %3 aktualisiert, %4 mit anderem Link-Ende erstellt, %5 übersprungen (Link-Ende vergeben), %6 ungültig, %7 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The import was stopped; import the file again to go on where it stopped.</source>
        <translation>Der Import wurde abgebrochen; importieren Sie die Datei erneut, um dort weiterzumachen, wo er aufgehört hat.</translation>
    </message>
    <message>
        <source>The report could not be written: %1</source>
        <translation>Der Bericht konnte nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Bulk::Importer</name>
    <message>
        <source>created</source>
        <translation>erstellt</translation>
    </message>
    <message>
        <source>will create</source>
        <translation>wird erstellt</translation>
    </message>
    <message>
        <source>already there</source>
        <translation>schon vorhanden</translation>
    </message>
    <message>
        <source>skipped: back-half taken</source>
        <translation>übersprungen: Link-Ende vergeben</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>aktualisiert</translation>
    </message>
    <message>
        <source>will update</source>
        <translation>wird aktualisiert</translation>
    </message>
    <message>
        <source>created under another back-half</source>
        <translation>mit anderem Link-Ende erstellt</translation>
    </message>
    <message>
        <source>will create under another back-half</source>
        <translation>wird mit anderem Link-Ende erstellt</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>ungültig</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>Only a file can be imported (it is read twice).</source>
        <translation>Nur eine Datei kann importiert werden (sie wird zweimal gelesen).</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>the destination is empty.</source>
        <translation>Das Ziel ist leer.</translation>
    </message>
    <message>
        <source>“%1” is not a date; write it as 2026-12-31 or 2026-12-31T23:59:00Z.</source>
        <translation>„%1“ ist kein Datum; schreiben Sie es als 2026-12-31 oder 2026-12-31T23:59:00Z.</translation>
    </message>
    <message>
        <source>the maximum of clicks “%1” is not a whole number of at least 1.</source>
        <translation>Die Höchstzahl der Klicks „%1“ ist keine ganze Zahl ab 1.</translation>
    </message>
    <message>
        <source>the address to go to after the end: %1</source>
        <translation>Adresse nach dem Ende: %1</translation>
    </message>
    <message>
        <source>the redirect status “%1” is not one of 301, 302, 307 or 308.</source>
        <translation>Der Weiterleitungsstatus „%1“ ist weder 301, 302, 307 noch 308.</translation>
    </message>
    <message>
        <source>“%1” is neither true nor false (forward query).</source>
        <translation>„%1“ ist weder true noch false (Spalte „Abfrageparameter weitergeben“).</translation>
    </message>
    <message>
        <source>“%1” is neither true nor false (crawlable).</source>
        <translation>„%1“ ist weder true noch false (Spalte „Für Suchmaschinen freigegeben“).</translation>
    </message>
    <message>
        <source>No file is open.</source>
        <translation>Es ist keine Datei geöffnet.</translation>
    </message>
    <message>
        <source>Linkdeck cannot use this account.</source>
        <translation>Linkdeck kann dieses Konto nicht verwenden.</translation>
    </message>
    <message>
        <source>The file has column names but no links below them.</source>
        <translation>Die Datei hat Spaltennamen, aber keine Links darunter.</translation>
    </message>
    <message>
        <source>the back-half “%1” on %2 already goes to %3; the row was skipped.</source>
        <translation>Das Link-Ende „%1“ auf %2 führt bereits zu %3; die Zeile wurde übersprungen.</translation>
    </message>
    <message>
        <source>the back-half “%1” is used by a row above for %2; the row was skipped.</source>
        <translation>Das Link-Ende „%1“ wird schon von einer Zeile weiter oben für %2 verwendet; die Zeile wurde übersprungen.</translation>
    </message>
    <message>
        <source>no free back-half was found for “%1”; the row was skipped.</source>
        <translation>Für „%1“ wurde kein freies Link-Ende gefunden; die Zeile wurde übersprungen.</translation>
    </message>
    <message>
        <source>the back-half “%1” was taken; the link is “%2”.</source>
        <translation>Das Link-Ende „%1“ war vergeben; der Link lautet „%2“.</translation>
    </message>
    <message>
        <source>the link to update is gone.</source>
        <translation>Den zu aktualisierenden Link gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>kept on this computer; it is sent when the service can be reached.</source>
        <translation>Auf diesem Computer gespeichert; er wird gesendet, sobald der Dienst erreichbar ist.</translation>
    </message>
    <message>
        <source>The service still refuses more links for now (%1). Import the file again later to go on where it stopped.</source>
        <translation>Der Dienst nimmt vorerst noch keine weiteren Links an (%1). Importieren Sie die Datei später erneut, um dort weiterzumachen, wo der Import aufgehört hat.</translation>
    </message>
    <message numerus="yes">
        <source>About %n second(s) left at %1&apos;s request limits.</source>
        <translation>
            <numerusform>Noch etwa %n Sekunde bei den Anfragegrenzen von %1.</numerusform>
            <numerusform>Noch etwa %n Sekunden bei den Anfragegrenzen von %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>About %n minute(s) left at %1&apos;s request limits.</source>
        <translation>
            <numerusform>Noch etwa %n Minute bei den Anfragegrenzen von %1.</numerusform>
            <numerusform>Noch etwa %n Minuten bei den Anfragegrenzen von %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>About %n hour(s) left at %1&apos;s request limits.</source>
        <translation>
            <numerusform>Noch etwa %n Stunde bei den Anfragegrenzen von %1.</numerusform>
            <numerusform>Noch etwa %n Stunden bei den Anfragegrenzen von %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your %1 plan allows %n more link(s) this month; this import needs %2.</source>
        <translation>
            <numerusform>Ihr %1-Tarif erlaubt diesen Monat noch %n Link; dieser Import braucht %2.</numerusform>
            <numerusform>Ihr %1-Tarif erlaubt diesen Monat noch %n Links; dieser Import braucht %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Nothing more was sent: put the account right, then run again to go on where it stopped.</source>
        <translation>%1 Es wurde nichts weiter gesendet: Bringen Sie das Konto in Ordnung und starten Sie dann erneut, um dort weiterzumachen, wo es aufgehört hat.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Bulk::LinkTransfer</name>
    <message>
        <source>Choose the links to copy or move.</source>
        <translation>Wählen Sie die Links, die kopiert oder verschoben werden sollen.</translation>
    </message>
    <message>
        <source>Linkdeck cannot use this account.</source>
        <translation>Linkdeck kann dieses Konto nicht verwenden.</translation>
    </message>
    <message>
        <source>The old link stays as it was: its service cannot change where a link goes.</source>
        <translation>Der alte Link bleibt unverändert: Sein Dienst kann das Ziel eines Links nicht ändern.</translation>
    </message>
    <message>
        <source>The new link exists; the old one still goes to the old address: %1</source>
        <translation>Der neue Link ist angelegt; der alte führt noch zur alten Adresse: %1</translation>
    </message>
    <message>
        <source>It has a password, which cannot go along: make it there by hand and set a password again.</source>
        <translation>Er hat ein Passwort, das nicht mitgenommen werden kann: Erstellen Sie ihn dort von Hand und setzen Sie erneut ein Passwort.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Bulk::TableReader</name>
    <message>
        <source>Row %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>Die Datei kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The file is empty: there are no links to import.</source>
        <translation>Die Datei ist leer: Es gibt keine Links zu importieren.</translation>
    </message>
    <message>
        <source>The JSON file is larger than %1 MB; export the links as CSV instead, which is read in parts.</source>
        <translation>Die JSON-Datei ist größer als %1 MB; exportieren Sie die Links stattdessen als CSV, das in Teilen gelesen wird.</translation>
    </message>
    <message>
        <source>The JSON file cannot be read: %1 in line %2.</source>
        <translation>Die JSON-Datei kann nicht gelesen werden: %1 in Zeile %2.</translation>
    </message>
    <message>
        <source>The JSON file holds no list of links.</source>
        <translation>Die JSON-Datei enthält keine Liste von Links.</translation>
    </message>
    <message>
        <source>Row %1: the JSON list holds something other than a link (an object).</source>
        <translation>Zeile %1: Die JSON-Liste enthält etwas anderes als einen Link (ein Objekt).</translation>
    </message>
    <message>
        <source>The JSON file holds no links.</source>
        <translation>Die JSON-Datei enthält keine Links.</translation>
    </message>
    <message>
        <source>The workbook&apos;s first sheet is empty: there are no links to import.</source>
        <translation>Das erste Tabellenblatt der Arbeitsmappe ist leer: Es gibt keine Links zu importieren.</translation>
    </message>
    <message>
        <source>the file holds binary data, not text; it is not a CSV or TSV table.</source>
        <translation>Die Datei enthält Binärdaten, keinen Text; sie ist keine CSV- oder TSV-Tabelle.</translation>
    </message>
    <message>
        <source>a quoted field that starts in this row has no closing quote mark. Check the quotes in that row; nothing was imported from it on.</source>
        <translation>Ein Feld in Anführungszeichen, das in dieser Zeile beginnt, hat kein schließendes Anführungszeichen. Prüfen Sie die Anführungszeichen in dieser Zeile; ab hier wurde nichts importiert.</translation>
    </message>
    <message>
        <source>the row is longer than %1 characters; the file is probably not a table of links.</source>
        <translation>Die Zeile ist länger als %1 Zeichen; die Datei ist wohl keine Tabelle mit Links.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Bulk::TransferReport</name>
    <message numerus="yes">
        <source>%n link(s) moved</source>
        <translation>
            <numerusform>%n Link verschoben</numerusform>
            <numerusform>%n Links verschoben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) copied</source>
        <translation>
            <numerusform>%n Link kopiert</numerusform>
            <numerusform>%n Links kopiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not made</source>
        <translation>
            <numerusform>%n nicht erstellt</numerusform>
            <numerusform>%n nicht erstellt</numerusform>
        </translation>
    </message>
    <message>
        <source>The mapping file could not be written: %1</source>
        <translation>Die Zuordnungsdatei konnte nicht geschrieben werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n old link(s) pointed to the new one(s)</source>
        <translation>
            <numerusform>%n alter Link auf den neuen umgeleitet</numerusform>
            <numerusform>%n alte Links auf die neuen umgeleitet</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Linkdeck::Bulk::XlsxSheet</name>
    <message>
        <source>The Excel workbook cannot be read; it may be damaged. Save it again in Excel, or as CSV.</source>
        <translation>Die Excel-Arbeitsmappe kann nicht gelesen werden; vielleicht ist sie beschädigt. Speichern Sie sie in Excel erneut oder als CSV.</translation>
    </message>
    <message>
        <source>The Excel workbook is too large to read; save it as CSV.</source>
        <translation>Die Excel-Arbeitsmappe ist zu groß zum Lesen; speichern Sie sie als CSV.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::CachedProvider</name>
    <message>
        <source>%1 cannot start or end a link at a date.</source>
        <translation>%1 kann einen Link nicht zu einem Datum beginnen oder enden lassen.</translation>
    </message>
    <message>
        <source>%1 cannot limit the clicks of a link.</source>
        <translation>%1 kann die Klicks eines Links nicht begrenzen.</translation>
    </message>
    <message>
        <source>%1 cannot send the visitors of an ended link to another address; only links on this computer can. Leave that address empty.</source>
        <translation>%1 kann die Besucher eines beendeten Links nicht an eine andere Adresse weiterleiten; das können nur Links auf diesem Computer. Lassen Sie diese Adresse leer.</translation>
    </message>
    <message>
        <source>%1 cannot give link previews a title, description or image; only links on this computer can.</source>
        <translation>%1 kann Link-Vorschauen keinen Titel, keine Beschreibung und kein Bild geben; das können nur Links auf diesem Computer.</translation>
    </message>
    <message>
        <source>%1 cannot split a link&apos;s visitors between destinations; only links on this computer can.</source>
        <translation>%1 kann die Besucher eines Links nicht auf mehrere Ziele aufteilen; das können nur Links auf diesem Computer.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::CampaignStats</name>
    <message numerus="yes">
        <source>Totals only, not clicks over time, from %1: those links have %Ln click(s) in all, not in the series.</source>
        <translation>
            <numerusform>Von %1 nur Gesamtzahlen, keine Klicks im Zeitverlauf: Diese Links haben insgesamt %Ln Klick, der nicht in der Zeitreihe enthalten ist.</numerusform>
            <numerusform>Von %1 nur Gesamtzahlen, keine Klicks im Zeitverlauf: Diese Links haben insgesamt %Ln Klicks, die nicht in der Zeitreihe enthalten sind.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fetching the figures of %1…</source>
        <translation>Die Zahlen von %1 werden abgerufen …</translation>
    </message>
    <message>
        <source>%1: %2 Showing the figures saved earlier.</source>
        <translation>%1: %2 Es werden die zuvor gespeicherten Zahlen angezeigt.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: your plan does not include click statistics for some links.</source>
        <translation>%1: Ihr Tarif enthält für einige Links keine Klickstatistik.</translation>
    </message>
    <message>
        <source>%1: %2 Its links are not in the series.</source>
        <translation>%1: %2 Seine Links sind nicht in der Zeitreihe enthalten.</translation>
    </message>
    <message>
        <source>Figures from %1: %2.</source>
        <translation>Zahlen von %1: %2.</translation>
    </message>
    <message>
        <source>Other links</source>
        <translation>Übrige Links</translation>
    </message>
    <message>
        <source>%1 does not report browsers or operating systems: only the links on this computer are counted here.</source>
        <translation>%1 meldet keine Browser oder Betriebssysteme: Hier werden nur die Links auf diesem Computer gezählt.</translation>
    </message>
    <message>
        <source>%1 do not report browsers or operating systems: only the links on this computer are counted here.</source>
        <translation>%1 melden keine Browser oder Betriebssysteme: Hier werden nur die Links auf diesem Computer gezählt.</translation>
    </message>
    <message>
        <source>Only the links on this computer are in the chart: the clicks of %1 links over time cannot be filtered.</source>
        <translation>Im Diagramm sind nur die Links auf diesem Computer: Die Klicks der Links bei %1 lassen sich im Zeitverlauf nicht filtern.</translation>
    </message>
    <message>
        <source>Variant %1: %2</source>
        <translation>Variante %1: %2</translation>
    </message>
    <message>
        <source>Other clicks</source>
        <translation>Andere Klicks</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Cli</name>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>See &quot;%1 --help&quot;.</source>
        <translation>Siehe „%1 --help“.</translation>
    </message>
    <message>
        <source>Usage: linkdeck-cli %1</source>
        <translation>Aufruf: linkdeck-cli %1</translation>
    </message>
    <message>
        <source>The back-half; random if not given.</source>
        <translation>Das Link-Ende; zufällig, wenn nicht angegeben.</translation>
    </message>
    <message>
        <source>The short link&apos;s domain.</source>
        <translation>Die Domain des Kurzlinks.</translation>
    </message>
    <message>
        <source>A title for your link list.</source>
        <translation>Ein Titel für Ihre Linkliste.</translation>
    </message>
    <message>
        <source>A tag; repeat for several.</source>
        <translation>Ein Schlagwort; für mehrere wiederholen.</translation>
    </message>
    <message>
        <source>utm_source, e.g. newsletter.</source>
        <translation>utm_source, z. B. newsletter.</translation>
    </message>
    <message>
        <source>utm_medium, e.g. email.</source>
        <translation>utm_medium, z. B. email.</translation>
    </message>
    <message>
        <source>utm_campaign, e.g. spring-sale.</source>
        <translation>utm_campaign, z. B. fruehjahrsaktion.</translation>
    </message>
    <message>
        <source>utm_term.</source>
        <translation>utm_term.</translation>
    </message>
    <message>
        <source>utm_content.</source>
        <translation>utm_content.</translation>
    </message>
    <message>
        <source>Write the UTM values in lower case.</source>
        <translation>Die UTM-Werte kleinschreiben.</translation>
    </message>
    <message>
        <source>The address the short link opens.</source>
        <translation>Die Adresse, die der Kurzlink öffnet.</translation>
    </message>
    <message>
        <source>links create needs exactly one URL.</source>
        <translation>links create braucht genau eine URL.</translation>
    </message>
    <message>
        <source>Only links whose back-half, destination, title, tags or campaign contain TEXT.</source>
        <translation>Nur Links, deren Link-Ende, Ziel, Titel, Schlagwörter oder Kampagne TEXT enthalten.</translation>
    </message>
    <message>
        <source>At most N links.</source>
        <translation>Höchstens N Links.</translation>
    </message>
    <message>
        <source>Unknown format “%1”: use table, csv or json.</source>
        <translation>Unbekanntes Format „%1“: Verwenden Sie table, csv oder json.</translation>
    </message>
    <message>
        <source>--limit needs a number of links.</source>
        <translation>--limit braucht eine Anzahl von Links.</translation>
    </message>
    <message>
        <source>SHORT LINK</source>
        <translation>KURZLINK</translation>
    </message>
    <message>
        <source>DESTINATION</source>
        <translation>ZIEL</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TITEL</translation>
    </message>
    <message>
        <source>TAGS</source>
        <translation>SCHLAGWÖRTER</translation>
    </message>
    <message>
        <source>CLICKS</source>
        <translation>KLICKS</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>ERSTELLT</translation>
    </message>
    <message>
        <source>The back-half of the link to delete.</source>
        <translation>Das Link-Ende des zu löschenden Links.</translation>
    </message>
    <message>
        <source>links delete needs exactly one back-half.</source>
        <translation>links delete braucht genau ein Link-Ende.</translation>
    </message>
    <message>
        <source>There is no link “%1” on %2.</source>
        <translation>Auf %2 gibt es keinen Link „%1“.</translation>
    </message>
    <message>
        <source>Deleted %1</source>
        <translation>%1 gelöscht</translation>
    </message>
    <message>
        <source>--data-dir needs a folder.</source>
        <translation>--data-dir braucht einen Ordner.</translation>
    </message>
    <message>
        <source>Unknown command “%1”. Run &quot;linkdeck-cli --help&quot; for the commands.</source>
        <translation>Unbekannter Befehl „%1“. „linkdeck-cli --help“ zeigt die Befehle.</translation>
    </message>
    <message>
        <source>A link&apos;s back-half (its short URL is encoded), or any text or URL.</source>
        <translation>Das Link-Ende eines Links (sein Kurzlink wird kodiert) oder ein beliebiger Text bzw. eine URL.</translation>
    </message>
    <message>
        <source>qr needs exactly one text, URL or back-half.</source>
        <translation>qr braucht genau einen Text, eine URL oder ein Link-Ende.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>Back-halves of the links to print.</source>
        <translation>Link-Enden der zu druckenden Links.</translation>
    </message>
    <message>
        <source>qr-sheet needs back-halves and an output file: qr-sheet SLUG... -o FILE.pdf</source>
        <translation>qr-sheet braucht Link-Enden und eine Ausgabedatei: qr-sheet LINK-ENDE... -o DATEI.pdf</translation>
    </message>
    <message>
        <source>First day, YYYY-MM-DD (default: 29 days before --to).</source>
        <translation>Erster Tag, JJJJ-MM-TT (Standard: 29 Tage vor --to).</translation>
    </message>
    <message>
        <source>Last day, YYYY-MM-DD (default: today).</source>
        <translation>Letzter Tag, JJJJ-MM-TT (Standard: heute).</translation>
    </message>
    <message>
        <source>hour, day, week or month (default: chosen for the range).</source>
        <translation>hour, day, week oder month (Standard: passend zum Zeitraum).</translation>
    </message>
    <message>
        <source>Time zone of the buckets, e.g. Europe/Berlin (default: this computer&apos;s).</source>
        <translation>Zeitzone der Zeitabschnitte, z. B. Europe/Berlin (Standard: die dieses Computers).</translation>
    </message>
    <message>
        <source>json (default) or csv.</source>
        <translation>json (Standard) oder csv.</translation>
    </message>
    <message>
        <source>A link&apos;s back-half, or a campaign (utm_campaign or tag).</source>
        <translation>Das Link-Ende eines Links oder eine Kampagne (utm_campaign oder Schlagwort).</translation>
    </message>
    <message>
        <source>Unknown time zone “%1”.</source>
        <translation>Unbekannte Zeitzone „%1“.</translation>
    </message>
    <message>
        <source>Give dates as YYYY-MM-DD, with --from not after --to.</source>
        <translation>Geben Sie Daten als JJJJ-MM-TT an, --from nicht nach --to.</translation>
    </message>
    <message>
        <source>Unknown format “%1”: use json or csv.</source>
        <translation>Unbekanntes Format „%1“: Verwenden Sie json oder csv.</translation>
    </message>
    <message>
        <source>There is no link “%1” and no campaign or tag of that name.</source>
        <translation>Es gibt keinen Link „%1“ und keine Kampagne oder kein Schlagwort dieses Namens.</translation>
    </message>
    <message>
        <source>--unit takes hour, day, week or month.</source>
        <translation>--unit nimmt hour, day, week oder month.</translation>
    </message>
    <message>
        <source>The keychain did not answer.</source>
        <translation>Der Schlüsselbund hat nicht geantwortet.</translation>
    </message>
    <message>
        <source>Run linkdeck-cli from a desktop session, where GNOME Keyring or KWallet is available.</source>
        <translation>Führen Sie linkdeck-cli in einer Desktop-Sitzung aus, in der GNOME Keyring oder KWallet verfügbar ist.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Adds an account with a link service. The API token is read from the terminal without showing it, or with --token-stdin as the first line of stdin, and kept only in the keychain (GNOME Keyring, KWallet). The connection is tested before anything is saved.</source>
        <translation>Fügt ein Konto bei einem Linkdienst hinzu. Das API-Token wird verdeckt im Terminal abgefragt oder mit --token-stdin als erste Zeile von stdin gelesen und nur im Schlüsselbund (GNOME Keyring, KWallet) abgelegt. Die Verbindung wird geprüft, bevor etwas gespeichert wird.</translation>
    </message>
    <message>
        <source>The service: bitly, rebrandly, shlink or cuttly.</source>
        <translation>Der Dienst: bitly, rebrandly, shlink oder cuttly.</translation>
    </message>
    <message>
        <source>The API address: required for Shlink (the server, e.g. https://s.example.com), otherwise the service&apos;s own.</source>
        <translation>Die API-Adresse: für Shlink erforderlich (der Server, z. B. https://s.example.com), sonst die des Dienstes.</translation>
    </message>
    <message>
        <source>The Rebrandly workspace or the Bitly group (default: the account&apos;s first).</source>
        <translation>Der Rebrandly-Arbeitsbereich oder die Bitly-Gruppe (Standard: der erste Eintrag des Kontos).</translation>
    </message>
    <message>
        <source>The domain of new links when none is given.</source>
        <translation>Die Domain neuer Links, wenn keine angegeben ist.</translation>
    </message>
    <message>
        <source>Read the token from the first line of stdin.</source>
        <translation>Das Token aus der ersten Zeile von stdin lesen.</translation>
    </message>
    <message>
        <source>Save the account without testing the connection.</source>
        <translation>Das Konto speichern, ohne die Verbindung zu prüfen.</translation>
    </message>
    <message>
        <source>A name for the account, e.g. Marketing.</source>
        <translation>Ein Name für das Konto, z. B. Marketing.</translation>
    </message>
    <message>
        <source>accounts add needs exactly one account name.</source>
        <translation>accounts add braucht genau einen Kontonamen.</translation>
    </message>
    <message>
        <source>accounts add needs --provider bitly, rebrandly, shlink or cuttly.</source>
        <translation>accounts add braucht --provider bitly, rebrandly, shlink oder cuttly.</translation>
    </message>
    <message>
        <source>Unknown provider “%1”: use bitly, rebrandly, shlink or cuttly.</source>
        <translation>Unbekannter Dienst „%1“: Verwenden Sie bitly, rebrandly, shlink oder cuttly.</translation>
    </message>
    <message>
        <source>“%1” is not a domain name.</source>
        <translation>„%1“ ist kein Domainname.</translation>
    </message>
    <message>
        <source>Give the account a name.</source>
        <translation>Geben Sie dem Konto einen Namen.</translation>
    </message>
    <message>
        <source>There is already an account named “%1”.</source>
        <translation>Es gibt bereits ein Konto mit dem Namen „%1“.</translation>
    </message>
    <message>
        <source>API token for “%1” (%2): </source>
        <translation>API-Token für „%1“ (%2): </translation>
    </message>
    <message>
        <source>Give the token with --token-stdin.</source>
        <translation>Geben Sie das Token mit --token-stdin an.</translation>
    </message>
    <message>
        <source>The token is empty: nothing was saved.</source>
        <translation>Das Token ist leer: Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Linkdeck cannot use accounts of %1.</source>
        <translation>Linkdeck kann keine %1-Konten verwenden.</translation>
    </message>
    <message>
        <source>The account “%1” was not added: %2</source>
        <translation>Das Konto „%1“ wurde nicht hinzugefügt: %2</translation>
    </message>
    <message>
        <source>Added the account “%1” (%2).</source>
        <translation>Konto „%1“ (%2) hinzugefügt.</translation>
    </message>
    <message>
        <source>Lists the accounts: id, name, service, default domain, API address and last sync. Tokens stay in the keychain and are never shown.</source>
        <translation>Listet die Konten auf: ID, Name, Dienst, Standard-Domain, API-Adresse und letzte Synchronisierung. Tokens bleiben im Schlüsselbund und werden nie angezeigt.</translation>
    </message>
    <message>
        <source>table (default), csv or json.</source>
        <translation>table (Standard), csv oder json.</translation>
    </message>
    <message>
        <source>accounts list takes no arguments, only options: “%1”.</source>
        <translation>accounts list nimmt keine Argumente, nur Optionen: „%1“.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>PROVIDER</source>
        <translation>DIENST</translation>
    </message>
    <message>
        <source>DOMAIN</source>
        <translation>DOMAIN</translation>
    </message>
    <message>
        <source>API BASE</source>
        <translation>API-ADRESSE</translation>
    </message>
    <message>
        <source>LAST SYNC</source>
        <translation>ZULETZT SYNCHRONISIERT</translation>
    </message>
    <message>
        <source>Could not write the list to the output.</source>
        <translation>Die Liste konnte nicht ausgegeben werden.</translation>
    </message>
    <message>
        <source>Removes an account from Linkdeck, with the links kept of it on this computer and its token in the keychain. The links stay with the service.</source>
        <translation>Entfernt ein Konto aus Linkdeck, samt den auf diesem Computer gespeicherten Links des Kontos und seinem Token im Schlüsselbund. Die Links bleiben beim Dienst erhalten.</translation>
    </message>
    <message>
        <source>The account&apos;s name.</source>
        <translation>Der Name des Kontos.</translation>
    </message>
    <message>
        <source>accounts remove needs exactly one account name.</source>
        <translation>accounts remove braucht genau einen Kontonamen.</translation>
    </message>
    <message>
        <source>The account “%1” was removed, but its token could not be removed from the keychain: %2</source>
        <translation>Das Konto „%1“ wurde entfernt, sein Token konnte aber nicht aus dem Schlüsselbund entfernt werden: %2</translation>
    </message>
    <message>
        <source>Removed the account “%1”.</source>
        <translation>Konto „%1“ entfernt.</translation>
    </message>
    <message>
        <source>Reads the links of the accounts with link services into this computer&apos;s list, then sends the changes made while a service could not be reached (those of every account). Fails if a service could not be reached or a change is still waiting.</source>
        <translation>Liest die Links der Konten bei Linkdiensten in die Liste dieses Computers ein und sendet dann die Änderungen, die vorgenommen wurden, während ein Dienst nicht erreichbar war (die aller Konten). Schlägt fehl, wenn ein Dienst nicht erreichbar war oder noch eine Änderung wartet.</translation>
    </message>
    <message>
        <source>Only this account (default: every account with a link service).</source>
        <translation>Nur dieses Konto (Standard: alle Konten bei einem Linkdienst).</translation>
    </message>
    <message>
        <source>sync takes no arguments, only options: “%1”.</source>
        <translation>sync nimmt keine Argumente, nur Optionen: „%1“.</translation>
    </message>
    <message>
        <source>“%1” keeps its links on this computer: there is nothing to sync.</source>
        <translation>„%1“ speichert seine Links auf diesem Computer: Es gibt nichts zu synchronisieren.</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>„%1“: %2</translation>
    </message>
    <message numerus="yes">
        <source>“%1”: %n link(s).</source>
        <translation>
            <numerusform>„%1“: %n Link.</numerusform>
            <numerusform>„%1“: %n Links.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %n change(s) made offline.</source>
        <translation>
            <numerusform>%n offline vorgenommene Änderung gesendet.</numerusform>
            <numerusform>%n offline vorgenommene Änderungen gesendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The services refused %n change(s) made offline; they are marked as not sent.</source>
        <translation>
            <numerusform>Die Dienste haben %n offline vorgenommene Änderung abgelehnt; sie ist als nicht gesendet markiert.</numerusform>
            <numerusform>Die Dienste haben %n offline vorgenommene Änderungen abgelehnt; sie sind als nicht gesendet markiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) still wait for the network.</source>
        <translation>
            <numerusform>%n Änderung wartet noch auf das Netzwerk.</numerusform>
            <numerusform>%n Änderungen warten noch auf das Netzwerk.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 needs a command: %2.</source>
        <translation>%1 braucht einen Befehl: %2.</translation>
    </message>
    <message>
        <source>Unknown command “%1 %2”: use %3.</source>
        <translation>Unbekannter Befehl „%1 %2“: Verwenden Sie %3.</translation>
    </message>
    <message>
        <source>The database has no account for this computer.</source>
        <translation>Die Datenbank hat kein Konto für diesen Computer.</translation>
    </message>
    <message>
        <source>There is no account “%1”. Run &quot;linkdeck-cli accounts list&quot; for the accounts.</source>
        <translation>Es gibt kein Konto „%1“. „linkdeck-cli accounts list“ zeigt die Konten.</translation>
    </message>
    <message>
        <source>Keep the database in DIR (also accepted before the command).</source>
        <translation>Die Datenbank in DIR ablegen (auch vor dem Befehl möglich).</translation>
    </message>
    <message>
        <source>The account to create it in (default: This computer).</source>
        <translation>Das Konto, in dem er erstellt wird (Standard: Dieser Computer).</translation>
    </message>
    <message>
        <source>Linkdeck cannot use the account “%1”.</source>
        <translation>Linkdeck kann das Konto „%1“ nicht verwenden.</translation>
    </message>
    <message>
        <source>Saved offline: the link will be created on %1 when the network is back.</source>
        <translation>Offline gespeichert: Der Link wird bei %1 erstellt, sobald das Netzwerk wieder da ist.</translation>
    </message>
    <message>
        <source>Lists the links of an account, newest first. The links of a link service are read from it first; when it cannot be reached, those kept on this computer are listed. The table shows local times; CSV and JSON give times in ISO 8601 UTC, and JSON lists tags as an array.</source>
        <translation>Listet die Links eines Kontos auf, die neuesten zuerst. Die Links eines Linkdienstes werden zuerst von dort gelesen; ist er nicht erreichbar, werden die auf diesem Computer gespeicherten aufgelistet. Die Tabelle zeigt Ortszeiten; CSV und JSON geben Zeiten in ISO 8601 UTC an, und JSON listet Schlagwörter als Array.</translation>
    </message>
    <message>
        <source>The account whose links to list (default: This computer).</source>
        <translation>Das Konto, dessen Links aufgelistet werden (Standard: Dieser Computer).</translation>
    </message>
    <message>
        <source>links list takes no arguments, only options: “%1”.</source>
        <translation>links list nimmt keine Argumente, nur Optionen: „%1“.</translation>
    </message>
    <message>
        <source>The short link&apos;s domain (default: the account&apos;s, or the only one with SLUG).</source>
        <translation>Die Domain des Kurzlinks (Standard: die des Kontos oder die einzige mit SLUG).</translation>
    </message>
    <message>
        <source>The new destination.</source>
        <translation>Das neue Ziel.</translation>
    </message>
    <message>
        <source>The new title.</source>
        <translation>Der neue Titel.</translation>
    </message>
    <message>
        <source>A tag, replacing the link&apos;s tags; repeat for several.</source>
        <translation>Ein Schlagwort, das die Schlagwörter des Links ersetzt; für mehrere wiederholen.</translation>
    </message>
    <message>
        <source>A new back-half.</source>
        <translation>Ein neues Link-Ende.</translation>
    </message>
    <message>
        <source>The link&apos;s account (default: This computer).</source>
        <translation>Das Konto des Links (Standard: Dieser Computer).</translation>
    </message>
    <message>
        <source>The back-half of the link to change.</source>
        <translation>Das Link-Ende des zu ändernden Links.</translation>
    </message>
    <message>
        <source>links update needs exactly one back-half.</source>
        <translation>links update braucht genau ein Link-Ende.</translation>
    </message>
    <message>
        <source>Saved offline: the change will be sent to %1 when the network is back.</source>
        <translation>Offline gespeichert: Die Änderung wird an %1 gesendet, sobald das Netzwerk wieder da ist.</translation>
    </message>
    <message>
        <source>Deletes a link by its back-half; upper and lower case are the same.</source>
        <translation>Löscht einen Link anhand seines Link-Endes; Groß- und Kleinschreibung spielen keine Rolle.</translation>
    </message>
    <message>
        <source>Saved offline: the link will be deleted on %1 when the network is back.</source>
        <translation>Offline gespeichert: Der Link wird bei %1 gelöscht, sobald das Netzwerk wieder da ist.</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>dieser Computer</translation>
    </message>
    <message>
        <source>the service&apos;s website</source>
        <translation>der Website des Dienstes</translation>
    </message>
    <message>
        <source>%1 cannot list links through its API: only the links made with Linkdeck are listed.</source>
        <translation>%1 kann über seine API keine Links auflisten: Nur die mit Linkdeck erstellten Links werden aufgelistet.</translation>
    </message>
    <message>
        <source>%1 cannot create links through its API; create it on %2.</source>
        <translation>%1 kann über seine API keine Links erstellen; erstellen Sie ihn auf %2.</translation>
    </message>
    <message>
        <source>%1 cannot change links through its API; change it on %2.</source>
        <translation>%1 kann über seine API keine Links ändern; ändern Sie ihn auf %2.</translation>
    </message>
    <message>
        <source>%1 cannot change where a link leads through its API; change it on %2.</source>
        <translation>%1 kann über seine API das Ziel eines Links nicht ändern; ändern Sie es auf %2.</translation>
    </message>
    <message>
        <source>%1 cannot change a link&apos;s title through its API; change it on %2.</source>
        <translation>%1 kann über seine API den Titel eines Links nicht ändern; ändern Sie ihn auf %2.</translation>
    </message>
    <message>
        <source>%1 cannot change a link&apos;s tags through its API; change them on %2.</source>
        <translation>%1 kann über seine API die Schlagwörter eines Links nicht ändern; ändern Sie sie auf %2.</translation>
    </message>
    <message>
        <source>%1 cannot change a link&apos;s back-half; create a new link instead.</source>
        <translation>%1 kann das Link-Ende eines Links nicht ändern; erstellen Sie stattdessen einen neuen Link.</translation>
    </message>
    <message>
        <source>%1 cannot delete links through its API; delete it on %2.</source>
        <translation>%1 kann über seine API keine Links löschen; löschen Sie ihn auf %2.</translation>
    </message>
    <message>
        <source>%1 cannot give a link a back-half of your choice; leave out --slug.</source>
        <translation>%1 kann einem Link kein selbst gewähltes Link-Ende geben; lassen Sie --slug weg.</translation>
    </message>
    <message>
        <source>%1 cannot give links a title through its API; leave out --title.</source>
        <translation>%1 kann Links über seine API keinen Titel geben; lassen Sie --title weg.</translation>
    </message>
    <message>
        <source>%1 cannot tag links through its API; leave out --tag.</source>
        <translation>%1 kann Links über seine API keine Schlagwörter geben; lassen Sie --tag weg.</translation>
    </message>
    <message>
        <source>%1 cannot report clicks over time through its API; see them on %2.</source>
        <translation>%1 liefert über seine API keine Klicks im Zeitverlauf; Sie finden sie auf %2.</translation>
    </message>
    <message>
        <source>Reading the links of “%1”: %2</source>
        <translation>Beim Lesen der Links von „%1“: %2</translation>
    </message>
    <message>
        <source>There is no link “%1” in the account “%2”.</source>
        <translation>Im Konto „%2“ gibt es keinen Link „%1“.</translation>
    </message>
    <message>
        <source>There is no link “%1” on %2 in the account “%3”.</source>
        <translation>Im Konto „%3“ gibt es auf %2 keinen Link „%1“.</translation>
    </message>
    <message>
        <source>The account “%1” has a link “%2” on several domains (%3): choose one with --domain.</source>
        <translation>Das Konto „%1“ hat einen Link „%2“ auf mehreren Domains (%3): Wählen Sie eine mit --domain.</translation>
    </message>
    <message>
        <source>Count visits by bots too (this computer&apos;s links only).</source>
        <translation>Auch Aufrufe durch Bots zählen (nur Links dieses Computers).</translation>
    </message>
    <message>
        <source>The link&apos;s domain (default: the account&apos;s, or the only one with SLUG).</source>
        <translation>Die Domain des Links (Standard: die des Kontos oder die einzige mit SLUG).</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made offline in “%1” had not been sent yet; they are gone.</source>
        <translation>
            <numerusform>%n offline vorgenommene Änderung in „%1“ war noch nicht gesendet; sie ist verloren.</numerusform>
            <numerusform>%n offline vorgenommene Änderungen in „%1“ waren noch nicht gesendet; sie sind verloren.</numerusform>
        </translation>
    </message>
    <message>
        <source>table (default), csv or json. CSV joins tags with &quot;; &quot;. The table shows control characters as escapes (\x1b); CSV and JSON give the data exactly, for programs.</source>
        <translation>table (Standard), csv oder json. CSV verbindet Schlagwörter mit &quot;; &quot;. Die Tabelle zeigt Steuerzeichen als Escape-Folgen (\x1b); CSV und JSON geben die Daten unverändert aus, für Programme.</translation>
    </message>
    <message>
        <source>The account “%1” has several links whose back-half differs from “%2” only in case (%3): write the one you mean exactly.</source>
        <translation>Das Konto „%1“ hat mehrere Links, deren Link-Ende sich von „%2“ nur in Groß- und Kleinschreibung unterscheidet (%3): Schreiben Sie das gemeinte genau so.</translation>
    </message>
    <message>
        <source>The account of the link or campaign (default: a link of This computer, a campaign in every account).</source>
        <translation>Das Konto des Links oder der Kampagne (Standard: ein Link von Dieser Computer, eine Kampagne in allen Konten).</translation>
    </message>
    <message>
        <source>There is no link “%1” and no campaign or tag of that name in the account “%2”.</source>
        <translation>Es gibt im Konto „%2“ keinen Link „%1“ und keine Kampagne oder kein Schlagwort dieses Namens.</translation>
    </message>
    <message>
        <source>There are no figures for “%1” in this period.</source>
        <translation>Für „%1“ gibt es in diesem Zeitraum keine Zahlen.</translation>
    </message>
    <message>
        <source>Error correction: L, M (default), Q or H.</source>
        <translation>Fehlerkorrektur: L, M (Standard), Q oder H.</translation>
    </message>
    <message>
        <source>Smallest QR version to use, 1 to 40 (default: the smallest that fits).</source>
        <translation>Kleinste zu verwendende QR-Version, 1 bis 40 (Standard: die kleinste, die passt).</translation>
    </message>
    <message>
        <source>Margin in modules (default 4).</source>
        <translation>Rand in Modulen (Standard 4).</translation>
    </message>
    <message>
        <source>Colour of the modules: #rrggbb, a name, or cmyk(c,m,y,k) in percent.</source>
        <translation>Farbe der Module: #rrggbb, ein Name oder cmyk(c,m,y,k) in Prozent.</translation>
    </message>
    <message>
        <source>Background colour, or &quot;transparent&quot;.</source>
        <translation>Hintergrundfarbe oder „transparent“.</translation>
    </message>
    <message>
        <source>square (default), rounded or dots.</source>
        <translation>square (Standard), rounded oder dots.</translation>
    </message>
    <message>
        <source>The corner marks: square (default) or rounded.</source>
        <translation>Die Eckmarken: square (Standard) oder rounded.</translation>
    </message>
    <message>
        <source>A PNG or SVG logo centred on the code (uses error correction H).</source>
        <translation>Ein PNG- oder SVG-Logo in der Mitte des Codes (verwendet Fehlerkorrektur H).</translation>
    </message>
    <message>
        <source>--%1 takes a number from %2 to %3.</source>
        <translation>--%1 nimmt eine Zahl von %2 bis %3.</translation>
    </message>
    <message>
        <source>“%1” is not a colour.</source>
        <translation>„%1“ ist keine Farbe.</translation>
    </message>
    <message>
        <source>--ecc takes L, M, Q or H.</source>
        <translation>--ecc nimmt L, M, Q oder H.</translation>
    </message>
    <message>
        <source>--shape takes square, rounded or dots.</source>
        <translation>--shape nimmt square, rounded oder dots.</translation>
    </message>
    <message>
        <source>--finder takes square or rounded.</source>
        <translation>--finder nimmt square oder rounded.</translation>
    </message>
    <message>
        <source>--quiet-zone and --min-version take whole numbers.</source>
        <translation>--quiet-zone und --min-version nehmen ganze Zahlen.</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Die zu schreibende Datei.</translation>
    </message>
    <message>
        <source>png, svg, pdf or eps; by default from the file&apos;s extension.</source>
        <translation>png, svg, pdf oder eps; standardmäßig nach der Dateiendung.</translation>
    </message>
    <message>
        <source>Printed width in millimetres, quiet zone included (default 30).</source>
        <translation>Gedruckte Breite in Millimetern, Ruhezone eingeschlossen (Standard 30).</translation>
    </message>
    <message>
        <source>Size of one module in millimetres (instead of --size-mm).</source>
        <translation>Größe eines Moduls in Millimetern (statt --size-mm).</translation>
    </message>
    <message>
        <source>Resolution of PNG output (default 300).</source>
        <translation>Auflösung der PNG-Ausgabe (Standard 300).</translation>
    </message>
    <message>
        <source>Text printed under the code.</source>
        <translation>Text unter dem Code.</translation>
    </message>
    <message>
        <source>CMYK output for print shops: PDF in DeviceCMYK, EPS in setcmykcolor; black is pure K.</source>
        <translation>CMYK-Ausgabe für Druckereien: PDF in DeviceCMYK, EPS mit setcmykcolor; Schwarz ist reines K.</translation>
    </message>
    <message>
        <source>Name the file to write: -o FILE.</source>
        <translation>Geben Sie die zu schreibende Datei an: -o DATEI.</translation>
    </message>
    <message>
        <source>Choose a format: png, svg, pdf or eps (--format, or the file&apos;s extension).</source>
        <translation>Wählen Sie ein Format: png, svg, pdf oder eps (--format oder die Dateiendung).</translation>
    </message>
    <message>
        <source>Give either --size-mm or --module-mm, not both.</source>
        <translation>Geben Sie entweder --size-mm oder --module-mm an, nicht beides.</translation>
    </message>
    <message>
        <source>--cmyk is for PDF and EPS output.</source>
        <translation>--cmyk gilt für PDF- und EPS-Ausgabe.</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>Die zu schreibende PDF-Datei.</translation>
    </message>
    <message>
        <source>a4 (default) or letter.</source>
        <translation>a4 (Standard) oder letter.</translation>
    </message>
    <message>
        <source>Columns x rows per page (default 4x6).</source>
        <translation>Spalten x Zeilen je Seite (Standard 4x6).</translation>
    </message>
    <message>
        <source>Page margin in millimetres (default 10).</source>
        <translation>Seitenrand in Millimetern (Standard 10).</translation>
    </message>
    <message>
        <source>Gap between labels in millimetres (default 4).</source>
        <translation>Abstand zwischen Etiketten in Millimetern (Standard 4).</translation>
    </message>
    <message>
        <source>Leave the short URLs off the labels.</source>
        <translation>Die Kurzlinks nicht auf die Etiketten drucken.</translation>
    </message>
    <message>
        <source>Name the PDF to write: -o FILE.pdf.</source>
        <translation>Geben Sie die zu schreibende PDF-Datei an: -o DATEI.pdf.</translation>
    </message>
    <message>
        <source>--paper takes a4 or letter.</source>
        <translation>--paper nimmt a4 oder letter.</translation>
    </message>
    <message>
        <source>--grid takes columns x rows, e.g. 4x6.</source>
        <translation>--grid nimmt Spalten x Zeilen, z. B. 4x6.</translation>
    </message>
    <message>
        <source>WHEN is YYYY-MM-DD or YYYY-MM-DDTHH:MM (a space for the T is fine), in your time zone unless it ends in Z or an offset such as +01:00.</source>
        <translation>ZEIT ist JJJJ-MM-TT oder JJJJ-MM-TTTHH:MM (ein Leerzeichen statt des T geht auch), in Ihrer Zeitzone, außer sie endet auf Z oder einen Versatz wie +01:00.</translation>
    </message>
    <message>
        <source>An option and its --no- option cannot be given together, e.g. --expires and --no-expiry.</source>
        <translation>Eine Option und ihre --no-Option können nicht zusammen angegeben werden, z. B. --expires und --no-expiry.</translation>
    </message>
    <message>
        <source>--starts needs a date such as 2026-12-24 or 2026-12-24T18:00, not “%1”.</source>
        <translation>--starts braucht ein Datum wie 2026-12-24 oder 2026-12-24T18:00, nicht „%1“.</translation>
    </message>
    <message>
        <source>--expires needs a date such as 2026-12-31 or 2026-12-31T23:59, not “%1”.</source>
        <translation>--expires braucht ein Datum wie 2026-12-31 oder 2026-12-31T23:59, nicht „%1“.</translation>
    </message>
    <message>
        <source>--max-clicks needs a whole number of clicks, at least 1, not “%1”.</source>
        <translation>--max-clicks braucht eine ganze Zahl von Klicks, mindestens 1, nicht „%1“.</translation>
    </message>
    <message>
        <source>Creates a short link and prints it: on this computer, or with --account on a link service. An address without a scheme gets https://; the UTM options are added to its query, replacing those it has. When the service cannot be reached, the link is kept and created by &quot;sync&quot;. A link can start and end at a time and stop after a number of clicks; on this computer it then sends visitors to --fallback, or shows a page saying it has ended.</source>
        <translation>Erstellt einen Kurzlink und gibt ihn aus: auf diesem Computer oder mit --account bei einem Link-Dienst. Eine Adresse ohne Schema erhält https://; die UTM-Optionen werden ihrer Abfrage hinzugefügt und ersetzen vorhandene. Ist der Dienst nicht erreichbar, wird der Link aufbewahrt und von &quot;sync&quot; erstellt. Ein Link kann zu einer Zeit beginnen und enden und nach einer Anzahl von Klicks aufhören; auf diesem Computer leitet er die Besucher dann zu --fallback weiter oder zeigt eine Seite, dass er beendet ist.</translation>
    </message>
    <message>
        <source>The link works from this time on.</source>
        <translation>Der Link funktioniert ab dieser Zeit.</translation>
    </message>
    <message>
        <source>The link has ended from this time on (a date alone: after that day).</source>
        <translation>Der Link ist ab dieser Zeit beendet (ein Datum allein: nach diesem Tag).</translation>
    </message>
    <message>
        <source>The link has ended after N clicks.</source>
        <translation>Der Link ist nach N Klicks beendet.</translation>
    </message>
    <message>
        <source>Where visitors go before the start and after the end (this computer&apos;s links only).</source>
        <translation>Wohin Besucher vor dem Beginn und nach dem Ende geleitet werden (nur Links auf diesem Computer).</translation>
    </message>
    <message>
        <source>Changes a link found by its back-half and prints its short URL. Each link service allows other changes; what it does not allow is refused before anything is sent. The --no- options remove a start, an end, a click limit or the fallback address.</source>
        <translation>Ändert einen Link, der über sein Link-Ende gefunden wird, und gibt seine Kurz-URL aus. Jeder Link-Dienst erlaubt andere Änderungen; was er nicht erlaubt, wird abgelehnt, bevor etwas gesendet wird. Die --no-Optionen entfernen einen Beginn, ein Ende, eine Klickgrenze oder die Ausweichadresse.</translation>
    </message>
    <message>
        <source>The link works at once (removes the start).</source>
        <translation>Der Link funktioniert sofort (entfernt den Beginn).</translation>
    </message>
    <message>
        <source>The link never ends by date (removes the end).</source>
        <translation>Der Link endet an keinem Datum (entfernt das Ende).</translation>
    </message>
    <message>
        <source>Removes the click limit.</source>
        <translation>Entfernt die Klickgrenze.</translation>
    </message>
    <message>
        <source>Removes the fallback address: an ended link shows a page saying so.</source>
        <translation>Entfernt die Ausweichadresse: ein beendeter Link zeigt eine Seite, die das sagt.</translation>
    </message>
    <message>
        <source>Creates the links of a table: CSV or TSV as Excel and LibreOffice save them (any separator, UTF-8 or UTF-16), Excel workbooks (XLSX, the first sheet), JSON, or the export of Linkdeck, Bitly, Rebrandly, Shlink, YOURLS or Kutt. The first row names the columns (destination or url, slug, title, tags, utm_*, domain, expires_at, ...). Links already there are left as they are, so a stopped import goes on when it is run again. A file that cannot be read changes nothing.</source>
        <translation>Erstellt die Links aus einer Tabelle: CSV oder TSV, wie Excel und LibreOffice sie speichern (jedes Trennzeichen, UTF-8 oder UTF-16), Excel-Arbeitsmappen (XLSX, das erste Tabellenblatt), JSON oder der Export von Linkdeck, Bitly, Rebrandly, Shlink, YOURLS oder Kutt. Die erste Zeile benennt die Spalten (destination oder url, slug, title, tags, utm_*, domain, expires_at, ...). Bereits vorhandene Links bleiben unverändert, sodass ein abgebrochener Import beim nächsten Aufruf weiterläuft. Eine Datei, die nicht gelesen werden kann, ändert nichts.</translation>
    </message>
    <message>
        <source>The account to create them in (default: This computer).</source>
        <translation>Das Konto, in dem sie erstellt werden (Standard: Dieser Computer).</translation>
    </message>
    <message>
        <source>The domain for rows that name none.</source>
        <translation>Die Domain für Zeilen, die keine angeben.</translation>
    </message>
    <message>
        <source>Tell what would happen to each row; change nothing.</source>
        <translation>Angeben, was mit jeder Zeile geschehen würde; nichts ändern.</translation>
    </message>
    <message>
        <source>When a back-half is taken by another address: skip the row (default), rename (spring-2) or update the existing link.</source>
        <translation>Wenn ein Link-Ende schon zu einer anderen Adresse führt: die Zeile überspringen (skip, Standard), umbenennen (rename: spring-2) oder den bestehenden Link ändern (update).</translation>
    </message>
    <message>
        <source>The file&apos;s format if its name does not tell: csv, tsv, json or xlsx.</source>
        <translation>Das Format der Datei, falls ihr Name es nicht verrät: csv, tsv, json oder xlsx.</translation>
    </message>
    <message>
        <source>Write a CSV report of every row to this file.</source>
        <translation>Einen CSV-Bericht über jede Zeile in diese Datei schreiben.</translation>
    </message>
    <message>
        <source>The table of links.</source>
        <translation>Die Tabelle mit den Links.</translation>
    </message>
    <message>
        <source>links import needs exactly one FILE.</source>
        <translation>links import braucht genau eine DATEI.</translation>
    </message>
    <message>
        <source>Unknown --on-conflict “%1”: use skip, rename or update.</source>
        <translation>Unbekanntes --on-conflict „%1“: Verwenden Sie skip, rename oder update.</translation>
    </message>
    <message>
        <source>Unknown format “%1”: use csv, tsv, json or xlsx.</source>
        <translation>Unbekanntes Format „%1“: Verwenden Sie csv, tsv, json oder xlsx.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>„%1“ kann nicht gelesen werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 asks to wait (%2); the import goes on in %n second(s).</source>
        <translation>
            <numerusform>%1 bittet zu warten (%2); der Import geht in %n Sekunde weiter.</numerusform>
            <numerusform>%1 bittet zu warten (%2); der Import geht in %n Sekunden weiter.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <translation>%1 von %2 Zeilen</translation>
    </message>
    <message>
        <source>The report “%1” cannot be written: %2</source>
        <translation>Der Bericht „%1“ kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Writes the links of an account with every field and their click totals, oldest first: CSV (opens in Excel as it is), JSON or an Excel workbook. A file written here imports back unchanged with &quot;links import&quot;.</source>
        <translation>Schreibt die Links eines Kontos mit allen Feldern und ihren Klicksummen, die ältesten zuerst: CSV (öffnet sich direkt in Excel), JSON oder eine Excel-Arbeitsmappe. Eine hier geschriebene Datei lässt sich mit „links import“ unverändert wieder importieren.</translation>
    </message>
    <message>
        <source>The account whose links to write (default: This computer).</source>
        <translation>Das Konto, dessen Links geschrieben werden (Standard: Dieser Computer).</translation>
    </message>
    <message>
        <source>Only links whose back-half, address, title, tags or campaign contain TEXT.</source>
        <translation>Nur Links, deren Link-Ende, Adresse, Titel, Schlagwörter oder Kampagne TEXT enthalten.</translation>
    </message>
    <message>
        <source>csv, json or xlsx (default: by the file name, else csv).</source>
        <translation>csv, json oder xlsx (Standard: nach dem Dateinamen, sonst csv).</translation>
    </message>
    <message>
        <source>links export takes no arguments, only options: “%1”.</source>
        <translation>links export nimmt keine Argumente, nur Optionen: „%1“.</translation>
    </message>
    <message>
        <source>links export needs -o FILE.</source>
        <translation>links export braucht -o DATEI.</translation>
    </message>
    <message>
        <source>Unknown format “%1”: use csv, json or xlsx.</source>
        <translation>Unbekanntes Format „%1“: Verwenden Sie csv, json oder xlsx.</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) written to %1.</source>
        <translation>
            <numerusform>%n Link in %1 geschrieben.</numerusform>
            <numerusform>%n Links in %1 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: linkdeck-cli [--data-dir DIR] COMMAND ...

Commands:
  links create URL [options]   create a short link and print it
  links list [options]         list links as a table, CSV or JSON
  links update SLUG [--url URL] [--title T] [--tag T]... [--new-slug S]
  links show SLUG [--domain D]  a link&apos;s fields, whether it asks for a password included
  links delete SLUG [--domain D]
  links import FILE [--dry-run] [--on-conflict skip|rename|update]   links from CSV, TSV, XLSX or JSON
  links export --format csv|json|xlsx -o FILE [--filter TEXT]   every field and the click totals
  accounts add NAME --provider bitly|rebrandly|shlink|cuttly [--api-base URL] [--token-stdin]
  accounts list [--format table|csv|json]
  accounts remove NAME
  sync [--account NAME]        read the links of link services, send changes made offline
  qr TEXT_OR_SLUG -o FILE [options]   a print-ready QR code (PNG, SVG, PDF, EPS)
  qr-sheet SLUG... -o FILE.pdf [--paper a4|letter] [--grid COLSxROWS]   a sheet of labels
  stats clicks|countries|referrers|devices|browsers|os SLUG_OR_CAMPAIGN [--from] [--to] [--unit] [--tz] [--format]

The links commands and stats take --account NAME for an account with a link service
(default: &quot;This computer&quot;).
Run &quot;linkdeck-cli links create --help&quot; for the options of a command.
Global options: --data-dir DIR (keep the database in DIR), --help, --version.
</source>
        <translation>Aufruf: linkdeck-cli [--data-dir DIR] BEFEHL ...

Befehle:
  links create URL [Optionen]  einen Kurzlink anlegen und ausgeben
  links list [Optionen]        Links als Tabelle, CSV oder JSON auflisten
  links update SLUG [--url URL] [--title T] [--tag T]... [--new-slug S]
  links show SLUG [--domain D]  die Felder eines Links, auch ob er ein Passwort verlangt
  links delete SLUG [--domain D]
  links import FILE [--dry-run] [--on-conflict skip|rename|update]   Links aus CSV, TSV, XLSX oder JSON
  links export --format csv|json|xlsx -o FILE [--filter TEXT]   alle Felder und die Klicksummen
  accounts add NAME --provider bitly|rebrandly|shlink|cuttly [--api-base URL] [--token-stdin]
  accounts list [--format table|csv|json]
  accounts remove NAME
  sync [--account NAME]        Links der Dienste lesen, offline gemachte Änderungen senden
  qr TEXT_OR_SLUG -o FILE [Optionen]   ein druckfertiger QR-Code (PNG, SVG, PDF, EPS)
  qr-sheet SLUG... -o FILE.pdf [--paper a4|letter] [--grid COLSxROWS]   ein Etikettenbogen
  stats clicks|countries|referrers|devices|browsers|os SLUG_OR_CAMPAIGN [--from] [--to] [--unit] [--tz] [--format]

Die links-Befehle und stats nehmen --account NAME für ein Konto bei einem Dienst
(Standard: &quot;This computer&quot;).
&quot;linkdeck-cli links create --help&quot; zeigt die Optionen eines Befehls.
Globale Optionen: --data-dir DIR (die Datenbank in DIR halten), --help, --version.
</translation>
    </message>
    <message>
        <source>%1 cannot protect a link by a password; only links on this computer can.</source>
        <translation>%1 kann einen Link nicht mit einem Passwort schützen; das können nur Links auf diesem Computer.</translation>
    </message>
    <message>
        <source>Visitors must type a password, read from the first line of stdin, before they are redirected (this computer&apos;s links only). Only its hash is kept.</source>
        <translation>Besucher müssen ein Passwort eingeben, bevor sie weitergeleitet werden; es wird aus der ersten Zeile von stdin gelesen (nur Links auf diesem Computer). Gespeichert wird nur sein Hash.</translation>
    </message>
    <message>
        <source>Protects the link by a new password, read from the first line of stdin (this computer&apos;s links only).</source>
        <translation>Schützt den Link mit einem neuen Passwort, gelesen aus der ersten Zeile von stdin (nur Links auf diesem Computer).</translation>
    </message>
    <message>
        <source>Removes the password: visitors are redirected at once.</source>
        <translation>Entfernt das Passwort: Besucher werden sofort weitergeleitet.</translation>
    </message>
    <message>
        <source>--password-stdin and --no-password cannot be given together.</source>
        <translation>--password-stdin und --no-password können nicht zusammen angegeben werden.</translation>
    </message>
    <message>
        <source>The link was changed, but not its password: %1</source>
        <translation>Der Link wurde geändert, sein Passwort aber nicht: %1</translation>
    </message>
    <message>
        <source>Shows a link found by its back-half: its addresses, title, tags, clicks, limits and whether visitors must type a password. Times are local.</source>
        <translation>Zeigt einen Link, der über sein Link-Ende gefunden wird: seine Adressen, Titel, Schlagwörter, Klicks, Grenzen und ob Besucher ein Passwort eingeben müssen. Zeiten sind Ortszeiten.</translation>
    </message>
    <message>
        <source>The back-half of the link to show.</source>
        <translation>Das Link-Ende des anzuzeigenden Links.</translation>
    </message>
    <message>
        <source>links show needs exactly one back-half.</source>
        <translation>links show braucht genau ein Link-Ende.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Short URL</source>
        <translation>Kurzlink</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Klicks</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Beginnt</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Endet</translation>
    </message>
    <message>
        <source>Max clicks</source>
        <translation>Höchstzahl der Klicks</translation>
    </message>
    <message>
        <source>Fallback</source>
        <translation>Ausweichadresse</translation>
    </message>
    <message>
        <source>Password protected</source>
        <translation>Passwortgeschützt</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Makes the links of one account on another, with the same back-half where it is free there, titles, tags and UTM values, then points each old link to its new short URL where the old service allows it. No link is deleted.</source>
        <translation>Erstellt die Links eines Kontos in einem anderen, mit demselben Link-Ende, wo es dort frei ist, mit Titeln, Schlagwörtern und UTM-Werten, und leitet dann jeden alten Link auf seinen neuen Kurzlink weiter, wo der alte Dienst das erlaubt. Kein Link wird gelöscht.</translation>
    </message>
    <message>
        <source>Makes the links of one account on another too, with the same back-half where it is free there, titles, tags and UTM values. The old links stay as they are.</source>
        <translation>Erstellt die Links eines Kontos zusätzlich in einem anderen, mit demselben Link-Ende, wo es dort frei ist, mit Titeln, Schlagwörtern und UTM-Werten. Die alten Links bleiben, wie sie sind.</translation>
    </message>
    <message>
        <source>The account the links are on.</source>
        <translation>Das Konto, in dem die Links sind.</translation>
    </message>
    <message>
        <source>The account to make them on.</source>
        <translation>Das Konto, in dem sie erstellt werden.</translation>
    </message>
    <message>
        <source>Only the links matching this text, as the app&apos;s filter box.</source>
        <translation>Nur die Links, die zu diesem Text passen, wie im Filterfeld der App.</translation>
    </message>
    <message>
        <source>When the back-half is taken on the target: skip the link (default) or rename (spring-2).</source>
        <translation>Wenn das Link-Ende im Zielkonto vergeben ist: den Link überspringen (Standard) oder umbenennen (spring-2).</translation>
    </message>
    <message>
        <source>Write each old and new short URL to this CSV file.</source>
        <translation>Jeden alten und neuen Kurzlink in diese CSV-Datei schreiben.</translation>
    </message>
    <message>
        <source>This command takes no arguments, only options: “%1”.</source>
        <translation>Dieser Befehl nimmt keine Argumente, nur Optionen: „%1“.</translation>
    </message>
    <message>
        <source>Name both accounts: --from and --to.</source>
        <translation>Nennen Sie beide Konten: --from und --to.</translation>
    </message>
    <message>
        <source>--on-conflict takes skip or rename, not “%1”.</source>
        <translation>--on-conflict nimmt skip oder rename, nicht „%1“.</translation>
    </message>
    <message>
        <source>--from and --to name the same account.</source>
        <translation>--from und --to nennen dasselbe Konto.</translation>
    </message>
    <message>
        <source>No link of %1 matches.</source>
        <translation>Kein Link von %1 passt.</translation>
    </message>
    <message>
        <source>Could not write the mapping to %1: %2</source>
        <translation>Die Zuordnung konnte nicht nach %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The title link previews show (LinkedIn, Facebook, X, Slack, ...; this computer&apos;s links only).</source>
        <translation>Der Titel, den Link-Vorschauen zeigen (LinkedIn, Facebook, X, Slack, ...; nur Links auf diesem Computer).</translation>
    </message>
    <message>
        <source>The description link previews show.</source>
        <translation>Die Beschreibung, die Link-Vorschauen zeigen.</translation>
    </message>
    <message>
        <source>The address of the image link previews show.</source>
        <translation>Die Adresse des Bildes, das Link-Vorschauen zeigen.</translation>
    </message>
    <message>
        <source>The title link previews show (this computer&apos;s links only).</source>
        <translation>Der Titel, den Link-Vorschauen zeigen (nur Links auf diesem Computer).</translation>
    </message>
    <message>
        <source>Removes the link&apos;s preview: crawlers are redirected like people.</source>
        <translation>Entfernt die Vorschau des Links: Crawler werden wie Menschen weitergeleitet.</translation>
    </message>
    <message>
        <source>Preview title</source>
        <translation>Vorschautitel</translation>
    </message>
    <message>
        <source>Preview description</source>
        <translation>Vorschaubeschreibung</translation>
    </message>
    <message>
        <source>Preview image</source>
        <translation>Vorschaubild</translation>
    </message>
    <message>
        <source>--variant and --no-split cannot be given together.</source>
        <translation>--variant und --no-split können nicht zusammen angegeben werden.</translation>
    </message>
    <message>
        <source>--variant takes an address and its share of the visitors in percent, as in --variant https://shop.example/b=30.</source>
        <translation>--variant erwartet eine Adresse und ihren Anteil an den Besuchern in Prozent, etwa --variant https://shop.example/b=30.</translation>
    </message>
    <message>
        <source>Rule %1: %2</source>
        <translation>Regel %1: %2</translation>
    </message>
    <message>
        <source>An A/B split: another destination and its share of the visitors in percent (URL=PERCENT); repeat for up to nine. URL keeps the rest (this computer&apos;s links only).</source>
        <translation>Ein A/B-Test: ein weiteres Ziel und sein Anteil an den Besuchern in Prozent (URL=PROZENT); bis zu neunmal wiederholbar. URL behält den Rest (nur Links auf diesem Computer).</translation>
    </message>
    <message>
        <source>A targeting rule, &quot;CONDITIONS -&gt; URL&quot;, e.g. &quot;device=ios -&gt; https://apps.apple.com/app/id1&quot; or &quot;language=de, country=AT -&gt; https://shop.example/at&quot; (device, language, country, city, browser, ip, before, after, param:NAME=VALUE); repeat for several, the first that matches wins.</source>
        <translation>Eine Zielregel, &quot;BEDINGUNGEN -&gt; URL&quot;, z. B. &quot;device=ios -&gt; https://apps.apple.com/app/id1&quot; oder &quot;language=de, country=AT -&gt; https://shop.example/at&quot; (device, language, country, city, browser, ip, before, after, param:NAME=WERT); für mehrere wiederholen, die erste passende gilt.</translation>
    </message>
    <message>
        <source>The link %1 was created, but not its rules: %2</source>
        <translation>Der Link %1 wurde angelegt, seine Regeln aber nicht: %2</translation>
    </message>
    <message>
        <source>An A/B split, replacing the link&apos;s: another destination and its share of the visitors in percent (URL=PERCENT); repeat for up to nine. The link&apos;s destination keeps the rest.</source>
        <translation>Ein A/B-Test anstelle des bisherigen: ein weiteres Ziel und sein Anteil an den Besuchern in Prozent (URL=PROZENT); bis zu neunmal wiederholbar. Das Ziel des Links behält den Rest.</translation>
    </message>
    <message>
        <source>Removes the A/B split: every visitor goes to the destination.</source>
        <translation>Entfernt den A/B-Test: Jeder Besucher geht zum Ziel.</translation>
    </message>
    <message>
        <source>A targeting rule, &quot;CONDITIONS -&gt; URL&quot;, replacing the link&apos;s rules; repeat for several (see links create).</source>
        <translation>Eine Zielregel, &quot;BEDINGUNGEN -&gt; URL&quot;, anstelle der Regeln des Links; für mehrere wiederholen (siehe links create).</translation>
    </message>
    <message>
        <source>Removes the link&apos;s targeting rules.</source>
        <translation>Entfernt die Zielregeln des Links.</translation>
    </message>
    <message>
        <source>--rule and --no-rules cannot be given together.</source>
        <translation>--rule und --no-rules können nicht zusammen angegeben werden.</translation>
    </message>
    <message>
        <source>links update needs something to change: --url, --title, --tag, --new-slug, a limit (--starts, --expires, --max-clicks, --fallback or their --no- options), --password-stdin, --no-password, a --preview- option, --no-preview, --variant, --no-split, --rule or --no-rules.</source>
        <translation>links update braucht etwas zu ändern: --url, --title, --tag, --new-slug, eine Grenze (--starts, --expires, --max-clicks, --fallback oder ihre --no-Optionen), --password-stdin, --no-password, eine --preview-Option, --no-preview, --variant, --no-split, --rule oder --no-rules.</translation>
    </message>
    <message>
        <source>The link was changed, but not its rules: %1</source>
        <translation>Der Link wurde geändert, seine Regeln aber nicht: %1</translation>
    </message>
    <message>
        <source>A/B split</source>
        <translation>A/B-Test</translation>
    </message>
    <message>
        <source>Rules: could not be read: %1</source>
        <translation>Regeln: konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Rules: none</source>
        <translation>Regeln: keine</translation>
    </message>
    <message>
        <source>Counts the clicks of a link or a campaign: on this computer, and as the link services count them; with --account, the link or campaign of that account only. &quot;variants&quot; gives a link&apos;s A/B split: each destination&apos;s clicks and whether the difference is significant.</source>
        <translation>Zählt die Klicks eines Links oder einer Kampagne: auf diesem Computer und so, wie die Linkdienste sie zählen; mit --account nur den Link oder die Kampagne dieses Kontos. &quot;variants&quot; zeigt den A/B-Test eines Links: die Klicks jedes Ziels und ob der Unterschied signifikant ist.</translation>
    </message>
    <message>
        <source>clicks, countries, referrers, devices, browsers, os or variants.</source>
        <translation>clicks, countries, referrers, devices, browsers, os oder variants.</translation>
    </message>
    <message>
        <source>stats needs what to count (clicks, countries, referrers, devices, browsers, os or variants) and a back-half or campaign.</source>
        <translation>stats braucht, was gezählt werden soll (clicks, countries, referrers, devices, browsers, os oder variants), und einen Kurzlink-Pfad oder eine Kampagne.</translation>
    </message>
    <message>
        <source>There is no link “%1”; variants are a link&apos;s, not a campaign&apos;s.</source>
        <translation>Es gibt keinen Link „%1“; Varianten gehören zu einem Link, nicht zu einer Kampagne.</translation>
    </message>
    <message>
        <source>The link “%1” has no A/B split.</source>
        <translation>Der Link „%1“ hat keinen A/B-Test.</translation>
    </message>
    <message>
        <source>Also write each link&apos;s clicks by country, referrer, device, browser and operating system, most first, as the statistics count them (bots left out).</source>
        <translation>Auch die Klicks jedes Links nach Land, Verweis, Gerät, Browser und Betriebssystem schreiben, die meisten zuerst, so gezählt wie in der Statistik (ohne Bots).</translation>
    </message>
    <message>
        <source>%1 of %2 links written</source>
        <translation>%1 von %2 Links geschrieben</translation>
    </message>
</context>
<context>
    <name>Linkdeck::ClickSeriesModel</name>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Klicks</translation>
    </message>
</context>
<context>
    <name>Linkdeck::CuttlyProvider</name>
    <message>
        <source>Cuttly did not accept the API key of “%1”. Check it in Preferences &gt; Accounts.</source>
        <translation>Cuttly hat den API-Schlüssel von „%1“ nicht akzeptiert. Prüfen Sie ihn unter Einstellungen &gt; Konten.</translation>
    </message>
    <message>
        <source>The Cuttly plan of “%1” allows only a few requests a minute. Linkdeck will try again shortly; wait a minute if it fails.</source>
        <translation>Der Cuttly-Tarif von „%1“ erlaubt nur wenige Anfragen pro Minute. Linkdeck versucht es gleich noch einmal; schlägt das fehl, warten Sie eine Minute.</translation>
    </message>
    <message>
        <source>This address is already a Cuttly short link.</source>
        <translation>Diese Adresse ist bereits ein Cuttly-Kurzlink.</translation>
    </message>
    <message>
        <source>Cuttly says the destination is not a valid web address.</source>
        <translation>Laut Cuttly ist das Ziel keine gültige Webadresse.</translation>
    </message>
    <message>
        <source>This back-half is already used on Cuttly. Choose another one.</source>
        <translation>Dieses Link-Ende wird bei Cuttly bereits verwendet. Wählen Sie ein anderes.</translation>
    </message>
    <message>
        <source>Cuttly did not accept the API key. Check it in Preferences &gt; Accounts.</source>
        <translation>Cuttly hat den API-Schlüssel nicht akzeptiert. Prüfen Sie ihn unter Einstellungen &gt; Konten.</translation>
    </message>
    <message>
        <source>Cuttly accepts only letters, digits, “-” and “_” in a back-half.</source>
        <translation>Cuttly akzeptiert in einem Link-Ende nur Buchstaben, Ziffern, „-“ und „_“.</translation>
    </message>
    <message>
        <source>Cuttly blocks links to this destination&apos;s domain.</source>
        <translation>Cuttly sperrt Links auf die Domain dieses Ziels.</translation>
    </message>
    <message>
        <source>Your Cuttly plan&apos;s monthly link limit is reached.</source>
        <translation>Das monatliche Link-Limit Ihres Cuttly-Tarifs ist erreicht.</translation>
    </message>
    <message>
        <source>Cuttly sent a reply Linkdeck could not understand. Try again later.</source>
        <translation>Cuttly hat eine Antwort gesendet, die Linkdeck nicht versteht. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>Cuttly checks the back-half when the link is created.</source>
        <translation>Cuttly prüft das Link-Ende erst beim Erstellen des Links.</translation>
    </message>
    <message>
        <source>Cuttly does not know this link any more.</source>
        <translation>Cuttly kennt diesen Link nicht mehr.</translation>
    </message>
    <message>
        <source>Cuttly&apos;s API cannot change a link. Edit it on cutt.ly.</source>
        <translation>Die API von Cuttly kann keine Links ändern. Bearbeiten Sie ihn auf cutt.ly.</translation>
    </message>
    <message>
        <source>Cuttly&apos;s API cannot delete a link. Delete it on cutt.ly.</source>
        <translation>Die API von Cuttly kann keine Links löschen. Löschen Sie ihn auf cutt.ly.</translation>
    </message>
    <message>
        <source>Cuttly&apos;s API cannot list links; Linkdeck shows the ones made here.</source>
        <translation>Die API von Cuttly kann keine Links auflisten; Linkdeck zeigt die hier erstellten.</translation>
    </message>
    <message>
        <source>Cuttly gives a link&apos;s total clicks only, not clicks over time.</source>
        <translation>Cuttly liefert nur die Gesamtzahl der Klicks eines Links, keine Klicks im Zeitverlauf.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Database</name>
    <message>
        <source>The disk is full: free some space and try again. Nothing was lost.</source>
        <translation>Der Datenträger ist voll: Schaffen Sie Platz und versuchen Sie es erneut. Es ging nichts verloren.</translation>
    </message>
    <message>
        <source>The database file cannot be written (it is read-only).</source>
        <translation>Die Datenbankdatei kann nicht geschrieben werden (sie ist schreibgeschützt).</translation>
    </message>
    <message>
        <source>The database is busy in another program; try again in a moment.</source>
        <translation>Die Datenbank wird gerade von einem anderen Programm benutzt; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Could not open the link database “%1”.</source>
        <translation>Die Link-Datenbank „%1“ konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>The link database “%1” was written by a newer version of Linkdeck. Update Linkdeck to open it.</source>
        <translation>Die Link-Datenbank „%1“ wurde von einer neueren Linkdeck-Version geschrieben. Aktualisieren Sie Linkdeck, um sie zu öffnen.</translation>
    </message>
    <message>
        <source>Could not back up the link database before updating it.</source>
        <translation>Vor der Aktualisierung konnte keine Sicherung der Link-Datenbank angelegt werden.</translation>
    </message>
    <message>
        <source>Could not update the link database.</source>
        <translation>Die Link-Datenbank konnte nicht aktualisiert werden.</translation>
    </message>
    <message>
        <source>Could not update the link database to version %1. It was left as it was.</source>
        <translation>Die Link-Datenbank konnte nicht auf Version %1 aktualisiert werden. Sie blieb unverändert.</translation>
    </message>
    <message>
        <source>The link database “%1” is damaged (SQLite found errors in it); restore a backup.</source>
        <translation>Die Link-Datenbank „%1“ ist beschädigt (SQLite hat Fehler darin gefunden); stellen Sie eine Sicherung wieder her.</translation>
    </message>
    <message>
        <source>“%1” is not a Linkdeck database: it is not an SQLite file. Move it away, or choose another folder for Linkdeck&apos;s data.</source>
        <translation>„%1“ ist keine Linkdeck-Datenbank: Es ist keine SQLite-Datei. Verschieben Sie sie, oder wählen Sie einen anderen Ordner für die Daten von Linkdeck.</translation>
    </message>
    <message>
        <source>The link database “%1” cannot be opened for writing: the file or its folder is read-only, or the folder cannot be created. Choose a folder you may write to, or change its permissions.</source>
        <translation>Die Link-Datenbank „%1“ kann nicht zum Schreiben geöffnet werden: Die Datei oder ihr Ordner ist schreibgeschützt, oder der Ordner kann nicht angelegt werden. Wählen Sie einen Ordner, in den Sie schreiben dürfen, oder ändern Sie seine Berechtigungen.</translation>
    </message>
    <message>
        <source>The link database “%1” cannot be written: the disk is full. Free some space and try again.</source>
        <translation>Die Link-Datenbank „%1“ kann nicht geschrieben werden: Der Datenträger ist voll. Geben Sie Speicherplatz frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The link database “%1” could not be read or written (an input/output error): check the disk.</source>
        <translation>Die Link-Datenbank „%1“ konnte nicht gelesen oder geschrieben werden (ein Ein-/Ausgabefehler): Prüfen Sie den Datenträger.</translation>
    </message>
    <message>
        <source>The link database “%1” is busy in another program; try again in a moment.</source>
        <translation>Die Link-Datenbank „%1“ wird gerade von einem anderen Programm verwendet; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The link database is damaged; restore a backup.</source>
        <translation>Die Link-Datenbank ist beschädigt; stellen Sie eine Sicherung wieder her.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::AccountDialog</name>
    <message>
        <source>Show the token</source>
        <translation>Token anzeigen</translation>
    </message>
    <message>
        <source>API &amp;address:</source>
        <translation>API-&amp;Adresse:</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Edit Account</source>
        <translation>Konto bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>unchanged (kept in the keychain)</source>
        <translation>unverändert (im Schlüsselbund abgelegt)</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>Server-&amp;Adresse:</translation>
    </message>
    <message>
        <source>https://s.example.com</source>
        <translation>https://s.example.com</translation>
    </message>
    <message>
        <source>the service&apos;s own (leave empty)</source>
        <translation>die des Dienstes (leer lassen)</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Gruppe:</translation>
    </message>
    <message>
        <source>&amp;Workspace:</source>
        <translation>Arbeits&amp;bereich:</translation>
    </message>
    <message>
        <source>the account&apos;s default group</source>
        <translation>die Standardgruppe des Kontos</translation>
    </message>
    <message>
        <source>none (the main workspace)</source>
        <translation>keiner (der Hauptarbeitsbereich)</translation>
    </message>
    <message>
        <source>Give the account a name.</source>
        <translation>Geben Sie dem Konto einen Namen.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt …</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>Verbunden.</translation>
    </message>
    <message numerus="yes">
        <source>Connected. %n domain(s) available.</source>
        <translation>
            <numerusform>Verbunden. %n Domain verfügbar.</numerusform>
            <numerusform>Verbunden. %n Domains verfügbar.</numerusform>
        </translation>
    </message>
    <message>
        <source>No Keychain</source>
        <translation>Kein Schlüsselbund</translation>
    </message>
    <message>
        <source>%1

Linkdeck can use the token until you quit, without saving it anywhere. You will be asked for it again next time.</source>
        <translation>%1

Linkdeck kann das Token bis zum Beenden verwenden, ohne es irgendwo zu speichern. Beim nächsten Mal werden Sie erneut danach gefragt.</translation>
    </message>
    <message>
        <source>Default domain</source>
        <translation>Standard-Domain</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>unchanged (kept until you quit)</source>
        <translation>unverändert (gespeichert, bis Sie Linkdeck beenden)</translation>
    </message>
    <message>
        <source>This computer has no keychain: the token is kept only until Linkdeck quits, not in Linkdeck&apos;s files.</source>
        <translation>Dieser Computer hat keinen Schlüsselbund: Das Token wird nur aufbewahrt, bis Linkdeck beendet wird, nicht in den Dateien von Linkdeck.</translation>
    </message>
    <message>
        <source>not kept: type the token</source>
        <translation>nicht gespeichert: geben Sie das Token ein</translation>
    </message>
    <message>
        <source>not in the keychain: type the token</source>
        <translation>nicht im Schlüsselbund: geben Sie das Token ein</translation>
    </message>
    <message>
        <source>This computer has no keychain, so the token was not kept after Linkdeck quit.</source>
        <translation>Dieser Computer hat keinen Schlüsselbund, daher wurde das Token nach dem Beenden von Linkdeck nicht aufbewahrt.</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>The account has changes that are not saved. Save them?</source>
        <translation>Das Konto hat Änderungen, die nicht gespeichert sind. Jetzt speichern?</translation>
    </message>
    <message>
        <source>The account has changes that are not saved, and they cannot be saved as they are. Discard them?</source>
        <translation>Das Konto hat Änderungen, die nicht gespeichert sind und so nicht gespeichert werden können. Verwerfen?</translation>
    </message>
    <message>
        <source>Account Not Added</source>
        <translation>Konto nicht hinzugefügt</translation>
    </message>
    <message>
        <source>The account has not been added yet. Add it now?</source>
        <translation>Das Konto wurde noch nicht hinzugefügt. Jetzt hinzufügen?</translation>
    </message>
    <message>
        <source>The account has not been added, and it cannot be added as it is. Discard what you typed?</source>
        <translation>Das Konto wurde nicht hinzugefügt und kann so nicht hinzugefügt werden. Das Eingegebene verwerfen?</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::AccountsPage</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Default domain</source>
        <translation>Standard-Domain</translation>
    </message>
    <message>
        <source>Last synchronised</source>
        <translation>Zuletzt synchronisiert</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen …</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten …</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>“%1” was added. Its links appear in the main window after the next sync.</source>
        <translation>„%1“ wurde hinzugefügt. Seine Links erscheinen nach der nächsten Synchronisierung im Hauptfenster.</translation>
    </message>
    <message>
        <source>Remove Account</source>
        <translation>Konto entfernen</translation>
    </message>
    <message>
        <source>Remove “%1” from Linkdeck? Its links stay on %2; Linkdeck forgets its copy of them and its token.</source>
        <translation>„%1“ aus Linkdeck entfernen? Die Links bleiben bei %2 erhalten; Linkdeck vergisst nur seine Kopie davon und das Token.</translation>
    </message>
    <message>
        <source>the Shlink server</source>
        <translation>dem Shlink-Server</translation>
    </message>
    <message>
        <source>the service</source>
        <translation>dem Dienst</translation>
    </message>
    <message>
        <source>“%1” was removed.</source>
        <translation>„%1“ wurde entfernt.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt …</translation>
    </message>
    <message>
        <source>Connected: the token works.</source>
        <translation>Verbunden: Das Token funktioniert.</translation>
    </message>
    <message>
        <source>%1 cannot list an account&apos;s links: Linkdeck shows the ones made here and updates their clicks.</source>
        <translation>%1 kann die Links eines Kontos nicht auflisten: Linkdeck zeigt die hier angelegten und aktualisiert ihre Klicks.</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::CampaignDialog</name>
    <message>
        <source>New Campaign</source>
        <translation>Neue Kampagne</translation>
    </message>
    <message>
        <source>&amp;Campaign:</source>
        <translation>Kampa&amp;gne:</translation>
    </message>
    <message>
        <source>spring-sale</source>
        <translation>fruehjahrsaktion</translation>
    </message>
    <message>
        <source>https://shop.example/spring
(one address per line)</source>
        <translation>https://shop.example/fruehjahr
(eine Adresse pro Zeile)</translation>
    </message>
    <message>
        <source>&amp;Destinations:</source>
        <translation>&amp;Ziele:</translation>
    </message>
    <message>
        <source>&amp;Sources:</source>
        <translation>&amp;Quellen:</translation>
    </message>
    <message>
        <source>newsletter, facebook, linkedin</source>
        <translation>newsletter, facebook, linkedin</translation>
    </message>
    <message>
        <source>&amp;Mediums:</source>
        <translation>&amp;Medien:</translation>
    </message>
    <message>
        <source>email, social, print</source>
        <translation>email, social, print</translation>
    </message>
    <message>
        <source>C&amp;ontents:</source>
        <translation>&amp;Inhalte:</translation>
    </message>
    <message>
        <source>optional: hero, footer</source>
        <translation>optional: hero, footer</translation>
    </message>
    <message>
        <source>&amp;Back-halves:</source>
        <translation>&amp;Link-Enden:</translation>
    </message>
    <message>
        <source>Made of {campaign}, {source}, {medium}, {content}, {term}, {page} (the destination&apos;s last part) and {n} (1, 2, 3, …)</source>
        <translation>Gebildet aus {campaign}, {source}, {medium}, {content}, {term}, {page} (der letzte Teil des Ziels) und {n} (1, 2, 3, …)</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Schlagwörter:</translation>
    </message>
    <message>
        <source>optional: spring, 2027</source>
        <translation>optional: Frühjahr, 2027</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Konto:</translation>
    </message>
    <message>
        <source>Links of the campaign</source>
        <translation>Links der Kampagne</translation>
    </message>
    <message>
        <source>Back-half</source>
        <translation>Link-Ende</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Create Links</source>
        <translation>Links erstellen</translation>
    </message>
    <message>
        <source>&amp;QR Codes…</source>
        <translation>QR-&amp;Codes …</translation>
    </message>
    <message>
        <source>&amp;Print Labels…</source>
        <translation>&amp;Etiketten drucken …</translation>
    </message>
    <message numerus="yes">
        <source>Create %Ln Link(s)</source>
        <translation>
            <numerusform>%Ln Link erstellen</numerusform>
            <numerusform>%Ln Links erstellen</numerusform>
        </translation>
    </message>
    <message>
        <source>Linkdeck cannot use this account.</source>
        <translation>Linkdeck kann dieses Konto nicht verwenden.</translation>
    </message>
    <message>
        <source>Creating the links…</source>
        <translation>Die Links werden erstellt …</translation>
    </message>
    <message>
        <source>Links Not Created</source>
        <translation>Links nicht erstellt</translation>
    </message>
    <message>
        <source>The campaign&apos;s links have not been created yet. Create them now?</source>
        <translation>Die Links der Kampagne wurden noch nicht erstellt. Jetzt erstellen?</translation>
    </message>
    <message>
        <source>The campaign&apos;s links have not been created, and they cannot be created as they are. Discard what you typed?</source>
        <translation>Die Links der Kampagne wurden nicht erstellt und können so nicht erstellt werden. Das Eingegebene verwerfen?</translation>
    </message>
    <message>
        <source>Stopped: %1 created. Press “%2” to make the rest; links already made are not made twice.</source>
        <translation>Angehalten: %1 erstellt. Drücken Sie „%2“, um den Rest zu erstellen; bereits erstellte Links werden nicht doppelt erstellt.</translation>
    </message>
    <message>
        <source>Stop Creating Links?</source>
        <translation>Erstellen der Links anhalten?</translation>
    </message>
    <message>
        <source>%1 of %2 links are done so far. Stop now? The links already made stay, and this window lists them.</source>
        <translation>%1 von %2 Links sind bisher erledigt. Jetzt anhalten? Die bereits erstellten Links bleiben, und dieses Fenster listet sie auf.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Keep Creating</source>
        <translation>Weiter erstellen</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Wird angehalten …</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::DetailPane</name>
    <message>
        <source>Select a link to see its details.</source>
        <translation>Wählen Sie einen Link aus, um seine Details zu sehen.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the short link to the clipboard</source>
        <translation>Den Kurzlink in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>Open the short link in the web browser</source>
        <translation>Den Kurzlink im Webbrowser öffnen</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bearbeiten …</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>Tracking</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Klicks</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Gültigkeit</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>medium: %1</source>
        <translation>Medium: %1</translation>
    </message>
    <message>
        <source>term: %1</source>
        <translation>Begriff: %1</translation>
    </message>
    <message>
        <source>content: %1</source>
        <translation>Inhalt: %1</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>läuft ab am %1</translation>
    </message>
    <message numerus="yes">
        <source>at most %n click(s)</source>
        <translation>
            <numerusform>höchstens %n Klick</numerusform>
            <numerusform>höchstens %n Klicks</numerusform>
        </translation>
    </message>
    <message>
        <source>QR Code…</source>
        <translation>QR-Code …</translation>
    </message>
    <message>
        <source>Make a print-ready QR code of this link</source>
        <translation>Einen druckfertigen QR-Code dieses Links erstellen</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Redirect Rules…</source>
        <translation>Weiterleitungsregeln …</translation>
    </message>
    <message>
        <source>starts %1</source>
        <translation>beginnt %1</translation>
    </message>
    <message>
        <source>then goes to %1</source>
        <translation>führt danach zu %1</translation>
    </message>
    <message>
        <source>password-protected: visitors type a password first</source>
        <translation>passwortgeschützt: Besucher geben zuerst ein Passwort ein</translation>
    </message>
    <message numerus="yes">
        <source>%Ln link(s) selected</source>
        <translation>
            <numerusform>%Ln Link ausgewählt</numerusform>
            <numerusform>%Ln Links ausgewählt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln click(s) together</source>
        <translation>
            <numerusform>%Ln Klick insgesamt</numerusform>
            <numerusform>%Ln Klicks insgesamt</numerusform>
        </translation>
    </message>
    <message>
        <source>A/B split</source>
        <translation>A/B-Test</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::ExportDialog</name>
    <message>
        <source>Export Links</source>
        <translation>Links exportieren</translation>
    </message>
    <message>
        <source>The links the table shows, with every field and their clicks. A file ending in .csv opens in Excel as it is; .xlsx is an Excel workbook, .json is for other programs.</source>
        <translation>Die Links, die die Tabelle zeigt, mit allen Feldern und ihren Klicks. Eine Datei mit der Endung .csv öffnet sich so, wie sie ist, in Excel; .xlsx ist eine Excel-Arbeitsmappe, .json ist für andere Programme.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Du&amp;rchsuchen …</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>&amp;Include each link&apos;s countries, referrers and devices</source>
        <translation>Länder, Verweise und Geräte jedes Links &amp;mitnehmen</translation>
    </message>
    <message>
        <source>One column each for countries, referrers, devices, browsers and operating systems, most clicks first, as the statistics count them. A link of another service has them once its statistics were shown from its first day to today.</source>
        <translation>Je eine Spalte für Länder, Verweise, Geräte, Browser und Betriebssysteme, die meisten Klicks zuerst, so gezählt wie in der Statistik. Ein Link eines anderen Dienstes hat sie, sobald seine Statistik von seinem ersten Tag bis heute angezeigt wurde.</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv);;Excel workbook (*.xlsx);;JSON (*.json)</source>
        <translation>CSV für Excel (*.csv);;Excel-Arbeitsmappe (*.xlsx);;JSON (*.json)</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::GettingStartedDialog</name>
    <message>
        <source>Getting Started with Linkdeck</source>
        <translation>Erste Schritte mit Linkdeck</translation>
    </message>
    <message>
        <source>Getting started guide</source>
        <translation>Anleitung für die ersten Schritte</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Erste Schritte</translation>
    </message>
    <message>
        <source>1. Create a short link</source>
        <translation>1. Einen Kurzlink erstellen</translation>
    </message>
    <message>
        <source>Press %1 (File &gt; New Link), paste the address your link should open and choose a back-half, such as &lt;i&gt;spring-sale&lt;/i&gt;. Links on “This computer” are served by Linkdeck&apos;s own link server, shown under the sidebar.</source>
        <translation>Drücken Sie %1 (Datei &gt; Neuer Link), fügen Sie die Adresse ein, die Ihr Link öffnen soll, und wählen Sie ein Link-Ende, etwa &lt;i&gt;fruehjahrsaktion&lt;/i&gt;. Links im Konto „Dieser Computer“ stellt der eigene Link-Server von Linkdeck bereit, der unter der Seitenleiste angezeigt wird.</translation>
    </message>
    <message>
        <source>2. Or connect a link service</source>
        <translation>2. Oder einen Linkdienst verbinden</translation>
    </message>
    <message>
        <source>In File &gt; Accounts, add your Bitly, Rebrandly, Shlink or Cuttly account with its API token. Its links appear in the table, and new links can be made there too. Tokens stay in your system&apos;s keychain.</source>
        <translation>Fügen Sie unter Datei &gt; Konten Ihr Bitly-, Rebrandly-, Shlink- oder Cuttly-Konto mit seinem API-Token hinzu. Seine Links erscheinen in der Tabelle, und Sie können dort auch neue Links erstellen. Tokens bleiben im Schlüsselbund Ihres Systems.</translation>
    </message>
    <message>
        <source>3. Track a campaign</source>
        <translation>3. Eine Kampagne verfolgen</translation>
    </message>
    <message>
        <source>In New Link, fill in the tracking fields (source, medium, campaign). The sidebar then lists the campaign; choose it and press %1 to see its clicks over time, countries, referrers and devices.</source>
        <translation>Füllen Sie unter „Neuer Link“ die Tracking-Felder aus (Quelle, Medium, Kampagne). Die Seitenleiste führt dann die Kampagne auf; wählen Sie sie und drücken Sie %1, um ihre Klicks im Zeitverlauf, Länder, Verweise und Geräte zu sehen.</translation>
    </message>
    <message>
        <source>4. Print a QR code</source>
        <translation>4. Einen QR-Code drucken</translation>
    </message>
    <message>
        <source>Select a link and press %1 for the QR studio: size in millimetres, colours, a logo, and export for print (PDF, SVG, EPS). %2 prints the selected links as labels.</source>
        <translation>Wählen Sie einen Link und drücken Sie %1 für das QR-Studio: Größe in Millimetern, Farben, ein Logo und Export für den Druck (PDF, SVG, EPS). %2 druckt die ausgewählten Links als Etiketten.</translation>
    </message>
    <message>
        <source>Working with the keyboard</source>
        <translation>Mit der Tastatur arbeiten</translation>
    </message>
    <message>
        <source>%1 moves between the sidebar, the links and the details, and Tab within them. %2 finds a link, Esc clears the filter, %3 copies the selected short link.</source>
        <translation>%1 wechselt zwischen Seitenleiste, Links und Details, Tab innerhalb davon. %2 sucht einen Link, Esc leert den Filter, %3 kopiert den ausgewählten Kurzlink.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::ImportWizard</name>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Short link</source>
        <translation>Kurzlink</translation>
    </message>
    <message>
        <source>Destination or reason</source>
        <translation>Ziel oder Grund</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>Choose a File</source>
        <translation>Datei wählen</translation>
    </message>
    <message>
        <source>A spreadsheet saved as CSV or Unicode text, a JSON file, or an export of Bitly, Rebrandly, Shlink, YOURLS or Kutt.</source>
        <translation>Eine Tabelle, gespeichert als CSV oder Unicode-Text, eine JSON-Datei oder ein Export von Bitly, Rebrandly, Shlink, YOURLS oder Kutt.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Du&amp;rchsuchen …</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>&amp;Into:</source>
        <translation>In &amp;Konto:</translation>
    </message>
    <message>
        <source>Skip the row</source>
        <translation>Zeile überspringen</translation>
    </message>
    <message>
        <source>Use the next free back-half</source>
        <translation>Nächstes freies Link-Ende verwenden</translation>
    </message>
    <message>
        <source>Point the existing link to the row&apos;s destination</source>
        <translation>Bestehenden Link auf das Ziel der Zeile umstellen</translation>
    </message>
    <message>
        <source>When a back-half is &amp;taken:</source>
        <translation>Wenn ein Link-Ende &amp;vergeben ist:</translation>
    </message>
    <message>
        <source>Import Links</source>
        <translation>Links importieren</translation>
    </message>
    <message>
        <source>Tables of links (*.csv *.tsv *.txt *.json);;All files (*)</source>
        <translation>Tabellen mit Links (*.csv *.tsv *.txt *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Check the Columns</source>
        <translation>Spalten prüfen</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Becomes</source>
        <translation>Wird zu</translation>
    </message>
    <message>
        <source>First row</source>
        <translation>Erste Zeile</translation>
    </message>
    <message>
        <source>%1, columns separated by “%2”.</source>
        <translation>%1, Spalten getrennt durch „%2“.</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>This looks like an export of %1.</source>
        <translation>Das sieht nach einem Export von %1 aus.</translation>
    </message>
    <message>
        <source>Column %1 becomes</source>
        <translation>Spalte %1 wird zu</translation>
    </message>
    <message>
        <source>Check Every Row</source>
        <translation>Alle Zeilen prüfen</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Nothing is made yet. Import makes the links marked “will create”.</source>
        <translation>Noch wurde nichts erstellt. „Importieren“ erstellt die Links, die mit „wird erstellt“ markiert sind.</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Anhalten</translation>
    </message>
    <message>
        <source>Save &amp;Report…</source>
        <translation>&amp;Bericht speichern …</translation>
    </message>
    <message>
        <source>Save Import Report</source>
        <translation>Importbericht speichern</translation>
    </message>
    <message>
        <source>import report.csv</source>
        <translation>Importbericht.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Reading every row…</source>
        <translation>Alle Zeilen werden gelesen …</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Wird importiert …</translation>
    </message>
    <message>
        <source>Report saved in %1.</source>
        <translation>Bericht in %1 gespeichert.</translation>
    </message>
    <message>
        <source>Could not save the report: %1</source>
        <translation>Der Bericht konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>“%1” cannot be opened: %2</source>
        <translation>„%1“ kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Linkdeck cannot use this account.</source>
        <translation>Linkdeck kann dieses Konto nicht verwenden.</translation>
    </message>
    <message>
        <source>Each column becomes what its menu says; choose “%1” to leave one out.</source>
        <translation>Jede Spalte wird zu dem, was ihr Menü sagt; wählen Sie „%1“, um eine auszulassen.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::LinkCommands</name>
    <message>
        <source>Copied %1 to the clipboard</source>
        <translation>%1 in die Zwischenablage kopiert</translation>
    </message>
    <message>
        <source>Delete %1? People who open it will no longer reach %2.</source>
        <translation>%1 löschen? Wer ihn öffnet, gelangt dann nicht mehr zu %2.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n link(s)? People who open them will no longer reach their destinations.</source>
        <translation>
            <numerusform>%n Link löschen? Wer ihn öffnet, gelangt dann nicht mehr zum Ziel.</numerusform>
            <numerusform>%n Links löschen? Wer sie öffnet, gelangt dann nicht mehr zu ihren Zielen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Links</source>
        <translation>Links löschen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>Gelöscht.</translation>
    </message>
    <message>
        <source>Some Links Were Not Deleted</source>
        <translation>Einige Links wurden nicht gelöscht</translation>
    </message>
    <message>
        <source>Removed the redirect rules of %1</source>
        <translation>Die Weiterleitungsregeln von %1 wurden entfernt</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n redirect rule(s) of %1</source>
        <translation>
            <numerusform>%n Weiterleitungsregel von %1 gespeichert</numerusform>
            <numerusform>%n Weiterleitungsregeln von %1 gespeichert</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Labels Not Printed</source>
        <translation>Etiketten nicht gedruckt</translation>
    </message>
    <message>
        <source>Print QR Labels</source>
        <translation>QR-Etiketten drucken</translation>
    </message>
    <message>
        <source>Export Links</source>
        <translation>Links exportieren</translation>
    </message>
    <message>
        <source>links.csv</source>
        <translation>links.csv</translation>
    </message>
    <message>
        <source>Choose a file name ending in .csv, .xlsx or .json.</source>
        <translation>Wählen Sie einen Dateinamen mit der Endung .csv, .xlsx oder .json.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln link(s) saved in %1.</source>
        <translation>
            <numerusform>%Ln Link in %1 gespeichert.</numerusform>
            <numerusform>%Ln Links in %1 gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting links…</source>
        <translation>Links werden exportiert …</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>The file could not be written.</source>
        <translation>Die Datei konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Export stopped; no file was written.</source>
        <translation>Export abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::LinkDialog</name>
    <message>
        <source>New Link</source>
        <translation>Neuer Link</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Konto:</translation>
    </message>
    <message>
        <source>https://example.com/spring-sale</source>
        <translation>https://example.com/fruehjahrsaktion</translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domain</translation>
    </message>
    <message>
        <source>random</source>
        <translation>zufällig</translation>
    </message>
    <message>
        <source>Back-half</source>
        <translation>Link-Ende</translation>
    </message>
    <message>
        <source>Short &amp;link:</source>
        <translation>Kurz&amp;link:</translation>
    </message>
    <message>
        <source>Shown in your link list only</source>
        <translation>Nur in Ihrer Linkliste sichtbar</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>Separate tags with commas, e.g. print, spring</source>
        <translation>Schlagwörter mit Kommas trennen, z. B. Druck, Frühjahr</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>&amp;Schlagwörter:</translation>
    </message>
    <message>
        <source>Campaign trac&amp;king (UTM)</source>
        <translation>Kampagnen-Tracking (&amp;UTM)</translation>
    </message>
    <message>
        <source>Choose a preset…</source>
        <translation>Vorlage wählen …</translation>
    </message>
    <message>
        <source>P&amp;reset:</source>
        <translation>V&amp;orlage:</translation>
    </message>
    <message>
        <source>where the visitor comes from, e.g. newsletter</source>
        <translation>woher die Besucher kommen, z. B. newsletter</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>&amp;Quelle:</translation>
    </message>
    <message>
        <source>the kind of channel, e.g. email</source>
        <translation>die Art des Kanals, z. B. email</translation>
    </message>
    <message>
        <source>Med&amp;ium:</source>
        <translation>&amp;Medium:</translation>
    </message>
    <message>
        <source>e.g. spring-sale</source>
        <translation>z. B. fruehjahrsaktion</translation>
    </message>
    <message>
        <source>&amp;Campaign:</source>
        <translation>Kampa&amp;gne:</translation>
    </message>
    <message>
        <source>optional: paid search keyword</source>
        <translation>optional: Suchbegriff der bezahlten Suche</translation>
    </message>
    <message>
        <source>Term:</source>
        <translation>&amp;Begriff:</translation>
    </message>
    <message>
        <source>optional: which ad or button</source>
        <translation>optional: welche Anzeige oder welcher Knopf</translation>
    </message>
    <message>
        <source>Co&amp;ntent:</source>
        <translation>&amp;Inhalt:</translation>
    </message>
    <message>
        <source>Use lower case (analytics tools count “Email” and “email” apart)</source>
        <translation>Kleinschreibung verwenden (Analysewerkzeuge zählen „Email“ und „email“ getrennt)</translation>
    </message>
    <message>
        <source>Final address</source>
        <translation>Endgültige Adresse</translation>
    </message>
    <message>
        <source>Opens:</source>
        <translation>Öffnet:</translation>
    </message>
    <message>
        <source>Create Link</source>
        <translation>Link erstellen</translation>
    </message>
    <message>
        <source>chosen by the service</source>
        <translation>vom Dienst gewählt</translation>
    </message>
    <message>
        <source>Edit Link</source>
        <translation>Link bearbeiten</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>This service does not allow changing the back-half of an existing link.</source>
        <translation>Dieser Dienst erlaubt es nicht, das Link-Ende eines bestehenden Links zu ändern.</translation>
    </message>
    <message>
        <source>Will be saved as %1</source>
        <translation>Wird gespeichert als %1</translation>
    </message>
    <message>
        <source>An existing link needs a back-half.</source>
        <translation>Ein bestehender Link braucht ein Link-Ende.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft …</translation>
    </message>
    <message>
        <source>Could not check whether “%1” is free: %2</source>
        <translation>Es konnte nicht geprüft werden, ob „%1“ frei ist: %2</translation>
    </message>
    <message>
        <source>“%1” is available.</source>
        <translation>„%1“ ist frei.</translation>
    </message>
    <message>
        <source>“%1” is already used on %2. Choose another back-half.</source>
        <translation>„%1“ wird auf %2 bereits verwendet. Wählen Sie ein anderes Link-Ende.</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Gültigkeit</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>Begi&amp;nnt:</translation>
    </message>
    <message>
        <source>Before this time the link is not active yet.</source>
        <translation>Vor dieser Zeit ist der Link noch nicht aktiv.</translation>
    </message>
    <message>
        <source>Start date and time</source>
        <translation>Datum und Uhrzeit des Beginns</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>&amp;Endet:</translation>
    </message>
    <message>
        <source>From this time on the link has ended.</source>
        <translation>Ab dieser Zeit ist der Link beendet.</translation>
    </message>
    <message>
        <source>End date and time</source>
        <translation>Datum und Uhrzeit des Endes</translation>
    </message>
    <message>
        <source>At &amp;most:</source>
        <translation>&amp;Höchstens:</translation>
    </message>
    <message>
        <source>After this many clicks the link has ended.</source>
        <translation>Nach so vielen Klicks ist der Link beendet.</translation>
    </message>
    <message>
        <source>Most clicks</source>
        <translation>Höchstzahl der Klicks</translation>
    </message>
    <message>
        <source>clicks</source>
        <translation>Klicks</translation>
    </message>
    <message>
        <source>empty: a page says the link has ended</source>
        <translation>leer: eine Seite sagt, dass der Link beendet ist</translation>
    </message>
    <message>
        <source>Address after the end</source>
        <translation>Adresse nach dem Ende</translation>
    </message>
    <message>
        <source>T&amp;hen go to:</source>
        <translation>&amp;Danach zu:</translation>
    </message>
    <message>
        <source>%1 cannot send visitors to another address after the end; only links on this computer can. Visitors see the service&apos;s own page.</source>
        <translation>%1 kann Besucher nach dem Ende nicht an eine andere Adresse weiterleiten; das können nur Links auf diesem Computer. Besucher sehen die eigene Seite des Dienstes.</translation>
    </message>
    <message>
        <source>not possible with %1</source>
        <translation>mit %1 nicht möglich</translation>
    </message>
    <message>
        <source>Times are in your time zone, %1.</source>
        <translation>Zeiten gelten in Ihrer Zeitzone, %1.</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Visitors must type this password before they are sent on.</source>
        <translation>Besucher müssen dieses Passwort eingeben, bevor sie weitergeleitet werden.</translation>
    </message>
    <message>
        <source>Password for visitors</source>
        <translation>Passwort für Besucher</translation>
    </message>
    <message>
        <source>Protected (type a new password to change it)</source>
        <translation>Geschützt (zum Ändern ein neues Passwort eingeben)</translation>
    </message>
    <message>
        <source>the password visitors type</source>
        <translation>das Passwort, das Besucher eingeben</translation>
    </message>
    <message>
        <source>Type the password visitors will need, or untick Password.</source>
        <translation>Geben Sie das Passwort ein, das Besucher brauchen, oder entfernen Sie das Häkchen bei „Passwort“.</translation>
    </message>
    <message>
        <source>The link was saved, but not its password: %1</source>
        <translation>Der Link wurde gespeichert, sein Passwort aber nicht: %1</translation>
    </message>
    <message>
        <source>Social pre&amp;view</source>
        <translation>Social-&amp;Vorschau</translation>
    </message>
    <message>
        <source>What link previews show when the short link is pasted into LinkedIn, Facebook, X, Slack or a chat. People who click it are sent on as always.</source>
        <translation>Was Link-Vorschauen zeigen, wenn der Kurzlink in LinkedIn, Facebook, X, Slack oder einen Chat eingefügt wird. Wer darauf klickt, wird wie immer weitergeleitet.</translation>
    </message>
    <message>
        <source>e.g. Spring sale: half price</source>
        <translation>z. B. Frühjahrsaktion: halber Preis</translation>
    </message>
    <message>
        <source>one or two sentences</source>
        <translation>ein oder zwei Sätze</translation>
    </message>
    <message>
        <source>https://… (1200 × 630 pixels suit most)</source>
        <translation>https://… (1200 × 630 Pixel passen meist)</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Bes&amp;chreibung:</translation>
    </message>
    <message>
        <source>Image address:</source>
        <translation>Bildadresse:</translation>
    </message>
    <message>
        <source>Preview card</source>
        <translation>Vorschaukarte</translation>
    </message>
    <message>
        <source>No image: a small card</source>
        <translation>Kein Bild: eine kleine Karte</translation>
    </message>
    <message>
        <source>Image from %1</source>
        <translation>Bild von %1</translation>
    </message>
    <message>
        <source>(no title yet)</source>
        <translation>(noch kein Titel)</translation>
    </message>
    <message>
        <source>The link was saved, but not its targeting rules: %1</source>
        <translation>Der Link wurde gespeichert, seine Zielregeln aber nicht: %1</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <source>The link has changes that are not saved. Save them?</source>
        <translation>Der Link hat Änderungen, die nicht gespeichert sind. Jetzt speichern?</translation>
    </message>
    <message>
        <source>The link has changes that are not saved, and they cannot be saved as they are. Discard them?</source>
        <translation>Der Link hat Änderungen, die nicht gespeichert sind und so nicht gespeichert werden können. Verwerfen?</translation>
    </message>
    <message>
        <source>Link Not Created</source>
        <translation>Link nicht erstellt</translation>
    </message>
    <message>
        <source>The new link has not been created yet. Create it now?</source>
        <translation>Der neue Link wurde noch nicht erstellt. Jetzt erstellen?</translation>
    </message>
    <message>
        <source>The new link has not been created, and it cannot be created as it is. Discard what you typed?</source>
        <translation>Der neue Link wurde nicht erstellt und kann so nicht erstellt werden. Das Eingegebene verwerfen?</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::LinkListView</name>
    <message>
        <source>Filter by back-half, destination, title, tag or campaign</source>
        <translation>Nach Link-Ende, Ziel, Titel, Schlagwort oder Kampagne filtern</translation>
    </message>
    <message>
        <source>Clear Filter</source>
        <translation>Filter leeren</translation>
    </message>
    <message>
        <source>Filter links</source>
        <translation>Links filtern</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>No links here yet.</source>
        <translation>Hier gibt es noch keine Links.</translation>
    </message>
    <message>
        <source>No links match “%1”</source>
        <translation>Keine Links passen zu „%1“</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::LocalServerPanel</name>
    <message>
        <source>Stopped: short links on this computer do not open.</source>
        <translation>Angehalten: Kurzlinks auf diesem Computer öffnen sich nicht.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Wird gestartet …</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Wird angehalten …</translation>
    </message>
    <message numerus="yes">
        <source>%Ln visit(s) recorded</source>
        <translation>
            <numerusform>%Ln Aufruf erfasst</numerusform>
            <numerusform>%Ln Aufrufe erfasst</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message numerus="yes">
        <source>Visits are not being recorded: the link server cannot write to its disk (it is full or read-only). Short links still open. %Ln visit(s) not recorded so far.</source>
        <translation>
            <numerusform>Aufrufe werden nicht erfasst: Der Link-Server kann nicht auf seinen Datenträger schreiben (er ist voll oder schreibgeschützt). Kurzlinks öffnen weiterhin. Bisher %Ln Aufruf nicht erfasst.</numerusform>
            <numerusform>Aufrufe werden nicht erfasst: Der Link-Server kann nicht auf seinen Datenträger schreiben (er ist voll oder schreibgeschützt). Kurzlinks öffnen weiterhin. Bisher %Ln Aufrufe nicht erfasst.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln visit(s) could not be recorded while the disk was full.</source>
        <translation>
            <numerusform>%Ln Aufruf konnte nicht erfasst werden, während der Datenträger voll war.</numerusform>
            <numerusform>%Ln Aufrufe konnten nicht erfasst werden, während der Datenträger voll war.</numerusform>
        </translation>
    </message>
    <message>
        <source>Visits reach the statistics %1 seconds late: the database is busy. None is lost.</source>
        <translation>Aufrufe erscheinen %1 Sekunden verspätet in der Statistik: Die Datenbank ist ausgelastet. Keiner geht verloren.</translation>
    </message>
    <message>
        <source>The link database is damaged: SQLite found errors in it. Short links still open, but changes and visits may not be saved. Quit Linkdeck and restore a backup of the database.</source>
        <translation>Die Link-Datenbank ist beschädigt: SQLite hat Fehler darin gefunden. Kurzlinks öffnen sich weiterhin, aber Änderungen und Besuche werden womöglich nicht gespeichert. Beenden Sie Linkdeck und stellen Sie eine Sicherung der Datenbank wieder her.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::MainWindow</name>
    <message>
        <source>Linkdeck</source>
        <translation>Linkdeck</translation>
    </message>
    <message>
        <source>&amp;New Link…</source>
        <translation>&amp;Neuer Link …</translation>
    </message>
    <message>
        <source>Create a short link (%1)</source>
        <translation>Einen Kurzlink erstellen (%1)</translation>
    </message>
    <message>
        <source>&amp;Edit Link…</source>
        <translation>Link &amp;bearbeiten …</translation>
    </message>
    <message>
        <source>&amp;Copy Short Link</source>
        <translation>Kurzlink &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen …</translation>
    </message>
    <message>
        <source>&amp;Open in Browser</source>
        <translation>Im Browser ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen …</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;About Linkdeck</source>
        <translation>&amp;Über Linkdeck</translation>
    </message>
    <message>
        <source>About Linkdeck</source>
        <translation>Über Linkdeck</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Linkdeck %1&lt;/h3&gt;&lt;p&gt;Branded short links, campaign charts and print-grade QR codes.&lt;/p&gt;&lt;p&gt;Released under the MIT licence.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Linkdeck %1&lt;/h3&gt;&lt;p&gt;Kurzlinks mit eigener Marke, Kampagnendiagramme und druckfertige QR-Codes.&lt;/p&gt;&lt;p&gt;Veröffentlicht unter der MIT-Lizenz.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message numerus="yes">
        <source>%Ln link(s)</source>
        <translation>
            <numerusform>%Ln Link</numerusform>
            <numerusform>%Ln Links</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln link(s)</source>
        <translation>
            <numerusform>%1 von %Ln Link</numerusform>
            <numerusform>%1 von %Ln Links</numerusform>
        </translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>%1 erstellt</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>&amp;QR Code…</source>
        <translation>&amp;QR-Code …</translation>
    </message>
    <message>
        <source>Make a print-ready QR code of the short link</source>
        <translation>Einen druckfertigen QR-Code des Kurzlinks erstellen</translation>
    </message>
    <message>
        <source>&amp;Print QR Labels…</source>
        <translation>QR-Etiketten &amp;drucken …</translation>
    </message>
    <message>
        <source>Print the selected links as QR code labels, 24 to an A4 page</source>
        <translation>Die ausgewählten Links als QR-Etiketten drucken, 24 je A4-Seite</translation>
    </message>
    <message>
        <source>&amp;Statistics…</source>
        <translation>S&amp;tatistik …</translation>
    </message>
    <message>
        <source>Clicks over time, countries and referrers of the selected links or campaign</source>
        <translation>Klicks im Zeitverlauf, Länder und Verweise der ausgewählten Links oder Kampagne</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n Link</numerusform>
            <numerusform>%n Links</numerusform>
        </translation>
    </message>
    <message>
        <source>Select links, or a campaign or tag in the sidebar, to see their statistics.</source>
        <translation>Wählen Sie Links oder in der Seitenleiste eine Kampagne bzw. ein Schlagwort, um die Statistik zu sehen.</translation>
    </message>
    <message>
        <source>&amp;Synchronise Accounts</source>
        <translation>Konten &amp;synchronisieren</translation>
    </message>
    <message>
        <source>Fetch the links of your Bitly, Rebrandly, Shlink and Cuttly accounts and send the changes made offline (%1)</source>
        <translation>Die Links Ihrer Bitly-, Rebrandly-, Shlink- und Cuttly-Konten abrufen und offline vorgenommene Änderungen senden (%1)</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>&amp;Konten …</translation>
    </message>
    <message>
        <source>Add or edit your Bitly, Rebrandly, Shlink and Cuttly accounts</source>
        <translation>Ihre Bitly-, Rebrandly-, Shlink- und Cuttly-Konten hinzufügen oder bearbeiten</translation>
    </message>
    <message>
        <source>Saved offline: the link will be created on %1 when the network is back.</source>
        <translation>Offline gespeichert: Der Link wird bei %1 erstellt, sobald das Netzwerk wieder da ist.</translation>
    </message>
    <message>
        <source>Saved offline: the change will be sent to %1 when the network is back.</source>
        <translation>Offline gespeichert: Die Änderung wird an %1 gesendet, sobald das Netzwerk wieder da ist.</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Wird gezählt …</translation>
    </message>
    <message>
        <source>Redirect &amp;Rules…</source>
        <translation>&amp;Weiterleitungsregeln …</translation>
    </message>
    <message>
        <source>New &amp;Campaign…</source>
        <translation>Neue Ka&amp;mpagne …</translation>
    </message>
    <message>
        <source>Make a campaign&apos;s links at once: each destination for each source and medium</source>
        <translation>Die Links einer Kampagne auf einmal erstellen: jedes Ziel für jede Quelle und jedes Medium</translation>
    </message>
    <message>
        <source>&amp;Import Links…</source>
        <translation>Links &amp;importieren …</translation>
    </message>
    <message>
        <source>Make links from a spreadsheet or another service&apos;s export</source>
        <translation>Links aus einer Tabelle oder dem Export eines anderen Dienstes erstellen</translation>
    </message>
    <message>
        <source>E&amp;xport Links…</source>
        <translation>Links e&amp;xportieren …</translation>
    </message>
    <message>
        <source>Save the links the table shows as CSV, Excel or JSON</source>
        <translation>Die Links, die die Tabelle zeigt, als CSV, Excel oder JSON speichern</translation>
    </message>
    <message>
        <source>&amp;Getting Started</source>
        <translation>&amp;Erste Schritte</translation>
    </message>
    <message>
        <source>Cop&amp;y to Account…</source>
        <translation>In ein anderes Konto k&amp;opieren …</translation>
    </message>
    <message>
        <source>Make the selected links on another account too</source>
        <translation>Die ausgewählten Links zusätzlich in einem anderen Konto erstellen</translation>
    </message>
    <message>
        <source>&amp;Move to Account…</source>
        <translation>In ein anderes Konto &amp;verschieben …</translation>
    </message>
    <message>
        <source>Make the selected links on another account and send the old ones&apos; visitors there</source>
        <translation>Die ausgewählten Links in einem anderen Konto erstellen und die Besucher der alten Links dorthin weiterleiten</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::PaneFocus</name>
    <message>
        <source>Next Pane</source>
        <translation>Nächster Bereich</translation>
    </message>
    <message>
        <source>Previous Pane</source>
        <translation>Vorheriger Bereich</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::PreferencesDialog</name>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::QrPreview</name>
    <message>
        <source>Drag the code into another application</source>
        <translation>Den Code in eine andere Anwendung ziehen</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::QrStudioDialog</name>
    <message>
        <source>Save QR Code</source>
        <translation>QR-Code speichern</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1-Dateien (*.%2)</translation>
    </message>
    <message numerus="yes">
        <source>QR Codes for %n Link(s)</source>
        <translation>
            <numerusform>QR-Codes für %n Link</numerusform>
            <numerusform>QR-Codes für %n Links</numerusform>
        </translation>
    </message>
    <message>
        <source>The preview shows the first link; each link gets its own file, named by its back-half.</source>
        <translation>Die Vorschau zeigt den ersten Link; jeder Link bekommt eine eigene Datei, benannt nach seinem Link-Ende.</translation>
    </message>
    <message>
        <source>Folder for the QR Codes</source>
        <translation>Ordner für die QR-Codes</translation>
    </message>
    <message>
        <source>Writing QR codes…</source>
        <translation>QR-Codes werden geschrieben …</translation>
    </message>
    <message>
        <source>Save Preset</source>
        <translation>Vorlage speichern</translation>
    </message>
    <message>
        <source>Name of the preset:</source>
        <translation>Name der Vorlage:</translation>
    </message>
    <message>
        <source>Version %1, %2 × %2 modules, %3 mm each, %4 × %5 mm</source>
        <translation>Version %1, %2 × %2 Module, je %3 mm, %4 × %5 mm</translation>
    </message>
    <message>
        <source>Save Label Sheet</source>
        <translation>Etikettenbogen speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the label sheet…</source>
        <translation>Der Etikettenbogen wird geschrieben …</translation>
    </message>
    <message>
        <source>Print QR Labels</source>
        <translation>QR-Etiketten drucken</translation>
    </message>
    <message>
        <source>There is no preset “%1”.</source>
        <translation>Es gibt keine Vorlage „%1“.</translation>
    </message>
    <message>
        <source>The preset “%1” cannot be used: %2</source>
        <translation>Die Vorlage „%1“ kann nicht verwendet werden: %2</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::QrStyleForm</name>
    <message>
        <source>Choose a Logo</source>
        <translation>Logo wählen</translation>
    </message>
    <message>
        <source>Images (*.png *.svg *.jpg *.jpeg)</source>
        <translation>Bilder (*.png *.svg *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wählen …</translation>
    </message>
    <message>
        <source>“%1” is not a colour: use #rrggbb, a name such as black, or cmyk(0,0,0,100).</source>
        <translation>„%1“ ist keine Farbe: Verwenden Sie #rrggbb, einen Namen wie black oder cmyk(0,0,0,100).</translation>
    </message>
    <message>
        <source>Choose a colour</source>
        <translation>Farbe wählen</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::RedirectRulesDialog</name>
    <message>
        <source>Condition</source>
        <translation>Bedingung</translation>
    </message>
    <message>
        <source>Language code, e.g. en or de-CH</source>
        <translation>Sprachcode, z. B. en oder de-CH</translation>
    </message>
    <message>
        <source>Parameter name</source>
        <translation>Parametername</translation>
    </message>
    <message>
        <source>192.0.2.10, 192.168.0.0/16 or 10.0.*.*</source>
        <translation>192.0.2.10, 192.168.0.0/16 oder 10.0.*.*</translation>
    </message>
    <message>
        <source>Country code, e.g. DE</source>
        <translation>Ländercode, z. B. DE</translation>
    </message>
    <message>
        <source>City, e.g. Berlin</source>
        <translation>Stadt, z. B. Berlin</translation>
    </message>
    <message>
        <source>In your computer&apos;s time zone</source>
        <translation>In der Zeitzone Ihres Computers</translation>
    </message>
    <message>
        <source>Remove this condition</source>
        <translation>Diese Bedingung entfernen</translation>
    </message>
    <message>
        <source>Remove condition</source>
        <translation>Bedingung entfernen</translation>
    </message>
    <message>
        <source>Redirect Rules of %1</source>
        <translation>Weiterleitungsregeln von %1</translation>
    </message>
    <message>
        <source>Loading the rules…</source>
        <translation>Die Regeln werden geladen …</translation>
    </message>
    <message>
        <source>Send some visitors of %1 somewhere else than %2. The rules are tried from the top; the first whose conditions all match decides, and everyone else goes to the link&apos;s own destination.</source>
        <translation>Schicken Sie manche Besucher von %1 an eine andere Adresse als %2. Die Regeln werden von oben nach unten geprüft; die erste, deren Bedingungen alle zutreffen, entscheidet, und alle anderen gelangen zum Ziel des Links.</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <source>&amp;Add Rule</source>
        <translation>Regel &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Move up: try this rule earlier</source>
        <translation>Nach oben: diese Regel früher prüfen</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <source>Move down: try this rule later</source>
        <translation>Nach unten: diese Regel später prüfen</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <source>Selected rule</source>
        <translation>Ausgewählte Regel</translation>
    </message>
    <message>
        <source>https://example.com/for-these-visitors</source>
        <translation>https://example.com/fuer-diese-besucher</translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <source>Visitors who meet all of these conditions:</source>
        <translation>Besucher, die alle diese Bedingungen erfüllen:</translation>
    </message>
    <message>
        <source>Add &amp;Condition</source>
        <translation>&amp;Bedingung hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Save Rules</source>
        <translation>Regeln &amp;speichern</translation>
    </message>
    <message>
        <source>Rule %1</source>
        <translation>Regel %1</translation>
    </message>
    <message>
        <source>No rule selected</source>
        <translation>Keine Regel ausgewählt</translation>
    </message>
    <message>
        <source>(no condition yet)</source>
        <translation>(noch keine Bedingung)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>(no destination yet)</source>
        <translation>(noch kein Ziel)</translation>
    </message>
    <message>
        <source>%1. %2 → %3</source>
        <translation>%1. %2 → %3</translation>
    </message>
    <message>
        <source>No rules: every visitor goes to %1.</source>
        <translation>Keine Regeln: Alle Besucher gelangen zu %1.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert …</translation>
    </message>
    <message>
        <source>Name, e.g. ref</source>
        <translation>Name, z. B. ref</translation>
    </message>
    <message>
        <source>Value, e.g. news</source>
        <translation>Wert, z. B. news</translation>
    </message>
    <message>
        <source>Targeting Rules</source>
        <translation>Zielregeln</translation>
    </message>
    <message>
        <source>Send some visitors of the new link somewhere else than %1. The rules are tried from the top; the first whose conditions all match decides, and everyone else goes to the link&apos;s own destination.</source>
        <translation>Schicken Sie manche Besucher des neuen Links woandershin als zu %1. Die Regeln werden von oben geprüft; die erste, deren Bedingungen alle zutreffen, entscheidet, und alle anderen gehen zum Ziel des Links.</translation>
    </message>
    <message>
        <source>Send some visitors of the new link to addresses of their own. The rules are tried from the top and come before the A/B split: the first rule whose conditions all match decides, and only the visitors no rule matches are shared by the split (%1).</source>
        <translation>Einige Besucher des neuen Links an eigene Adressen senden. Die Regeln werden von oben geprüft und gehen dem A/B-Split vor: Die erste Regel, deren Bedingungen alle zutreffen, entscheidet, und nur Besucher, auf die keine Regel zutrifft, teilt der Split auf (%1).</translation>
    </message>
    <message>
        <source>Send some visitors of %1 to addresses of their own. The rules are tried from the top and come before the A/B split: the first rule whose conditions all match decides, and only the visitors no rule matches are shared by the split (%2).</source>
        <translation>Einige Besucher von %1 an eigene Adressen senden. Die Regeln werden von oben geprüft und gehen dem A/B-Split vor: Die erste Regel, deren Bedingungen alle zutreffen, entscheidet, und nur Besucher, auf die keine Regel zutrifft, teilt der Split auf (%2).</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>No rules: the A/B split shares every visitor (%1).</source>
        <translation>Keine Regeln: Der A/B-Split teilt alle Besucher auf (%1).</translation>
    </message>
    <message>
        <source>Unsaved Rules</source>
        <translation>Ungespeicherte Regeln</translation>
    </message>
    <message>
        <source>The redirect rules have changes that are not saved. Save them?</source>
        <translation>Die Weiterleitungsregeln haben Änderungen, die nicht gespeichert sind. Jetzt speichern?</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::RulesSection</name>
    <message>
        <source>Targeting rules</source>
        <translation>Zielregeln</translation>
    </message>
    <message>
        <source>Send some visitors elsewhere: phones to an app store, Germans to the German page, …</source>
        <translation>Manche Besucher woandershin schicken: Telefone in einen App Store, Deutsche auf die deutsche Seite, …</translation>
    </message>
    <message>
        <source>Edit R&amp;ules…</source>
        <translation>&amp;Regeln bearbeiten …</translation>
    </message>
    <message>
        <source>Try a visitor:</source>
        <translation>Besucher ausprobieren:</translation>
    </message>
    <message>
        <source>The visitor&apos;s device</source>
        <translation>Gerät des Besuchers</translation>
    </message>
    <message>
        <source>any device</source>
        <translation>beliebiges Gerät</translation>
    </message>
    <message>
        <source>iPhone</source>
        <translation>iPhone</translation>
    </message>
    <message>
        <source>Android phone</source>
        <translation>Android-Telefon</translation>
    </message>
    <message>
        <source>Windows PC</source>
        <translation>Windows-PC</translation>
    </message>
    <message>
        <source>Mac</source>
        <translation>Mac</translation>
    </message>
    <message>
        <source>Linux PC</source>
        <translation>Linux-PC</translation>
    </message>
    <message>
        <source>The visitor&apos;s language</source>
        <translation>Sprache des Besuchers</translation>
    </message>
    <message>
        <source>any language</source>
        <translation>beliebige Sprache</translation>
    </message>
    <message>
        <source>The visitor&apos;s country</source>
        <translation>Land des Besuchers</translation>
    </message>
    <message>
        <source>any country</source>
        <translation>beliebiges Land</translation>
    </message>
    <message>
        <source>The rules could not be read: %1</source>
        <translation>Die Regeln konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Reading the rules…</source>
        <translation>Regeln werden gelesen …</translation>
    </message>
    <message>
        <source>No rules: every visitor goes to the destination.</source>
        <translation>Keine Regeln: Jeder Besucher geht zum Ziel.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>No rules: the A/B split shares every visitor.</source>
        <translation>Keine Regeln: Der A/B-Split teilt alle Besucher auf.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::Sidebar</name>
    <message>
        <source>Accounts and saved filters</source>
        <translation>Konten und gespeicherte Filter</translation>
    </message>
    <message>
        <source>All links</source>
        <translation>Alle Links</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konten</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Kampagnen</translation>
    </message>
    <message numerus="yes">
        <source>%Ln link(s)</source>
        <translation>
            <numerusform>%Ln Link</numerusform>
            <numerusform>%Ln Links</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::SplitEditor</name>
    <message>
        <source>A/&amp;B split</source>
        <translation>&amp;A/B-Test</translation>
    </message>
    <message>
        <source>Share the visitors between this destination and others, to see which page works best. Each visitor keeps the destination they first got.</source>
        <translation>Die Besucher auf dieses und weitere Ziele aufteilen, um zu sehen, welche Seite am besten wirkt. Jeder Besucher behält das Ziel, das er zuerst bekam.</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Besucher</translation>
    </message>
    <message>
        <source>Add ne&amp;w destination</source>
        <translation>&amp;Weiteres Ziel hinzufügen</translation>
    </message>
    <message>
        <source>Share evenl&amp;y</source>
        <translation>Gleichmäßig au&amp;fteilen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>the destination above</source>
        <translation>das Ziel oben</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>Destination %1</source>
        <translation>Ziel %1</translation>
    </message>
    <message>
        <source>Share of visitors for destination %1</source>
        <translation>Anteil der Besucher für Ziel %1</translation>
    </message>
    <message>
        <source>Remove destination %1</source>
        <translation>Ziel %1 entfernen</translation>
    </message>
    <message>
        <source>Together: %1</source>
        <translation>Zusammen: %1</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::StatsChart</name>
    <message numerus="yes">
        <source>%1, %2: %Ln click(s)</source>
        <translation>
            <numerusform>%1, %2: %Ln Klick</numerusform>
            <numerusform>%1, %2: %Ln Klicks</numerusform>
        </translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Klicks</translation>
    </message>
    <message>
        <source>The file cannot be written.</source>
        <translation>Die Datei kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Choose a file name ending in .png, .svg or .pdf.</source>
        <translation>Wählen Sie einen Dateinamen mit der Endung .png, .svg oder .pdf.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::StatsDialog</name>
    <message>
        <source>Statistics: %1</source>
        <translation>Statistik: %1</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>Wochen</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Monate</translation>
    </message>
    <message>
        <source>Include bots</source>
        <translation>Bots einbeziehen</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <source>Per:</source>
        <translation>Je:</translation>
    </message>
    <message>
        <source>Export Statistics</source>
        <translation>Statistik exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message numerus="yes">
        <source>%Ln click(s)</source>
        <translation>
            <numerusform>%Ln Klick</numerusform>
            <numerusform>%Ln Klicks</numerusform>
        </translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linie</translation>
    </message>
    <message>
        <source>Bars</source>
        <translation>Balken</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Fetch the figures of Bitly and Shlink links again</source>
        <translation>Die Zahlen der Bitly- und Shlink-Links erneut abrufen</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Could not save “%1”: %2</source>
        <translation>„%1“ konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Chart as PNG Image…</source>
        <translation>Diagramm als PNG-Bild …</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Chart as SVG Drawing…</source>
        <translation>Diagramm als SVG-Zeichnung …</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG-Zeichnungen (*.svg)</translation>
    </message>
    <message>
        <source>Chart as PDF…</source>
        <translation>Diagramm als PDF …</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Data as CSV…</source>
        <translation>Daten als CSV …</translation>
    </message>
    <message>
        <source>All together</source>
        <translation>Alle zusammen</translation>
    </message>
    <message>
        <source>By link</source>
        <translation>Nach Link</translation>
    </message>
    <message>
        <source>By account</source>
        <translation>Nach Konto</translation>
    </message>
    <message>
        <source>Report as PDF…</source>
        <translation>Bericht als PDF …</translation>
    </message>
    <message>
        <source>Show &amp;All Clicks</source>
        <translation>A&amp;lle Klicks anzeigen</translation>
    </message>
    <message>
        <source>%1 report.pdf</source>
        <translation>%1 Bericht.pdf</translation>
    </message>
    <message>
        <source>%1 clicks.%2</source>
        <translation>%1 Klicks.%2</translation>
    </message>
    <message>
        <source>Saved “%1” in %2.</source>
        <translation>„%1“ in %2 gespeichert.</translation>
    </message>
    <message>
        <source>Only the clicks of %1: %2</source>
        <translation>Nur die Klicks für %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>(+%Ln bot(s), not counted)</source>
        <translation>
            <numerusform>(+%Ln Bot, nicht gezählt)</numerusform>
            <numerusform>(+%Ln Bots, nicht gezählt)</numerusform>
        </translation>
    </message>
    <message>
        <source>Clicks by people and visits by bots together.</source>
        <translation>Klicks von Menschen und Besuche von Bots zusammen.</translation>
    </message>
    <message>
        <source>By variant</source>
        <translation>Nach Variante</translation>
    </message>
    <message>
        <source> (%1 against the period before)</source>
        <translation> (%1 gegenüber dem Zeitraum davor)</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::StatsReport</name>
    <message>
        <source>No clicks</source>
        <translation>Keine Klicks</translation>
    </message>
    <message>
        <source>Top links</source>
        <translation>Top-Links</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Länder</translation>
    </message>
    <message>
        <source>Referrers</source>
        <translation>Verweise</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>Browsers</source>
        <translation>Browser</translation>
    </message>
    <message>
        <source>Operating systems</source>
        <translation>Betriebssysteme</translation>
    </message>
    <message>
        <source>Made with Linkdeck on %1.</source>
        <translation>Erstellt mit Linkdeck am %1.</translation>
    </message>
    <message>
        <source>The file cannot be written.</source>
        <translation>Die Datei kann nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::StatsTables</name>
    <message>
        <source>Clicks</source>
        <translation>Klicks</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Double-click a link to open it</source>
        <translation>Doppelklicken Sie auf einen Link, um ihn zu öffnen</translation>
    </message>
    <message>
        <source>Top links</source>
        <translation>Top-Links</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Länder</translation>
    </message>
    <message>
        <source>Referrer</source>
        <translation>Verweis</translation>
    </message>
    <message>
        <source>Referrers</source>
        <translation>Verweise</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Geräte</translation>
    </message>
    <message>
        <source>Browser</source>
        <translation>Browser</translation>
    </message>
    <message>
        <source>Browsers</source>
        <translation>Browser</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Betriebssystem</translation>
    </message>
    <message>
        <source>Systems</source>
        <translation>Systeme</translation>
    </message>
    <message>
        <source>Click a row to see its clicks alone in the chart</source>
        <translation>Klicken Sie auf eine Zeile, um nur ihre Klicks im Diagramm zu sehen</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>Direkt</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Desktop</source>
        <comment>device kind</comment>
        <translation>Desktop</translation>
    </message>
    <message>
        <source>Mobile</source>
        <comment>device kind</comment>
        <translation>Mobilgerät</translation>
    </message>
    <message>
        <source>Tablet</source>
        <comment>device kind</comment>
        <translation>Tablet</translation>
    </message>
    <message>
        <source>Bot</source>
        <comment>device kind</comment>
        <translation>Bot</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>device kind</comment>
        <translation>Sonstige</translation>
    </message>
    <message>
        <source>Variants</source>
        <translation>Varianten</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <source>Share set</source>
        <translation>Festgelegter Anteil</translation>
    </message>
    <message>
        <source>A/B split</source>
        <translation>A/B-Test</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No clicks in this period.</source>
        <translation>Keine Klicks in diesem Zeitraum.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::SyncStatus</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop synchronising; the links fetched so far are kept</source>
        <translation>Synchronisierung anhalten; die bisher abgerufenen Links bleiben erhalten</translation>
    </message>
    <message>
        <source>Synchronising…</source>
        <translation>Wird synchronisiert …</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln link(s)</source>
        <translation>
            <numerusform>%1: %Ln Link</numerusform>
            <numerusform>%1: %Ln Links</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Accounts are up to date.</source>
        <translation>Die Konten sind auf dem neuesten Stand.</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n change(s) made offline.</source>
        <translation>
            <numerusform>%n offline vorgenommene Änderung gesendet.</numerusform>
            <numerusform>%n offline vorgenommene Änderungen gesendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some Changes Were Refused</source>
        <translation>Einige Änderungen wurden abgelehnt</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made offline were refused by the service. They are marked “not sent” in the table: edit or delete them.</source>
        <translation>
            <numerusform>%n offline vorgenommene Änderung wurde vom Dienst abgelehnt. Sie ist in der Tabelle als „nicht gesendet“ markiert: Bearbeiten oder löschen Sie sie.</numerusform>
            <numerusform>%n offline vorgenommene Änderungen wurden vom Dienst abgelehnt. Sie sind in der Tabelle als „nicht gesendet“ markiert: Bearbeiten oder löschen Sie sie.</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing the links saved on this computer: %1 could not be synchronised.</source>
        <translation>Angezeigt werden die auf diesem Computer gespeicherten Links: %1 konnte nicht synchronisiert werden.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::TransferDialog</name>
    <message numerus="yes">
        <source>Move %n Link(s) to Another Account</source>
        <translation>
            <numerusform>%n Link in ein anderes Konto verschieben</numerusform>
            <numerusform>%n Links in ein anderes Konto verschieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copy %n Link(s) to Another Account</source>
        <translation>
            <numerusform>%n Link in ein anderes Konto kopieren</numerusform>
            <numerusform>%n Links in ein anderes Konto kopieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Each link is made on the account you choose; then the old link sends its visitors to the new one where its service allows it. No link is deleted.</source>
        <translation>Jeder Link wird in dem Konto erstellt, das Sie wählen; danach leitet der alte Link seine Besucher zum neuen weiter, sofern sein Dienst das erlaubt. Es wird kein Link gelöscht.</translation>
    </message>
    <message>
        <source>Each link is made on the account you choose; the old links stay as they are.</source>
        <translation>Jeder Link wird in dem Konto erstellt, das Sie wählen; die alten Links bleiben unverändert.</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Zielkonto:</translation>
    </message>
    <message>
        <source>Skip the link</source>
        <translation>Link überspringen</translation>
    </message>
    <message>
        <source>Use the next free back-half</source>
        <translation>Nächstes freies Link-Ende verwenden</translation>
    </message>
    <message>
        <source>When the back-half is &amp;taken there:</source>
        <translation>Wenn das Link-Ende dort ver&amp;geben ist:</translation>
    </message>
    <message>
        <source>Old and new short links</source>
        <translation>Alte und neue Kurzlinks</translation>
    </message>
    <message>
        <source>Old short link</source>
        <translation>Alter Kurzlink</translation>
    </message>
    <message>
        <source>New short link</source>
        <translation>Neuer Kurzlink</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Verschieben</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Save &amp;Mapping…</source>
        <translation>Zuordnung s&amp;peichern …</translation>
    </message>
    <message>
        <source>A table of each old short link and its new one, for the print team</source>
        <translation>Eine Tabelle mit jedem alten Kurzlink und seinem neuen, für das Druckteam</translation>
    </message>
    <message>
        <source>Add another account first (File &gt; Accounts…).</source>
        <translation>Fügen Sie zuerst ein weiteres Konto hinzu (Datei &gt; Konten …).</translation>
    </message>
    <message>
        <source>Save Mapping</source>
        <translation>Zuordnung speichern</translation>
    </message>
    <message>
        <source>link mapping.csv</source>
        <translation>Link-Zuordnung.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Moving…</source>
        <translation>Wird verschoben …</translation>
    </message>
    <message>
        <source>Copying…</source>
        <translation>Wird kopiert …</translation>
    </message>
    <message>
        <source>The old link now goes to the new one.</source>
        <translation>Der alte Link führt jetzt zum neuen.</translation>
    </message>
    <message>
        <source>Mapping saved in %1.</source>
        <translation>Zuordnung in %1 gespeichert.</translation>
    </message>
    <message>
        <source>Could not save the mapping: %1</source>
        <translation>Die Zuordnung konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::WelcomePage</name>
    <message>
        <source>Welcome to Linkdeck</source>
        <translation>Willkommen bei Linkdeck</translation>
    </message>
    <message>
        <source>You have no links yet. Start with one of these two steps.</source>
        <translation>Sie haben noch keine Links. Beginnen Sie mit einem dieser beiden Schritte.</translation>
    </message>
    <message>
        <source>Create your first link</source>
        <translation>Ihren ersten Link erstellen</translation>
    </message>
    <message>
        <source>A short link on this computer, served by Linkdeck&apos;s own link server: ready to test, share or print as a QR code.</source>
        <translation>Ein Kurzlink auf diesem Computer, bereitgestellt vom eigenen Link-Server von Linkdeck: bereit zum Testen, Teilen oder Drucken als QR-Code.</translation>
    </message>
    <message>
        <source>Connect Bitly, Rebrandly, Shlink…</source>
        <translation>Bitly, Rebrandly, Shlink … verbinden</translation>
    </message>
    <message>
        <source>Add the account you already use (Bitly, Rebrandly, Shlink or Cuttly) with its API token: its links appear here.</source>
        <translation>Fügen Sie das Konto, das Sie bereits nutzen (Bitly, Rebrandly, Shlink oder Cuttly), mit seinem API-Token hinzu: Seine Links erscheinen dann hier.</translation>
    </message>
    <message>
        <source>Getting Started</source>
        <translation>Erste Schritte</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::WithProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>Linkdeck::InstanceLock</name>
    <message>
        <source>Linkdeck is already open with these links. Switch to its window: a second Linkdeck cannot run the link server for the same links.</source>
        <translation>Linkdeck ist mit diesen Links bereits geöffnet. Wechseln Sie zu seinem Fenster: Ein zweites Linkdeck kann den Link-Server für dieselben Links nicht ausführen.</translation>
    </message>
    <message>
        <source>Linkdeck cannot write to its data folder.</source>
        <translation>Linkdeck kann nicht in seinen Datenordner schreiben.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::KeychainSecretStore</name>
    <message>
        <source>No token is stored for this account.</source>
        <translation>Für dieses Konto ist kein Token gespeichert.</translation>
    </message>
    <message>
        <source>The keychain refused access to the token.</source>
        <translation>Der Schlüsselbund hat den Zugriff auf das Token verweigert.</translation>
    </message>
    <message>
        <source>This computer has no usable keychain (such as GNOME Keyring or KWallet), so the token cannot be stored safely.</source>
        <translation>Dieser Computer hat keinen nutzbaren Schlüsselbund (wie GNOME Keyring oder KWallet), daher kann das Token nicht sicher gespeichert werden.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::LinkLimits</name>
    <message>
        <source>The link would end before it starts: choose an end later than the start.</source>
        <translation>Der Link würde enden, bevor er beginnt: wählen Sie ein Ende nach dem Beginn.</translation>
    </message>
    <message>
        <source>The click limit must be at least 1 click.</source>
        <translation>Die Klickgrenze muss mindestens 1 Klick sein.</translation>
    </message>
    <message>
        <source>The address for visitors after the end is only used by a link that ends: set an end, a start or a click limit, or leave that address empty.</source>
        <translation>Die Adresse für Besucher nach dem Ende gilt nur für einen Link, der endet: legen Sie ein Ende, einen Beginn oder eine Klickgrenze fest oder lassen Sie die Adresse leer.</translation>
    </message>
    <message>
        <source>The address for visitors after the end cannot be used: %1</source>
        <translation>Die Adresse für Besucher nach dem Ende kann nicht verwendet werden: %1</translation>
    </message>
</context>
<context>
    <name>Linkdeck::LinkPassword</name>
    <message>
        <source>The password is empty: type one, or remove the protection.</source>
        <translation>Das Passwort ist leer: Geben Sie eines ein oder entfernen Sie den Schutz.</translation>
    </message>
    <message>
        <source>A password cannot contain a line break.</source>
        <translation>Ein Passwort darf keinen Zeilenumbruch enthalten.</translation>
    </message>
    <message>
        <source>The password is too long: at most %1 characters.</source>
        <translation>Das Passwort ist zu lang: höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>The password could not be protected: the computer is short of memory.</source>
        <translation>Das Passwort konnte nicht geschützt werden: Der Computer hat zu wenig Arbeitsspeicher.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::LinkPreview</name>
    <message>
        <source>The preview title is too long: at most %1 characters.</source>
        <translation>Der Vorschautitel ist zu lang: höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>The preview description is too long: at most %1 characters.</source>
        <translation>Die Vorschaubeschreibung ist zu lang: höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>A preview needs a title: link previews show nothing without one.</source>
        <translation>Eine Vorschau braucht einen Titel: Ohne ihn zeigen Link-Vorschauen nichts an.</translation>
    </message>
    <message>
        <source>The preview image&apos;s address cannot be used: %1</source>
        <translation>Die Adresse des Vorschaubilds kann nicht verwendet werden: %1</translation>
    </message>
</context>
<context>
    <name>Linkdeck::LinkProvider</name>
    <message>
        <source>This service gives no breakdown of clicks.</source>
        <translation>Dieser Dienst bietet keine Aufschlüsselung der Klicks.</translation>
    </message>
    <message>
        <source>This service cannot send visitors to different addresses; redirect rules need a Shlink server or this computer.</source>
        <translation>Dieser Dienst kann Besucher nicht an verschiedene Adressen schicken; Weiterleitungsregeln gibt es nur mit einem Shlink-Server oder auf diesem Computer.</translation>
    </message>
    <message>
        <source>This service cannot look up a single link.</source>
        <translation>Dieser Dienst kann keinen einzelnen Link nachschlagen.</translation>
    </message>
    <message>
        <source>This service cannot protect a link by a password; only links on this computer can.</source>
        <translation>Dieser Dienst kann einen Link nicht mit einem Passwort schützen; das können nur Links auf diesem Computer.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::LinkRepository</name>
    <message>
        <source>Could not save the link&apos;s tags.</source>
        <translation>Die Schlagwörter des Links konnten nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The back-half “%1” is already used on %2. Choose another one.</source>
        <translation>Das Link-Ende „%1“ wird auf %2 bereits verwendet. Wählen Sie ein anderes.</translation>
    </message>
    <message>
        <source>Could not save the link.</source>
        <translation>Der Link konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The link no longer exists; it may have been deleted.</source>
        <translation>Den Link gibt es nicht mehr; vielleicht wurde er gelöscht.</translation>
    </message>
    <message>
        <source>Could not delete the link.</source>
        <translation>Der Link konnte nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>The link no longer exists; it may have been deleted already.</source>
        <translation>Den Link gibt es nicht mehr; vielleicht wurde er schon gelöscht.</translation>
    </message>
    <message>
        <source>There is no tag “%1”.</source>
        <translation>Es gibt kein Schlagwort „%1“.</translation>
    </message>
    <message>
        <source>There is already a tag “%1”.</source>
        <translation>Es gibt bereits ein Schlagwort „%1“.</translation>
    </message>
    <message>
        <source>Could not rename the tag.</source>
        <translation>Das Schlagwort konnte nicht umbenannt werden.</translation>
    </message>
    <message>
        <source>Could not delete the tags.</source>
        <translation>Die Schlagwörter konnten nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>Could not save the links of the account.</source>
        <translation>Die Links des Kontos konnten nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Could not update the links of the account.</source>
        <translation>Die Links des Kontos konnten nicht aktualisiert werden.</translation>
    </message>
    <message>
        <source>Could not save the link&apos;s password.</source>
        <translation>Das Passwort des Links konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Could not change the address of the links.</source>
        <translation>Die Adresse der Links konnte nicht geändert werden.</translation>
    </message>
    <message>
        <source>The back-halves %1 are already used on %2, so the links cannot move there. Nothing was changed.</source>
        <translation>Die Link-Enden %1 werden auf %2 bereits verwendet, daher können die Links nicht dorthin umziehen. Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::LinkSelection</name>
    <message>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
    <message>
        <source>the service refused it.</source>
        <translation>Der Dienst hat sie abgelehnt.</translation>
    </message>
    <message>
        <source>Waiting to be sent to %1 when it can be reached.</source>
        <translation>Wartet darauf, an %1 gesendet zu werden, sobald der Dienst erreichbar ist.</translation>
    </message>
    <message>
        <source>Last try: %1</source>
        <translation>Letzter Versuch: %1</translation>
    </message>
    <message>
        <source>Send visitors to other addresses by device, language, country, date and more</source>
        <translation>Besucher je nach Gerät, Sprache, Land, Datum und mehr an andere Adressen schicken</translation>
    </message>
    <message>
        <source>%1 cannot send visitors to different addresses. Redirect rules need a Shlink account or this computer.</source>
        <translation>%1 kann Besucher nicht an verschiedene Adressen schicken. Weiterleitungsregeln gibt es nur mit einem Shlink-Konto oder auf diesem Computer.</translation>
    </message>
    <message>
        <source>This link is waiting to be created on %1; its redirect rules can be set once it is there.</source>
        <translation>Dieser Link wartet darauf, bei %1 angelegt zu werden; seine Weiterleitungsregeln lassen sich festlegen, sobald er dort ist.</translation>
    </message>
    <message>
        <source>Select one link to edit its redirect rules.</source>
        <translation>Wählen Sie einen einzelnen Link, um seine Weiterleitungsregeln zu bearbeiten.</translation>
    </message>
    <message>
        <source>Add another account first (File &gt; Accounts…): the links are copied or moved to it.</source>
        <translation>Fügen Sie zuerst ein weiteres Konto hinzu (Datei &gt; Konten …): Die Links werden dorthin kopiert oder verschoben.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::LinkSplit</name>
    <message>
        <source>A split needs at least two destinations.</source>
        <translation>Ein A/B-Test braucht mindestens zwei Ziele.</translation>
    </message>
    <message>
        <source>A split can have at most %1 destinations.</source>
        <translation>Ein A/B-Test kann höchstens %1 Ziele haben.</translation>
    </message>
    <message>
        <source>Give destination %1 a share between 1% and 99% of the visitors.</source>
        <translation>Geben Sie Ziel %1 einen Anteil zwischen 1 % und 99 % der Besucher.</translation>
    </message>
    <message>
        <source>Enter an address for destination %1 of the split.</source>
        <translation>Geben Sie eine Adresse für Ziel %1 des A/B-Tests ein.</translation>
    </message>
    <message>
        <source>Destination %1 of the split cannot be used: %2</source>
        <translation>Ziel %1 des A/B-Tests kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>The shares of the split must add up to 100% (now %1%).</source>
        <translation>Die Anteile des A/B-Tests müssen zusammen 100 % ergeben (jetzt %1 %).</translation>
    </message>
</context>
<context>
    <name>Linkdeck::LinkTableModel</name>
    <message>
        <source>Short link</source>
        <translation>Kurzlink</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Klicks</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Made while the service could not be reached. Linkdeck sends it when the network is back.</source>
        <translation>Entstanden, während der Dienst nicht erreichbar war. Linkdeck sendet es, sobald das Netzwerk wieder da ist.</translation>
    </message>
    <message>
        <source>The service refused this change. Edit the link to try again, or delete it.</source>
        <translation>Der Dienst hat diese Änderung abgelehnt. Bearbeiten Sie den Link, um es erneut zu versuchen, oder löschen Sie ihn.</translation>
    </message>
    <message>
        <source>%1 (waiting to be sent)</source>
        <translation>%1 (wartet auf Versand)</translation>
    </message>
    <message>
        <source>%1 (changes waiting to be sent)</source>
        <translation>%1 (Änderungen warten auf Versand)</translation>
    </message>
    <message>
        <source>%1 (deletion waiting to be sent)</source>
        <translation>%1 (Löschung wartet auf Versand)</translation>
    </message>
    <message>
        <source>%1 (not sent)</source>
        <translation>%1 (nicht gesendet)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (+%Ln bot(s))</source>
        <extracomment>The clicks of people, then the visits of bots apart, e.g. &quot;41 (+1 bot)&quot;</extracomment>
        <translation>
            <numerusform>%1 (+%Ln Bot)</numerusform>
            <numerusform>%1 (+%Ln Bots)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln click(s) by people.</source>
        <translation>
            <numerusform>%Ln Klick von Menschen.</numerusform>
            <numerusform>%Ln Klicks von Menschen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln visit(s) by bots (link previews, crawlers), not counted.</source>
        <translation>
            <numerusform>%Ln Besuch von Bots (Link-Vorschauen, Crawler), nicht gezählt.</numerusform>
            <numerusform>%Ln Besuche von Bots (Link-Vorschauen, Crawler), nicht gezählt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Clicks by people since the link was made, as the statistics count them. Visits by bots (link previews, crawlers) are not counted; where there were some, they are shown apart: “41 (+1 bot)”.</source>
        <translation>Klicks von Menschen, seit es den Link gibt, so wie die Statistik sie zählt. Besuche von Bots (Link-Vorschauen, Crawler) werden nicht gezählt; wo es welche gab, stehen sie getrennt daneben: „41 (+1 Bot)“.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::LocalAddress</name>
    <message>
        <source>Enter the public address as https://go.example.com, or leave it empty.</source>
        <translation>Geben Sie die öffentliche Adresse als https://go.example.com ein oder lassen Sie das Feld leer.</translation>
    </message>
    <message>
        <source>A public address is a domain only, such as https://go.example.com, with no path after it.</source>
        <translation>Eine öffentliche Adresse ist nur eine Domain, wie https://go.example.com, ohne Pfad dahinter.</translation>
    </message>
    <message>
        <source>The account of this computer&apos;s links is missing.</source>
        <translation>Das Konto für die Links dieses Computers fehlt.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::LocalProvider</name>
    <message>
        <source>Could not read the click statistics.</source>
        <translation>Die Klickstatistik konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Could not read the redirect rules.</source>
        <translation>Die Weiterleitungsregeln konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Could not save the redirect rules.</source>
        <translation>Die Weiterleitungsregeln konnten nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>This link no longer exists; it may have been deleted.</source>
        <translation>Diesen Link gibt es nicht mehr; vielleicht wurde er gelöscht.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::LocalServerController</name>
    <message>
        <source>The link server (linkdeck-server) is not installed next to Linkdeck.</source>
        <translation>Der Link-Server (linkdeck-server) ist nicht neben Linkdeck installiert.</translation>
    </message>
    <message>
        <source>The link server could not be started: %1</source>
        <translation>Der Link-Server konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>Port %1 is already used by another program. Choose another port in Preferences.</source>
        <translation>Port %1 wird bereits von einem anderen Programm verwendet. Wählen Sie in den Einstellungen einen anderen Port.</translation>
    </message>
    <message>
        <source>The link server stopped unexpectedly: %1</source>
        <translation>Der Link-Server wurde unerwartet beendet: %1</translation>
    </message>
    <message>
        <source>Another Linkdeck link server already uses these links (is Linkdeck open twice?). Close the other one, then start the server here.</source>
        <translation>Ein anderer Linkdeck-Link-Server verwendet diese Links bereits (ist Linkdeck zweimal geöffnet?). Schließen Sie den anderen und starten Sie den Server dann hier.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::MemorySecretStore</name>
    <message>
        <source>No token is stored for this account.</source>
        <translation>Für dieses Konto ist kein Token gespeichert.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Print::LabelSheet</name>
    <message>
        <source>Label %1 (“%2”): %3</source>
        <translation>Etikett %1 („%2“): %3</translation>
    </message>
    <message>
        <source>There are no labels to print.</source>
        <translation>Es gibt keine Etiketten zu drucken.</translation>
    </message>
    <message>
        <source>The labels would be smaller than 5 mm: use fewer rows or columns, or smaller margins.</source>
        <translation>Die Etiketten wären kleiner als 5 mm: Verwenden Sie weniger Zeilen oder Spalten oder kleinere Ränder.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Could not start printing the labels.</source>
        <translation>Der Druck der Etiketten konnte nicht gestartet werden.</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>„%1“ konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Print::QrBatch</name>
    <message>
        <source>Could not create the folder “%1”.</source>
        <translation>Der Ordner „%1“ konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>„%1“: %2</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Print::QrChecks</name>
    <message numerus="yes">
        <source>The quiet zone is %n module(s) wide; scanners expect 4. Leave a margin around the printed code.</source>
        <translation>
            <numerusform>Die Ruhezone ist %n Modul breit; Scanner erwarten 4. Lassen Sie einen Rand um den gedruckten Code.</numerusform>
            <numerusform>Die Ruhezone ist %n Module breit; Scanner erwarten 4. Lassen Sie einen Rand um den gedruckten Code.</numerusform>
        </translation>
    </message>
    <message>
        <source>Each module prints %1 mm wide; below about 0.3 mm many printers and phones fail. Make the code larger.</source>
        <translation>Jedes Modul wird %1 mm breit gedruckt; unter etwa 0,3 mm scheitern viele Drucker und Telefone. Machen Sie den Code größer.</translation>
    </message>
    <message>
        <source>The code is light on dark. Many phone cameras only read dark modules on a light background.</source>
        <translation>Der Code ist hell auf dunkel. Viele Telefonkameras lesen nur dunkle Module auf hellem Grund.</translation>
    </message>
    <message>
        <source>The colours are too close (contrast %1:1); aim for at least 4.5:1, ideally dark on white.</source>
        <translation>Die Farben liegen zu nah beieinander (Kontrast %1:1); streben Sie mindestens 4,5:1 an, am besten dunkel auf Weiß.</translation>
    </message>
    <message>
        <source>A code with a logo needs error correction H; it will be used.</source>
        <translation>Ein Code mit Logo braucht Fehlerkorrektur H; sie wird verwendet.</translation>
    </message>
    <message>
        <source>The logo “%1” cannot be read as a PNG, JPEG or SVG image.</source>
        <translation>Das Logo „%1“ kann nicht als PNG-, JPEG- oder SVG-Bild gelesen werden.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Print::QrPresets</name>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Brand print</source>
        <translation>Markendruck</translation>
    </message>
    <message>
        <source>Business card</source>
        <translation>Visitenkarte</translation>
    </message>
    <message>
        <source>Poster</source>
        <translation>Plakat</translation>
    </message>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation>eine ganze Zahl von %1 bis %2</translation>
    </message>
    <message>
        <source>a number from %1 to %2</source>
        <translation>eine Zahl von %1 bis %2</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>eines von %1</translation>
    </message>
    <message>
        <source>a colour such as #14213d or cmyk(0,0,0,100)</source>
        <translation>eine Farbe wie #14213d oder cmyk(0,0,0,100)</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>“%1” in the preset should be %2, not “%3”.</source>
        <translation>„%1“ in der Vorlage sollte %2 sein, nicht „%3“.</translation>
    </message>
    <message>
        <source>The preset is empty.</source>
        <translation>Die Vorlage ist leer.</translation>
    </message>
    <message>
        <source>The preset&apos;s version “%1” is not a format number.</source>
        <translation>Die Version „%1“ der Vorlage ist keine Formatnummer.</translation>
    </message>
    <message>
        <source>The preset was saved by a newer Linkdeck (format %1; this one reads formats up to %2).</source>
        <translation>Die Vorlage wurde von einem neueren Linkdeck gespeichert (Format %1; dieses liest Formate bis %2).</translation>
    </message>
    <message>
        <source>“%1” in the preset should be 0 (size by width) or at least %2 mm.</source>
        <translation>„%1“ in der Vorlage sollte 0 (Größe nach Breite) oder mindestens %2 mm sein.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Print::QrRenderer</name>
    <message>
        <source>Could not write “%1”.</source>
        <translation>„%1“ konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>„%1“ konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The logo “%1” cannot be read as a PNG, JPEG or SVG image.</source>
        <translation>Das Logo „%1“ kann nicht als PNG-, JPEG- oder SVG-Bild gelesen werden.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::ProviderRegistry</name>
    <message>
        <source>A generic access token from Bitly&apos;s settings (Developer settings &gt; API).</source>
        <translation>Ein generisches Zugriffstoken aus den Bitly-Einstellungen (Developer settings &gt; API).</translation>
    </message>
    <message>
        <source>An API key from Rebrandly&apos;s account settings.</source>
        <translation>Ein API-Schlüssel aus den Kontoeinstellungen von Rebrandly.</translation>
    </message>
    <message>
        <source>Shlink (or Linkdeck server)</source>
        <translation>Shlink (oder Linkdeck-Server)</translation>
    </message>
    <message>
        <source>An API key of the Shlink server (shlink api-key:generate).</source>
        <translation>Ein API-Schlüssel des Shlink-Servers (shlink api-key:generate).</translation>
    </message>
    <message>
        <source>The API key from Cuttly&apos;s Edit Account page.</source>
        <translation>Der API-Schlüssel von der Cuttly-Seite „Edit Account“.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::ProviderStats</name>
    <message>
        <source>Could not keep the statistics for offline use.</source>
        <translation>Die Statistik konnte nicht für die Offline-Nutzung gespeichert werden.</translation>
    </message>
    <message>
        <source>updated just now</source>
        <translation>gerade eben aktualisiert</translation>
    </message>
    <message numerus="yes">
        <source>updated %n minute(s) ago</source>
        <translation>
            <numerusform>vor %n Minute aktualisiert</numerusform>
            <numerusform>vor %n Minuten aktualisiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>updated %n hour(s) ago</source>
        <translation>
            <numerusform>vor %n Stunde aktualisiert</numerusform>
            <numerusform>vor %n Stunden aktualisiert</numerusform>
        </translation>
    </message>
    <message>
        <source>updated on %1</source>
        <translation>am %1 aktualisiert</translation>
    </message>
</context>
<context>
    <name>Linkdeck::QrCode</name>
    <message>
        <source>Enter the text or address the QR code should hold.</source>
        <translation>Geben Sie den Text oder die Adresse ein, die der QR-Code enthalten soll.</translation>
    </message>
    <message>
        <source>The text contains a NUL character, which a QR code cannot hold here.</source>
        <translation>Der Text enthält ein NUL-Zeichen, das ein QR-Code hier nicht aufnehmen kann.</translation>
    </message>
    <message numerus="yes">
        <source>The text is too long for a QR code at this error correction level (%n byte(s)). Shorten it, or choose a lower level.</source>
        <translation>
            <numerusform>Der Text ist für einen QR-Code mit dieser Fehlerkorrektur zu lang (%n Byte). Kürzen Sie ihn oder wählen Sie eine niedrigere Stufe.</numerusform>
            <numerusform>Der Text ist für einen QR-Code mit dieser Fehlerkorrektur zu lang (%n Bytes). Kürzen Sie ihn oder wählen Sie eine niedrigere Stufe.</numerusform>
        </translation>
    </message>
    <message>
        <source>The QR code could not be made.</source>
        <translation>Der QR-Code konnte nicht erstellt werden.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::RebrandlyProvider</name>
    <message>
        <source>This back-half is already used on this Rebrandly domain. Choose another one.</source>
        <translation>Dieses Link-Ende wird auf dieser Rebrandly-Domain bereits verwendet. Wählen Sie ein anderes.</translation>
    </message>
    <message>
        <source>Rebrandly accepts back-halves of 1 to 40 letters, digits, “-” and “_”.</source>
        <translation>Rebrandly akzeptiert Link-Enden aus 1 bis 40 Buchstaben, Ziffern, „-“ und „_“.</translation>
    </message>
    <message>
        <source>Rebrandly refused the destination address. Check that it is a complete web address.</source>
        <translation>Rebrandly hat die Zieladresse abgelehnt. Prüfen Sie, ob es eine vollständige Webadresse ist.</translation>
    </message>
    <message>
        <source>Rebrandly needs a title of 3 to 255 characters, or none.</source>
        <translation>Rebrandly braucht einen Titel mit 3 bis 255 Zeichen oder gar keinen.</translation>
    </message>
    <message>
        <source>This domain is not set up in your Rebrandly account.</source>
        <translation>Diese Domain ist in Ihrem Rebrandly-Konto nicht eingerichtet.</translation>
    </message>
    <message>
        <source>The Rebrandly token of “%1” has no access to the workspace “%2”.</source>
        <translation>Das Rebrandly-Token von „%1“ hat keinen Zugriff auf den Arbeitsbereich „%2“.</translation>
    </message>
    <message>
        <source>Rebrandly refused the link: %1</source>
        <translation>Rebrandly hat den Link abgelehnt: %1</translation>
    </message>
    <message>
        <source>Rebrandly gives a link&apos;s total clicks only, not clicks over time.</source>
        <translation>Rebrandly liefert nur die Gesamtzahl der Klicks eines Links, keine Klicks im Zeitverlauf.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::RemoteProvider</name>
    <message>
        <source>No API token is set for “%1”.</source>
        <translation>Für „%1“ ist kein API-Token festgelegt.</translation>
    </message>
    <message>
        <source>No API token is stored for “%1”. Enter it in Preferences &gt; Accounts.</source>
        <translation>Für „%1“ ist kein API-Token gespeichert. Geben Sie es unter Einstellungen &gt; Konten ein.</translation>
    </message>
    <message>
        <source>%1 sent a reply Linkdeck could not understand. Try again later.</source>
        <translation>%1 hat eine Antwort gesendet, die Linkdeck nicht versteht. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>%1 did not answer in time. Check your connection and try again.</source>
        <translation>%1 hat nicht rechtzeitig geantwortet. Prüfen Sie Ihre Verbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Could not reach %1. Check your internet connection.</source>
        <translation>%1 ist nicht erreichbar. Prüfen Sie Ihre Internetverbindung.</translation>
    </message>
    <message>
        <source>%1 did not accept the API token of “%2”. Check it in Preferences &gt; Accounts.</source>
        <translation>%1 hat das API-Token von „%2“ nicht akzeptiert. Prüfen Sie es unter Einstellungen &gt; Konten.</translation>
    </message>
    <message>
        <source>Your %1 plan does not include this.</source>
        <translation>Ihr %1-Tarif enthält das nicht.</translation>
    </message>
    <message>
        <source>%1 does not allow the account “%2” to do this.</source>
        <translation>%1 erlaubt das dem Konto „%2“ nicht.</translation>
    </message>
    <message>
        <source>%1 does not know this link; it may have been deleted there.</source>
        <translation>%1 kennt diesen Link nicht; vielleicht wurde er dort gelöscht.</translation>
    </message>
    <message>
        <source>This back-half is already used on %1. Choose another one.</source>
        <translation>%1 verwendet dieses Link-Ende bereits. Wählen Sie ein anderes.</translation>
    </message>
    <message>
        <source>%1 is receiving too many requests from this account. Wait a minute and try again.</source>
        <translation>%1 erhält zu viele Anfragen von diesem Konto. Warten Sie eine Minute und versuchen Sie es erneut.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is receiving too many requests from this account. Try again in %n second(s).</source>
        <translation>
            <numerusform>%1 erhält zu viele Anfragen von diesem Konto. Versuchen Sie es in %n Sekunde erneut.</numerusform>
            <numerusform>%1 erhält zu viele Anfragen von diesem Konto. Versuchen Sie es in %n Sekunden erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has a problem right now (error %2). Try again later.</source>
        <translation>%1 hat gerade ein Problem (Fehler %2). Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>%1 refused the request (error %2).</source>
        <translation>%1 hat die Anfrage abgelehnt (Fehler %2).</translation>
    </message>
    <message>
        <source>%1 refused the link: %2</source>
        <translation>%1 hat den Link abgelehnt: %2</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Rules</name>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Query parameter with value</source>
        <translation>Abfrageparameter mit Wert</translation>
    </message>
    <message>
        <source>Query parameter present</source>
        <translation>Abfrageparameter vorhanden</translation>
    </message>
    <message>
        <source>Query parameter without value</source>
        <translation>Abfrageparameter ohne Wert</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP-Adresse</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Stadt</translation>
    </message>
    <message>
        <source>Before a date</source>
        <translation>Vor einem Datum</translation>
    </message>
    <message>
        <source>After a date</source>
        <translation>Nach einem Datum</translation>
    </message>
    <message>
        <source>Browser</source>
        <translation>Browser</translation>
    </message>
    <message>
        <source>Android</source>
        <translation>Android</translation>
    </message>
    <message>
        <source>iPhone or iPad</source>
        <translation>iPhone oder iPad</translation>
    </message>
    <message>
        <source>Any phone or tablet</source>
        <translation>Jedes Smartphone oder Tablet</translation>
    </message>
    <message>
        <source>Any computer</source>
        <translation>Jeder Computer</translation>
    </message>
    <message>
        <source>Windows</source>
        <translation>Windows</translation>
    </message>
    <message>
        <source>Mac</source>
        <translation>Mac</translation>
    </message>
    <message>
        <source>Linux</source>
        <translation>Linux</translation>
    </message>
    <message>
        <source>ChromeOS</source>
        <translation>ChromeOS</translation>
    </message>
    <message>
        <source>Chrome</source>
        <translation>Chrome</translation>
    </message>
    <message>
        <source>Firefox</source>
        <translation>Firefox</translation>
    </message>
    <message>
        <source>Safari</source>
        <translation>Safari</translation>
    </message>
    <message>
        <source>Edge</source>
        <translation>Edge</translation>
    </message>
    <message>
        <source>Opera</source>
        <translation>Opera</translation>
    </message>
    <message>
        <source>Samsung Internet</source>
        <translation>Samsung Internet</translation>
    </message>
    <message>
        <source>Internet Explorer</source>
        <translation>Internet Explorer</translation>
    </message>
    <message>
        <source>Choose a device.</source>
        <translation>Wählen Sie ein Gerät.</translation>
    </message>
    <message>
        <source>Choose a browser.</source>
        <translation>Wählen Sie einen Browser.</translation>
    </message>
    <message>
        <source>Enter a language code such as en or de-CH.</source>
        <translation>Geben Sie einen Sprachcode ein, etwa en oder de-CH.</translation>
    </message>
    <message>
        <source>Enter the name of the query parameter.</source>
        <translation>Geben Sie den Namen des Abfrageparameters ein.</translation>
    </message>
    <message>
        <source>Enter an IP address (192.0.2.10), a range (192.168.0.0/16) or a pattern (10.0.*.*).</source>
        <translation>Geben Sie eine IP-Adresse (192.0.2.10), einen Bereich (192.168.0.0/16) oder ein Muster (10.0.*.*) ein.</translation>
    </message>
    <message>
        <source>Enter a two-letter country code such as DE or US.</source>
        <translation>Geben Sie einen zweistelligen Ländercode ein, etwa DE oder US.</translation>
    </message>
    <message>
        <source>Enter the name of a city.</source>
        <translation>Geben Sie den Namen einer Stadt ein.</translation>
    </message>
    <message>
        <source>Choose a date and time.</source>
        <translation>Wählen Sie Datum und Uhrzeit.</translation>
    </message>
    <message>
        <source>This condition is not valid.</source>
        <translation>Diese Bedingung ist ungültig.</translation>
    </message>
    <message>
        <source>Add at least one condition: who should go to this destination?</source>
        <translation>Fügen Sie mindestens eine Bedingung hinzu: Wer soll zu diesem Ziel gelangen?</translation>
    </message>
    <message>
        <source>Rule %1: %2</source>
        <translation>Regel %1: %2</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>on Android</source>
        <translation>mit Android</translation>
    </message>
    <message>
        <source>on an iPhone or iPad</source>
        <translation>mit einem iPhone oder iPad</translation>
    </message>
    <message>
        <source>on a phone or tablet</source>
        <translation>mit einem Smartphone oder Tablet</translation>
    </message>
    <message>
        <source>on a computer</source>
        <translation>mit einem Computer</translation>
    </message>
    <message>
        <source>on Windows</source>
        <translation>mit Windows</translation>
    </message>
    <message>
        <source>on a Mac</source>
        <translation>mit einem Mac</translation>
    </message>
    <message>
        <source>on Linux</source>
        <translation>mit Linux</translation>
    </message>
    <message>
        <source>on ChromeOS</source>
        <translation>mit ChromeOS</translation>
    </message>
    <message>
        <source>on a device “%1”</source>
        <translation>mit dem Gerät „%1“</translation>
    </message>
    <message>
        <source>whose browser asks for the language “%1”</source>
        <translation>dessen Browser die Sprache „%1“ wünscht</translation>
    </message>
    <message>
        <source>whose browser asks for %1 (%2)</source>
        <translation>dessen Browser %1 (%2) wünscht</translation>
    </message>
    <message>
        <source>whose link has ?%1=%2</source>
        <translation>dessen Link ?%1=%2 enthält</translation>
    </message>
    <message>
        <source>whose link has the parameter “%1”</source>
        <translation>dessen Link den Parameter „%1“ enthält</translation>
    </message>
    <message>
        <source>whose link has “%1” without a value</source>
        <translation>dessen Link „%1“ ohne Wert enthält</translation>
    </message>
    <message>
        <source>from the address %1</source>
        <translation>von der Adresse %1</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>before %1</source>
        <translation>vor %1</translation>
    </message>
    <message>
        <source>after %1</source>
        <translation>nach %1</translation>
    </message>
    <message>
        <source>using %1</source>
        <translation>mit %1</translation>
    </message>
    <message>
        <source>using the browser “%1”</source>
        <translation>mit dem Browser „%1“</translation>
    </message>
    <message>
        <source>No visitor goes to %1 yet: add a condition.</source>
        <translation>Noch gelangt kein Besucher zu %1: Fügen Sie eine Bedingung hinzu.</translation>
    </message>
    <message>
        <source>A visitor %1 goes to %2.</source>
        <translation>Ein Besucher %1 gelangt zu %2.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> und </translation>
    </message>
    <message>
        <source>No visitor is sent anywhere yet: add a condition and an address.</source>
        <translation>Noch wird kein Besucher weitergeleitet: Fügen Sie eine Bedingung und eine Adresse hinzu.</translation>
    </message>
    <message>
        <source>A visitor %1 goes to the address this rule is given.</source>
        <translation>Ein Besucher %1 gelangt zu der Adresse, die diese Regel erhält.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Rules::PreviewText</name>
    <message>
        <source>Goes to %1 (rule %2).</source>
        <translation>Geht zu %1 (Regel %2).</translation>
    </message>
    <message>
        <source>No rule matches: the A/B split sends this visitor to one of %1.</source>
        <translation>Keine Regel trifft zu: Der A/B-Test schickt diesen Besucher zu einem von %1.</translation>
    </message>
    <message>
        <source>No rule matches: goes to the destination.</source>
        <translation>Keine Regel trifft zu: geht zum Ziel.</translation>
    </message>
    <message>
        <source>No rule matches: goes to the destination, %1.</source>
        <translation>Keine Regel trifft zu: geht zum Ziel, %1.</translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation>%1 %2 %3</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Rules::RuleText</name>
    <message>
        <source>A rule is written as CONDITIONS -&gt; ADDRESS, as in “device=ios -&gt; https://apps.apple.com/app/id1”; “%1” has no “-&gt;”.</source>
        <translation>Eine Regel wird als BEDINGUNGEN -&gt; ADRESSE geschrieben, etwa „device=ios -&gt; https://apps.apple.com/app/id1“; „%1“ hat kein „-&gt;“.</translation>
    </message>
    <message>
        <source>Unknown condition “%1”: use device, language, country, city, browser, ip, before, after (each as NAME=VALUE) or param:NAME=VALUE.</source>
        <translation>Unbekannte Bedingung „%1“: Verwenden Sie device, language, country, city, browser, ip, before, after (jeweils als NAME=WERT) oder param:NAME=WERT.</translation>
    </message>
    <message>
        <source>%1 cannot send visitors elsewhere by device, language or country; links on this computer and on Shlink can.</source>
        <translation>%1 kann Besucher nicht nach Gerät, Sprache oder Land woandershin schicken; Links auf diesem Computer und bei Shlink können das.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Server::Pg::DbCopy</name>
    <message>
        <source>Nothing was copied: the PostgreSQL database is as it was.</source>
        <translation>Nichts wurde kopiert: Die PostgreSQL-Datenbank ist unverändert.</translation>
    </message>
    <message>
        <source>db:copy needs a target: --to postgresql://USER@HOST:PORT/DATABASE, or Shlink&apos;s variables DB_DRIVER=postgres with DB_HOST, DB_PORT, DB_NAME, DB_USER and DB_PASSWORD (or DB_UNIX_SOCKET).</source>
        <translation>db:copy braucht ein Ziel: --to postgresql://BENUTZER@HOST:PORT/DATENBANK oder Shlinks Variablen DB_DRIVER=postgres mit DB_HOST, DB_PORT, DB_NAME, DB_USER und DB_PASSWORD (oder DB_UNIX_SOCKET).</translation>
    </message>
    <message>
        <source>DB_DRIVER is “%1”: db:copy moves a server to PostgreSQL only (DB_DRIVER=postgres).</source>
        <translation>DB_DRIVER ist „%1“: db:copy zieht einen Server nur nach PostgreSQL um (DB_DRIVER=postgres).</translation>
    </message>
    <message>
        <source>DB_PORT wants a port number, not “%1”.</source>
        <translation>DB_PORT erwartet eine Portnummer, nicht „%1“.</translation>
    </message>
    <message>
        <source>db:copy needs the SQLite file to copy: --from FILE.sqlite.</source>
        <translation>db:copy braucht die zu kopierende SQLite-Datei: --from DATEI.sqlite.</translation>
    </message>
    <message>
        <source>There is no SQLite file at “%1”.</source>
        <translation>Unter „%1“ gibt es keine SQLite-Datei.</translation>
    </message>
    <message>
        <source>“%1” has schema version %2, and this linkdeck-server&apos;s PostgreSQL schema is version %3: update linkdeck-server to copy it.</source>
        <translation>„%1“ hat die Schemaversion %2, das PostgreSQL-Schema dieses linkdeck-server hat Version %3: Aktualisieren Sie linkdeck-server, um sie zu kopieren.</translation>
    </message>
    <message>
        <source>Could not read “%1”.</source>
        <translation>„%1“ konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The PostgreSQL database %1 is not empty (it holds %2): db:copy moves a server into an empty database only. Nothing was copied.</source>
        <translation>Die PostgreSQL-Datenbank %1 ist nicht leer (sie enthält %2): db:copy zieht einen Server nur in eine leere Datenbank um. Nichts wurde kopiert.</translation>
    </message>
    <message>
        <source>“%1” has no table %2.</source>
        <translation>„%1“ hat keine Tabelle %2.</translation>
    </message>
    <message>
        <source>The PostgreSQL schema has no column %1.%2, which “%3” has: update linkdeck-server.</source>
        <translation>Das PostgreSQL-Schema hat keine Spalte %1.%2, die „%3“ hat: Aktualisieren Sie linkdeck-server.</translation>
    </message>
    <message>
        <source>Could not read the %1 of “%2”.</source>
        <translation>Die %1 von „%2“ konnten nicht gelesen werden.</translation>
    </message>
    <message>
        <source>db:copy: %1 of %2 %3 (%4%)</source>
        <translation>db:copy: %1 von %2 %3 (%4 %)</translation>
    </message>
    <message>
        <source>PostgreSQL refused the %1 of “%2”: %3</source>
        <translation>PostgreSQL hat die %1 von „%2“ abgelehnt: %3</translation>
    </message>
    <message>
        <source>%1 of %2 %3 arrived in PostgreSQL.</source>
        <translation>%1 von %2 %3 sind in PostgreSQL angekommen.</translation>
    </message>
    <message>
        <source>db:copy: %1 %2 copied</source>
        <translation>db:copy: %1 %2 kopiert</translation>
    </message>
    <message>
        <source>PostgreSQL counts %1 %2 after the copy, and “%3” has %4.</source>
        <translation>PostgreSQL zählt nach dem Kopieren %1 %2, und „%3“ hat %4.</translation>
    </message>
    <message>
        <source>db:copy: copied %1 from %2 in %3 s; every table&apos;s count matches.</source>
        <translation>db:copy: %1 aus %2 in %3 s kopiert; die Anzahl jeder Tabelle stimmt.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Server::Pg::PgClickWriter</name>
    <message>
        <source>A batch of clicks needs its journal and a position after its start.</source>
        <translation>Ein Stapel Klicks braucht sein Journal und eine Position nach seinem Anfang.</translation>
    </message>
    <message>
        <source>The clicks of journal %1 from %2 do not follow on what PostgreSQL has stored (up to %3); nothing was stored.</source>
        <translation>Die Klicks von Journal %1 ab %2 schließen nicht an das an, was PostgreSQL gespeichert hat (bis %3); nichts wurde gespeichert.</translation>
    </message>
    <message>
        <source>PostgreSQL stored %1 of %2 clicks; nothing was stored.</source>
        <translation>PostgreSQL hat %1 von %2 Klicks gespeichert; nichts wurde gespeichert.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Server::Pg::PgConnection</name>
    <message>
        <source>The PostgreSQL address is not valid: %1. Write it as postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>Die PostgreSQL-Adresse ist ungültig: %1. Schreiben Sie sie als postgresql://BENUTZER@HOST:PORT/DATENBANK.</translation>
    </message>
    <message>
        <source>“%1” is not a PostgreSQL address: %2. Write it as postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>„%1“ ist keine PostgreSQL-Adresse: %2. Schreiben Sie sie als postgresql://BENUTZER@HOST:PORT/DATENBANK.</translation>
    </message>
    <message>
        <source>Could not connect to PostgreSQL: out of memory.</source>
        <translation>Keine Verbindung zu PostgreSQL: kein Speicher mehr frei.</translation>
    </message>
    <message>
        <source>Could not connect to the PostgreSQL server at %1: %2</source>
        <translation>Keine Verbindung zum PostgreSQL-Server unter %1: %2</translation>
    </message>
    <message>
        <source>Could not set the connection to UTF-8.</source>
        <translation>Die Verbindung konnte nicht auf UTF-8 gestellt werden.</translation>
    </message>
    <message>
        <source>(no connection)</source>
        <translation>(keine Verbindung)</translation>
    </message>
    <message>
        <source>The connection to PostgreSQL at %1 was lost: %2</source>
        <translation>Die Verbindung zu PostgreSQL unter %1 ist abgebrochen: %2</translation>
    </message>
    <message>
        <source>There is no connection to PostgreSQL.</source>
        <translation>Es gibt keine Verbindung zu PostgreSQL.</translation>
    </message>
    <message>
        <source>PostgreSQL refused a statement:</source>
        <translation>PostgreSQL hat eine Anweisung abgelehnt:</translation>
    </message>
    <message>
        <source>PostgreSQL refused to start a copy:</source>
        <translation>PostgreSQL hat das Kopieren nicht begonnen:</translation>
    </message>
    <message>
        <source>Could not send rows to PostgreSQL.</source>
        <translation>Zeilen konnten nicht an PostgreSQL gesendet werden.</translation>
    </message>
    <message>
        <source>Could not finish sending rows to PostgreSQL.</source>
        <translation>Das Senden der Zeilen an PostgreSQL konnte nicht abgeschlossen werden.</translation>
    </message>
    <message>
        <source>PostgreSQL refused the rows:</source>
        <translation>PostgreSQL hat die Zeilen abgelehnt:</translation>
    </message>
    <message>
        <source>The transaction has ended.</source>
        <translation>Die Transaktion ist beendet.</translation>
    </message>
    <message>
        <source>PostgreSQL rolled the transaction back; nothing of it was stored.</source>
        <translation>PostgreSQL hat die Transaktion zurückgenommen; nichts davon wurde gespeichert.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Server::Pg::PgLinkStore</name>
    <message>
        <source>The back-half “%1” is already used on %2. Choose another one.</source>
        <translation>Das Link-Ende „%1“ wird auf %2 bereits verwendet. Wählen Sie ein anderes.</translation>
    </message>
    <message>
        <source>The link no longer exists; it may have been deleted.</source>
        <translation>Den Link gibt es nicht mehr; vielleicht wurde er gelöscht.</translation>
    </message>
    <message>
        <source>The link no longer exists; it may have been deleted already.</source>
        <translation>Den Link gibt es nicht mehr; vielleicht wurde er schon gelöscht.</translation>
    </message>
    <message>
        <source>There is no tag “%1”.</source>
        <translation>Es gibt kein Schlagwort „%1“.</translation>
    </message>
    <message>
        <source>There is already a tag “%1”.</source>
        <translation>Es gibt bereits ein Schlagwort „%1“.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Server::Pg::PgSchema</name>
    <message>
        <source>The PostgreSQL database %1 was set up by a newer version of linkdeck-server (schema version %2; this one knows up to %3). Update linkdeck-server to use it.</source>
        <translation>Die PostgreSQL-Datenbank %1 wurde von einer neueren Version von linkdeck-server eingerichtet (Schemaversion %2; diese kennt bis %3). Aktualisieren Sie linkdeck-server, um sie zu verwenden.</translation>
    </message>
    <message>
        <source>The PostgreSQL database %1 already has tables named links, clicks or api_keys that linkdeck-server did not create. Use an empty database.</source>
        <translation>Die PostgreSQL-Datenbank %1 hat bereits Tabellen namens links, clicks oder api_keys, die linkdeck-server nicht angelegt hat. Verwenden Sie eine leere Datenbank.</translation>
    </message>
    <message>
        <source>Could not set up the PostgreSQL database %1 for schema version %2; it was left as it was.</source>
        <translation>Die PostgreSQL-Datenbank %1 konnte nicht für Schemaversion %2 eingerichtet werden; sie blieb unverändert.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::ShlinkProvider</name>
    <message>
        <source>This back-half is already used on %1. Choose another one.</source>
        <translation>Dieses Link-Ende wird auf %1 bereits verwendet. Wählen Sie ein anderes.</translation>
    </message>
    <message>
        <source>this Shlink server</source>
        <translation>diesem Shlink-Server</translation>
    </message>
    <message>
        <source>The Shlink server did not accept the API key of “%1”. Check it in Preferences &gt; Accounts.</source>
        <translation>Der Shlink-Server hat den API-Schlüssel von „%1“ nicht akzeptiert. Prüfen Sie ihn unter Einstellungen &gt; Konten.</translation>
    </message>
    <message>
        <source>The Shlink server does not know this link; it may have been deleted there.</source>
        <translation>Der Shlink-Server kennt diesen Link nicht; vielleicht wurde er dort gelöscht.</translation>
    </message>
    <message numerus="yes">
        <source>The Shlink server keeps links with more than %n visit(s); it refused to delete this one.</source>
        <translation>
            <numerusform>Der Shlink-Server behält Links mit mehr als %n Aufruf; er hat das Löschen dieses Links abgelehnt.</numerusform>
            <numerusform>Der Shlink-Server behält Links mit mehr als %n Aufrufen; er hat das Löschen dieses Links abgelehnt.</numerusform>
        </translation>
    </message>
    <message>
        <source>The Shlink server refused the link: %1</source>
        <translation>Der Shlink-Server hat den Link abgelehnt: %1</translation>
    </message>
    <message>
        <source>The Shlink server does not know this domain.</source>
        <translation>Der Shlink-Server kennt diese Domain nicht.</translation>
    </message>
    <message>
        <source>Shlink gives no breakdown by device; its visits carry the browser&apos;s description only.</source>
        <translation>Shlink bietet keine Aufschlüsselung nach Gerät; seine Aufrufe enthalten nur die Browserkennung.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Die Anfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <source>This Shlink server has no redirect rules. They need Shlink 4 or later.</source>
        <translation>Dieser Shlink-Server kennt keine Weiterleitungsregeln. Dafür ist Shlink 4 oder neuer nötig.</translation>
    </message>
    <message>
        <source>The Shlink server refused the redirect rules: %1</source>
        <translation>Der Shlink-Server hat die Weiterleitungsregeln abgelehnt: %1</translation>
    </message>
    <message>
        <source>The Shlink server has redirect rules this version of Linkdeck does not know. Update Linkdeck to see and edit them.</source>
        <translation>Der Shlink-Server hat Weiterleitungsregeln, die diese Linkdeck-Version nicht kennt. Aktualisieren Sie Linkdeck, um sie zu sehen und zu bearbeiten.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Slug</name>
    <message>
        <source>Enter a back-half, or leave it empty for a random one.</source>
        <translation>Geben Sie ein Link-Ende ein oder lassen Sie das Feld leer für ein zufälliges.</translation>
    </message>
    <message>
        <source>The back-half is too long: at most %1 characters.</source>
        <translation>Das Link-Ende ist zu lang: höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <source>The back-half cannot contain spaces; use “-” instead.</source>
        <translation>Das Link-Ende darf keine Leerzeichen enthalten; verwenden Sie stattdessen „-“.</translation>
    </message>
    <message>
        <source>The back-half can only contain letters a–z, digits, “-” and “_”; “%1” is not allowed.</source>
        <translation>Das Link-Ende darf nur die Buchstaben a–z, Ziffern, „-“ und „_“ enthalten; „%1“ ist nicht erlaubt.</translation>
    </message>
    <message>
        <source>“%1” is reserved by the link server; choose another back-half.</source>
        <translation>„%1“ ist für den Link-Server reserviert; wählen Sie ein anderes Link-Ende.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::SplitTest</name>
    <message numerus="yes">
        <source>Too few clicks to compare the variants yet: %Ln click(s) so far, and the test needs about %1.</source>
        <translation>
            <numerusform>Noch zu wenige Klicks, um die Varianten zu vergleichen: bisher %Ln Klick, und der Test braucht etwa %1.</numerusform>
            <numerusform>Noch zu wenige Klicks, um die Varianten zu vergleichen: bisher %Ln Klicks, und der Test braucht etwa %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Variant %1 gets significantly more clicks than its share of visitors (chi-square test, p %2, %Ln click(s)).</source>
        <translation>
            <numerusform>Variante %1 bekommt signifikant mehr Klicks als ihr Anteil an den Besuchern (Chi-Quadrat-Test, p %2, %Ln Klick).</numerusform>
            <numerusform>Variante %1 bekommt signifikant mehr Klicks als ihr Anteil an den Besuchern (Chi-Quadrat-Test, p %2, %Ln Klicks).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The difference between the variants is not significant yet (chi-square test, p %1, %Ln click(s)): each gets about the clicks its share of visitors brings.</source>
        <translation>
            <numerusform>Der Unterschied zwischen den Varianten ist noch nicht signifikant (Chi-Quadrat-Test, p %1, %Ln Klick): Jede bekommt etwa die Klicks, die ihr Anteil an den Besuchern bringt.</numerusform>
            <numerusform>Der Unterschied zwischen den Varianten ist noch nicht signifikant (Chi-Quadrat-Test, p %1, %Ln Klicks): Jede bekommt etwa die Klicks, die ihr Anteil an den Besuchern bringt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Linkdeck::SyncQueue</name>
    <message>
        <source>Could not keep the change for later.</source>
        <translation>Die Änderung konnte nicht für später gespeichert werden.</translation>
    </message>
    <message>
        <source>Could not update the list of changes to send.</source>
        <translation>Die Liste der zu sendenden Änderungen konnte nicht aktualisiert werden.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::UrlValidator</name>
    <message>
        <source>Enter the web address the short link should open.</source>
        <translation>Geben Sie die Webadresse ein, die der Kurzlink öffnen soll.</translation>
    </message>
    <message>
        <source>The address contains a line break or another invisible character. Paste it again on one line.</source>
        <translation>Die Adresse enthält einen Zeilenumbruch oder ein anderes unsichtbares Zeichen. Fügen Sie sie noch einmal in einer Zeile ein.</translation>
    </message>
    <message>
        <source>Links that run a script (%1:) are refused: they can harm the people who click them.</source>
        <translation>Links, die ein Skript ausführen (%1:), werden abgelehnt: Sie können denen schaden, die sie anklicken.</translation>
    </message>
    <message>
        <source>Links that carry their own content (data:) are refused: they are a common phishing trick.</source>
        <translation>Links, die ihren Inhalt selbst mitbringen (data:), werden abgelehnt: Sie sind ein verbreiteter Phishing-Trick.</translation>
    </message>
    <message>
        <source>A file: address only works on the computer it points to. Use a web address (https://…).</source>
        <translation>Eine file:-Adresse funktioniert nur auf dem Computer, auf den sie zeigt. Verwenden Sie eine Webadresse (https://…).</translation>
    </message>
    <message>
        <source>Only web addresses (http:// or https://) can be shortened, not “%1:” addresses.</source>
        <translation>Nur Webadressen (http:// oder https://) können gekürzt werden, keine „%1:“-Adressen.</translation>
    </message>
    <message>
        <source>The address is incomplete: “%1:” must be followed by “//” and a site name.</source>
        <translation>Die Adresse ist unvollständig: Auf „%1:“ müssen „//“ und ein Seitenname folgen.</translation>
    </message>
    <message>
        <source>The address has no site name. Enter a full address such as https://example.com/page.</source>
        <translation>Der Adresse fehlt der Seitenname. Geben Sie eine vollständige Adresse ein, etwa https://example.com/seite.</translation>
    </message>
    <message>
        <source>The address contains a user name or password (before “@”). Such links are refused because they are used to disguise where a link goes.</source>
        <translation>Die Adresse enthält einen Benutzernamen oder ein Passwort (vor „@“). Solche Links werden abgelehnt, weil sie verschleiern, wohin ein Link führt.</translation>
    </message>
    <message>
        <source>The site name contains a space.</source>
        <translation>Der Seitenname enthält ein Leerzeichen.</translation>
    </message>
    <message>
        <source>The address “%1” is not valid.</source>
        <translation>Die Adresse „%1“ ist ungültig.</translation>
    </message>
    <message>
        <source>“%1” is not a valid site name.</source>
        <translation>„%1“ ist kein gültiger Seitenname.</translation>
    </message>
    <message>
        <source>The port “%1” is not valid; it must be a number from 1 to 65535.</source>
        <translation>Der Port „%1“ ist ungültig; er muss eine Zahl von 1 bis 65535 sein.</translation>
    </message>
    <message>
        <source>The address is too long: %1 characters, and at most %2 are allowed.</source>
        <translation>Die Adresse ist zu lang: %1 Zeichen, erlaubt sind höchstens %2.</translation>
    </message>
    <message>
        <source>“%1” is not a web address. Enter the site too, such as %1.com or https://%1/.</source>
        <translation>„%1“ ist keine Webadresse. Geben Sie auch die Website an, z. B. %1.com oder https://%1/.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::UtmPresets</name>
    <message>
        <source>Newsletter</source>
        <translation>Newsletter</translation>
    </message>
    <message>
        <source>Print (QR code)</source>
        <translation>Druck (QR-Code)</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Soziale Medien</translation>
    </message>
    <message>
        <source>Paid social</source>
        <translation>Bezahlte soziale Medien</translation>
    </message>
    <message>
        <source>Partner or affiliate</source>
        <translation>Partner oder Affiliate</translation>
    </message>
</context>
<context>
    <name>LocalServerPanel</name>
    <message>
        <source>Local server</source>
        <translation>Lokaler Server</translation>
    </message>
    <message>
        <source>Start with Linkdeck</source>
        <translation>Mit Linkdeck starten</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>New links</source>
        <translation>Neue Links</translation>
    </message>
    <message>
        <source>Random back-half length:</source>
        <translation>Länge zufälliger Link-Enden:</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> Zeichen</translation>
    </message>
    <message>
        <source>Tracking preset for new links:</source>
        <translation>Tracking-Vorlage für neue Links:</translation>
    </message>
    <message>
        <source>Write tracking values in lower case</source>
        <translation>Tracking-Werte kleinschreiben</translation>
    </message>
    <message>
        <source>Local server</source>
        <translation>Lokaler Server</translation>
    </message>
    <message>
        <source>Port on this computer:</source>
        <translation>Port auf diesem Computer:</translation>
    </message>
    <message>
        <source>Public &amp;address:</source>
        <translation>Öffentliche &amp;Adresse:</translation>
    </message>
    <message>
        <source>https://go.example.com</source>
        <translation>https://go.example.com</translation>
    </message>
    <message>
        <source>The domain people open this computer&apos;s links at, such as one a reverse proxy answers on; short links, copies and QR codes use it. Empty: this computer only (localhost).</source>
        <translation>Die Domain, unter der andere die Links dieses Computers öffnen, etwa eine, auf der ein Reverse-Proxy antwortet; Kurzlinks, Kopien und QR-Codes verwenden sie. Leer: nur dieser Computer (localhost).</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Darstellung</translation>
    </message>
    <message>
        <source>&amp;Colours:</source>
        <translation>&amp;Farben:</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
</context>
<context>
    <name>QrStudioDialog</name>
    <message>
        <source>QR Code</source>
        <translation>QR-Code</translation>
    </message>
    <message>
        <source>&amp;Content:</source>
        <translation>&amp;Inhalt:</translation>
    </message>
    <message>
        <source>Pre&amp;set:</source>
        <translation>Vorla&amp;ge:</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Speichern …</translation>
    </message>
    <message>
        <source>Remember these settings under a name</source>
        <translation>Diese Einstellungen unter einem Namen merken</translation>
    </message>
    <message>
        <source>PNG…</source>
        <translation>PNG …</translation>
    </message>
    <message>
        <source>Save the code as a file</source>
        <translation>Den Code als Datei speichern</translation>
    </message>
    <message>
        <source>SVG…</source>
        <translation>SVG …</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF …</translation>
    </message>
    <message>
        <source>EPS…</source>
        <translation>EPS …</translation>
    </message>
    <message>
        <source>CMYK PDF…</source>
        <translation>CMYK-PDF …</translation>
    </message>
    <message>
        <source>A PDF in CMYK with the modules in pure black (K), as print shops ask for</source>
        <translation>Ein PDF in CMYK mit den Modulen in reinem Schwarz (K), wie Druckereien es verlangen</translation>
    </message>
    <message>
        <source>Copy Image</source>
        <translation>Bild kopieren</translation>
    </message>
    <message>
        <source>Copy SVG</source>
        <translation>SVG kopieren</translation>
    </message>
    <message>
        <source>Label Sheet</source>
        <translation>Etikettenbogen</translation>
    </message>
    <message>
        <source>Paper, gr&amp;id:</source>
        <translation>Papier, Ra&amp;ster:</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source>Mar&amp;gin, gap:</source>
        <translation>Ran&amp;d, Abstand:</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source>Margin around the page</source>
        <translation>Rand um die Seite</translation>
    </message>
    <message>
        <source>Gap between the labels</source>
        <translation>Abstand zwischen den Etiketten</translation>
    </message>
    <message>
        <source>Short URL under each code</source>
        <translation>Kurzlink unter jedem Code</translation>
    </message>
    <message>
        <source>Sheet PDF…</source>
        <translation>Bogen als PDF …</translation>
    </message>
    <message>
        <source>Save the label sheet as a PDF</source>
        <translation>Den Etikettenbogen als PDF speichern</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drucken …</translation>
    </message>
    <message>
        <source>Print the label sheet, with a preview</source>
        <translation>Den Etikettenbogen drucken, mit Vorschau</translation>
    </message>
</context>
<context>
    <name>QrStyleForm</name>
    <message>
        <source>&amp;Error correction:</source>
        <translation>&amp;Fehlerkorrektur:</translation>
    </message>
    <message>
        <source>Low (7 %)</source>
        <translation>Niedrig (7 %)</translation>
    </message>
    <message>
        <source>Medium (15 %)</source>
        <translation>Mittel (15 %)</translation>
    </message>
    <message>
        <source>Quartile (25 %)</source>
        <translation>Quartil (25 %)</translation>
    </message>
    <message>
        <source>High (30 %)</source>
        <translation>Hoch (30 %)</translation>
    </message>
    <message>
        <source>Minimum &amp;version:</source>
        <translation>Mindest&amp;version:</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Keep the code at least this version (1 to 40), e.g. so that a series of codes has one size</source>
        <translation>Den Code mindestens in dieser Version halten (1 bis 40), z. B. damit eine Serie von Codes gleich groß ist</translation>
    </message>
    <message>
        <source>&amp;Modules:</source>
        <translation>&amp;Module:</translation>
    </message>
    <message>
        <source>Squares</source>
        <translation>Quadrate</translation>
    </message>
    <message>
        <source>Rounded</source>
        <translation>Abgerundet</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <source>Corner ma&amp;rks:</source>
        <translation>Ec&amp;kmarken:</translation>
    </message>
    <message>
        <source>Square</source>
        <translation>Quadratisch</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>Grö&amp;ße:</translation>
    </message>
    <message>
        <source>Printed width</source>
        <translation>Gedruckte Breite</translation>
    </message>
    <message>
        <source>Module size</source>
        <translation>Modulgröße</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source>The printed width of the code, quiet zone included</source>
        <translation>Die gedruckte Breite des Codes, Ruhezone eingeschlossen</translation>
    </message>
    <message>
        <source>The printed size of one module (one square of the code)</source>
        <translation>Die gedruckte Größe eines Moduls (eines Quadrats des Codes)</translation>
    </message>
    <message>
        <source>&amp;Quiet zone:</source>
        <translation>&amp;Ruhezone:</translation>
    </message>
    <message>
        <source> modules</source>
        <translation> Module</translation>
    </message>
    <message>
        <source>PNG resol&amp;ution:</source>
        <translation>PNG-A&amp;uflösung:</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <source>&amp;Foreground:</source>
        <translation>V&amp;ordergrund:</translation>
    </message>
    <message>
        <source>#rrggbb, a colour name, or cmyk(c,m,y,k) in percent, e.g. cmyk(0,0,0,100) for pure black</source>
        <translation>#rrggbb, ein Farbname oder cmyk(c,m,y,k) in Prozent, z. B. cmyk(0,0,0,100) für reines Schwarz</translation>
    </message>
    <message>
        <source>Choose a colour</source>
        <translation>Farbe wählen</translation>
    </message>
    <message>
        <source>&amp;Background:</source>
        <translation>&amp;Hintergrund:</translation>
    </message>
    <message>
        <source>Transparent</source>
        <translation>Transparent</translation>
    </message>
    <message>
        <source>&amp;Logo:</source>
        <translation>&amp;Logo:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wählen …</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Ca&amp;ption:</source>
        <translation>Beschrif&amp;tung:</translation>
    </message>
    <message>
        <source>Optional text under the code</source>
        <translation>Optionaler Text unter dem Code</translation>
    </message>
    <message>
        <source>Choose the foreground colour</source>
        <translation>Vordergrundfarbe wählen</translation>
    </message>
    <message>
        <source>Choose the background colour</source>
        <translation>Hintergrundfarbe wählen</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Branded short links, campaign charts and QR codes.</source>
        <translation>Kurzlinks mit eigener Marke, Kampagnendiagramme und QR-Codes.</translation>
    </message>
    <message>
        <source>Keep the database and settings in &lt;dir&gt;.</source>
        <translation>Datenbank und Einstellungen in &lt;dir&gt; ablegen.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Linkdeck cannot start</source>
        <translation>Linkdeck kann nicht starten</translation>
    </message>
    <message>
        <source>Linkdeck is already open</source>
        <translation>Linkdeck ist bereits geöffnet</translation>
    </message>
</context>
</TS>
