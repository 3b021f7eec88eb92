<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AccountDialog</name>
    <message>
        <source>Add Account</source>
        <translation>Account toevoegen</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Dienst:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>Marketing team</source>
        <translation>Marketingteam</translation>
    </message>
    <message>
        <source>API &amp;token:</source>
        <translation>API-&amp;token:</translation>
    </message>
    <message>
        <source>API &amp;address:</source>
        <translation>API-&amp;adres:</translation>
    </message>
    <message>
        <source>&amp;Default domain:</source>
        <translation>Standaarddo&amp;mein:</translation>
    </message>
    <message>
        <source>Test &amp;Connection</source>
        <translation>&amp;Verbinding testen</translation>
    </message>
    <message>
        <source>The token is kept in your system&apos;s keychain, not in Linkdeck&apos;s files.</source>
        <translation>Het token wordt bewaard in de sleutelbos van je systeem, niet in de bestanden van Linkdeck.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Account</name>
    <message>
        <source>This computer</source>
        <translation>Deze computer</translation>
    </message>
</context>
<context>
    <name>Linkdeck::AccountRepository</name>
    <message>
        <source>Enter the address of the Shlink server, such as https://s.example.com.</source>
        <translation>Voer het adres van de Shlink-server in, bijvoorbeeld https://s.example.com.</translation>
    </message>
    <message>
        <source>The API address must start with https:// (or http:// for a server on your own network).</source>
        <translation>Het API-adres moet beginnen met https:// (of http:// voor een server in je eigen netwerk).</translation>
    </message>
    <message>
        <source>%1 is reached over http://, so the API token travels unencrypted and anyone on the network between can read it. Use https:// unless the server is on this computer.</source>
        <translation>%1 wordt bereikt via http://, dus het API-token gaat onversleuteld over het netwerk en iedereen daartussen kan het lezen. Gebruik https://, tenzij de server op deze computer staat.</translation>
    </message>
    <message>
        <source>Give the account a name.</source>
        <translation>Geef het account een naam.</translation>
    </message>
    <message>
        <source>There is already an account named “%1”.</source>
        <translation>Er is al een account met de naam “%1”.</translation>
    </message>
    <message>
        <source>Could not save the account.</source>
        <translation>Het account kan niet worden opgeslagen.</translation>
    </message>
    <message>
        <source>“This computer” cannot be removed.</source>
        <translation>“Deze computer” kan niet worden verwijderd.</translation>
    </message>
    <message>
        <source>Could not remove the account.</source>
        <translation>Het account kan niet worden verwijderd.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::AccountSync</name>
    <message>
        <source>This account&apos;s service cannot list its links.</source>
        <translation>De dienst van dit account kan zijn links niet opsommen.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Geannuleerd.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Analytics</name>
    <message>
        <source>Could not read the click statistics.</source>
        <translation>De klikstatistieken kunnen niet worden gelezen.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::BitlyProvider</name>
    <message>
        <source>This back-half is already used on Bitly. Choose another one.</source>
        <translation>Dit achtervoegsel wordt al gebruikt bij Bitly. Kies een ander.</translation>
    </message>
    <message>
        <source>Your Bitly plan&apos;s monthly limit is reached. Links can be created again next month, or after an upgrade.</source>
        <translation>De maandlimiet van je Bitly-abonnement is bereikt. Je kunt volgende maand of na een upgrade weer links maken.</translation>
    </message>
    <message>
        <source>Bitly is limiting requests from this account. Wait a minute and try again.</source>
        <translation>Bitly beperkt de verzoeken van dit account. Wacht een minuut en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Bitly did not accept the API token of “%1”. Check it in Preferences &gt; Accounts.</source>
        <translation>Bitly heeft het API-token van “%1” niet geaccepteerd. Controleer het bij Voorkeuren &gt; Accounts.</translation>
    </message>
    <message>
        <source>Bitly refused: %1</source>
        <translation>Bitly weigerde: %1</translation>
    </message>
    <message>
        <source>Bitly refused the destination address. Check that it is a complete web address.</source>
        <translation>Bitly heeft het doeladres geweigerd. Controleer of het een volledig webadres is.</translation>
    </message>
    <message>
        <source>This domain is not set up in your Bitly account.</source>
        <translation>Dit domein is niet ingesteld in je Bitly-account.</translation>
    </message>
    <message>
        <source>This Bitly account has no active group to keep links in.</source>
        <translation>Dit Bitly-account heeft geen actieve groep om links in te bewaren.</translation>
    </message>
    <message>
        <source>Bitly gives no breakdown by %1.</source>
        <translation>Bitly geeft geen uitsplitsing per %1.</translation>
    </message>
    <message>
        <source>Your Bitly plan does not include clicks by device.</source>
        <translation>Je Bitly-abonnement bevat geen klikken per apparaat.</translation>
    </message>
    <message>
        <source>Your Bitly plan does not include this breakdown.</source>
        <translation>Je Bitly-abonnement bevat deze uitsplitsing niet.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Bulk::CampaignMatrix</name>
    <message>
        <source>Name the campaign.</source>
        <translation>Geef de campagne een naam.</translation>
    </message>
    <message>
        <source>Enter at least one destination.</source>
        <translation>Voer minstens één bestemming in.</translation>
    </message>
    <message>
        <source>Enter at least one source, such as newsletter or facebook.</source>
        <translation>Voer minstens één bron in, zoals newsletter of facebook.</translation>
    </message>
    <message>
        <source>Enter at least one medium, such as email or social.</source>
        <translation>Voer minstens één medium in, zoals email of social.</translation>
    </message>
    <message>
        <source>This makes %1 links; a campaign matrix makes at most %2. Split it into several.</source>
        <translation>Dit levert %1 links op; een campagne maakt er hoogstens %2 tegelijk. Splits haar op in meerdere.</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>“%1”: %2</translation>
    </message>
    <message>
        <source>The back-half pattern makes “%1”: %2</source>
        <translation>Het patroon voor achtervoegsels levert “%1” op: %2</translation>
    </message>
    <message>
        <source>The back-half pattern makes “%1” twice (links %2 and %3): add {content}, {page} or {n} to it.</source>
        <translation>Het patroon voor achtervoegsels levert twee keer “%1” op (links %2 en %3): voeg {content}, {page} of {n} toe.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Bulk::ColumnMapping</name>
    <message>
        <source>No column holds the addresses the links go to. Name one &quot;destination&quot; or &quot;url&quot; in the first row, or choose it in the column mapping.</source>
        <translation>Geen enkele kolom bevat de adressen waar de links naartoe gaan. Noem er een “destination” of “url” in de eerste rij, of kies hem bij de kolomindeling.</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(niet geïmporteerd)</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Bestemming</translation>
    </message>
    <message>
        <source>Back-half</source>
        <translation>Achtervoegsel</translation>
    </message>
    <message>
        <source>Short URL</source>
        <translation>Korte link</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>UTM source</source>
        <translation>UTM-bron</translation>
    </message>
    <message>
        <source>UTM medium</source>
        <translation>UTM-medium</translation>
    </message>
    <message>
        <source>UTM campaign</source>
        <translation>UTM-campagne</translation>
    </message>
    <message>
        <source>UTM term</source>
        <translation>UTM-term</translation>
    </message>
    <message>
        <source>UTM content</source>
        <translation>UTM-inhoud</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domein</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Begint</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Verloopt</translation>
    </message>
    <message>
        <source>Maximum clicks</source>
        <translation>Maximaal aantal klikken</translation>
    </message>
    <message>
        <source>Then go to</source>
        <translation>Daarna naar</translation>
    </message>
    <message>
        <source>Redirect status</source>
        <translation>Doorverwijzingsstatus</translation>
    </message>
    <message>
        <source>Forward query</source>
        <translation>Parameters doorgeven</translation>
    </message>
    <message>
        <source>Crawlable</source>
        <translation>Indexeerbaar</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Gemaakt</translation>
    </message>
    <message>
        <source>Clicks (not imported)</source>
        <translation>Klikken (niet geïmporteerd)</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Bulk::Exporter</name>
    <message>
        <source>The file could not be written.</source>
        <translation>Het bestand kan niet worden geschreven.</translation>
    </message>
    <message>
        <source>The export was stopped; no file was written.</source>
        <translation>De export is gestopt; er is geen bestand geschreven.</translation>
    </message>
    <message>
        <source>“%1” cannot be written: %2</source>
        <translation>“%1” kan niet worden geschreven: %2</translation>
    </message>
    <message>
        <source>“%1” cannot be written.</source>
        <translation>“%1” kan niet worden geschreven.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln link(s) from Bitly, Shlink or another service have empty countries, referrers and devices: Linkdeck has these only for links on this computer, and for a service&apos;s link once its statistics were shown from its first day to today.</source>
        <translation>
            <numerusform>%Ln link van Bitly, Shlink of een andere dienst heeft lege landen, verwijzers en apparaten: Linkdeck heeft die alleen voor links op deze computer, en voor de link van een dienst zodra de statistieken ervan van de eerste dag tot vandaag zijn getoond.</numerusform>
            <numerusform>%Ln links van Bitly, Shlink of een andere dienst hebben lege landen, verwijzers en apparaten: Linkdeck heeft die alleen voor links op deze computer, en voor de link van een dienst zodra de statistieken ervan van de eerste dag tot vandaag zijn getoond.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The services report no browsers or operating systems: those columns are empty for %Ln link(s) of theirs.</source>
        <translation>
            <numerusform>De diensten melden geen browsers of besturingssystemen: die kolommen zijn leeg voor %Ln van hun links.</numerusform>
            <numerusform>De diensten melden geen browsers of besturingssystemen: die kolommen zijn leeg voor %Ln van hun links.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Linkdeck::Bulk::ImportReport</name>
    <message>
        <source>Nothing was imported.</source>
        <translation>Er is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>Dry run: %1 to create, %2 already there, %3 to update, %4 to create under another back-half, %5 skipped (back-half taken), %6 invalid.</source>
        <translation>Proefrun: %1 te maken, %2 al aanwezig, %3 bij te werken, %4 te maken met een ander achtervoegsel, %5 overgeslagen (achtervoegsel bezet), %6 ongeldig.</translation>
    </message>
    <message>
        <source>%1 created, %2 already there, %3 updated, %4 created under another back-half, %5 skipped (back-half taken), %6 invalid, %7 failed.</source>
        <translation>%1 gemaakt, %2 al aanwezig, %3 bijgewerkt, %4 gemaakt met een ander achtervoegsel, %5 overgeslagen (achtervoegsel bezet), %6 ongeldig, %7 mislukt.</translation>
    </message>
    <message>
        <source>The import was stopped; import the file again to go on where it stopped.</source>
        <translation>De import is gestopt; importeer het bestand opnieuw om verder te gaan waar hij stopte.</translation>
    </message>
    <message>
        <source>The report could not be written: %1</source>
        <translation>Het rapport kan niet worden geschreven: %1</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Bulk::Importer</name>
    <message>
        <source>created</source>
        <translation>gemaakt</translation>
    </message>
    <message>
        <source>will create</source>
        <translation>wordt gemaakt</translation>
    </message>
    <message>
        <source>already there</source>
        <translation>al aanwezig</translation>
    </message>
    <message>
        <source>skipped: back-half taken</source>
        <translation>overgeslagen: achtervoegsel bezet</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>bijgewerkt</translation>
    </message>
    <message>
        <source>will update</source>
        <translation>wordt bijgewerkt</translation>
    </message>
    <message>
        <source>created under another back-half</source>
        <translation>gemaakt met een ander achtervoegsel</translation>
    </message>
    <message>
        <source>will create under another back-half</source>
        <translation>wordt gemaakt met een ander achtervoegsel</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>ongeldig</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>mislukt</translation>
    </message>
    <message>
        <source>Only a file can be imported (it is read twice).</source>
        <translation>Alleen een bestand kan worden geïmporteerd (het wordt twee keer gelezen).</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Rij %1: %2</translation>
    </message>
    <message>
        <source>the destination is empty.</source>
        <translation>de bestemming is leeg.</translation>
    </message>
    <message>
        <source>“%1” is not a date; write it as 2026-12-31 or 2026-12-31T23:59:00Z.</source>
        <translation>“%1” is geen datum; schrijf hem als 2026-12-31 of 2026-12-31T23:59:00Z.</translation>
    </message>
    <message>
        <source>the maximum of clicks “%1” is not a whole number of at least 1.</source>
        <translation>het maximale aantal klikken “%1” is geen geheel getal van minstens 1.</translation>
    </message>
    <message>
        <source>the address to go to after the end: %1</source>
        <translation>het adres na het einde: %1</translation>
    </message>
    <message>
        <source>the redirect status “%1” is not one of 301, 302, 307 or 308.</source>
        <translation>de doorverwijzingsstatus “%1” is niet 301, 302, 307 of 308.</translation>
    </message>
    <message>
        <source>“%1” is neither true nor false (forward query).</source>
        <translation>“%1” is true noch false (parameters doorgeven).</translation>
    </message>
    <message>
        <source>“%1” is neither true nor false (crawlable).</source>
        <translation>“%1” is true noch false (indexeerbaar).</translation>
    </message>
    <message>
        <source>No file is open.</source>
        <translation>Er is geen bestand geopend.</translation>
    </message>
    <message>
        <source>Linkdeck cannot use this account.</source>
        <translation>Linkdeck kan dit account niet gebruiken.</translation>
    </message>
    <message>
        <source>The file has column names but no links below them.</source>
        <translation>Het bestand heeft kolomnamen, maar geen links eronder.</translation>
    </message>
    <message>
        <source>the back-half “%1” on %2 already goes to %3; the row was skipped.</source>
        <translation>het achtervoegsel “%1” op %2 gaat al naar %3; de rij is overgeslagen.</translation>
    </message>
    <message>
        <source>the back-half “%1” is used by a row above for %2; the row was skipped.</source>
        <translation>het achtervoegsel “%1” wordt door een rij hierboven gebruikt voor %2; de rij is overgeslagen.</translation>
    </message>
    <message>
        <source>no free back-half was found for “%1”; the row was skipped.</source>
        <translation>er is geen vrij achtervoegsel gevonden voor “%1”; de rij is overgeslagen.</translation>
    </message>
    <message>
        <source>the back-half “%1” was taken; the link is “%2”.</source>
        <translation>het achtervoegsel “%1” was bezet; de link is “%2”.</translation>
    </message>
    <message>
        <source>the link to update is gone.</source>
        <translation>de bij te werken link bestaat niet meer.</translation>
    </message>
    <message>
        <source>kept on this computer; it is sent when the service can be reached.</source>
        <translation>bewaard op deze computer; hij wordt verzonden zodra de dienst bereikbaar is.</translation>
    </message>
    <message>
        <source>The service still refuses more links for now (%1). Import the file again later to go on where it stopped.</source>
        <translation>De dienst weigert voorlopig nog meer links (%1). Importeer het bestand later opnieuw om verder te gaan waar het stopte.</translation>
    </message>
    <message numerus="yes">
        <source>About %n second(s) left at %1&apos;s request limits.</source>
        <translation>
            <numerusform>Nog ongeveer %n seconde met de verzoeklimieten van %1.</numerusform>
            <numerusform>Nog ongeveer %n seconden met de verzoeklimieten van %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>About %n minute(s) left at %1&apos;s request limits.</source>
        <translation>
            <numerusform>Nog ongeveer %n minuut met de verzoeklimieten van %1.</numerusform>
            <numerusform>Nog ongeveer %n minuten met de verzoeklimieten van %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>About %n hour(s) left at %1&apos;s request limits.</source>
        <translation>
            <numerusform>Nog ongeveer %n uur met de verzoeklimieten van %1.</numerusform>
            <numerusform>Nog ongeveer %n uur met de verzoeklimieten van %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your %1 plan allows %n more link(s) this month; this import needs %2.</source>
        <translation>
            <numerusform>Je %1-abonnement staat deze maand nog %n link toe; deze import heeft er %2 nodig.</numerusform>
            <numerusform>Je %1-abonnement staat deze maand nog %n links toe; deze import heeft er %2 nodig.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Nothing more was sent: put the account right, then run again to go on where it stopped.</source>
        <translation>%1 Er is niets meer verzonden: zet het account in orde en start opnieuw om verder te gaan waar het stopte.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Bulk::LinkTransfer</name>
    <message>
        <source>Choose the links to copy or move.</source>
        <translation>Kies de links die je wilt kopiëren of verplaatsen.</translation>
    </message>
    <message>
        <source>Linkdeck cannot use this account.</source>
        <translation>Linkdeck kan dit account niet gebruiken.</translation>
    </message>
    <message>
        <source>It has a password, which cannot go along: make it there by hand and set a password again.</source>
        <translation>Hij heeft een wachtwoord, dat niet mee kan: maak hem daar met de hand en stel opnieuw een wachtwoord in.</translation>
    </message>
    <message>
        <source>The old link stays as it was: its service cannot change where a link goes.</source>
        <translation>De oude link blijft zoals hij was: zijn dienst kan niet wijzigen waar een link naartoe gaat.</translation>
    </message>
    <message>
        <source>The new link exists; the old one still goes to the old address: %1</source>
        <translation>De nieuwe link bestaat; de oude gaat nog naar het oude adres: %1</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Bulk::TableReader</name>
    <message>
        <source>Row %1: %2</source>
        <translation>Rij %1: %2</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>Het bestand kan niet worden gelezen.</translation>
    </message>
    <message>
        <source>The file is empty: there are no links to import.</source>
        <translation>Het bestand is leeg: er zijn geen links om te importeren.</translation>
    </message>
    <message>
        <source>The JSON file is larger than %1 MB; export the links as CSV instead, which is read in parts.</source>
        <translation>Het JSON-bestand is groter dan %1 MB; exporteer de links liever als CSV, dat in delen wordt gelezen.</translation>
    </message>
    <message>
        <source>The JSON file cannot be read: %1 in line %2.</source>
        <translation>Het JSON-bestand kan niet worden gelezen: %1 in regel %2.</translation>
    </message>
    <message>
        <source>The JSON file holds no list of links.</source>
        <translation>Het JSON-bestand bevat geen lijst met links.</translation>
    </message>
    <message>
        <source>Row %1: the JSON list holds something other than a link (an object).</source>
        <translation>Rij %1: de JSON-lijst bevat iets anders dan een link (een object).</translation>
    </message>
    <message>
        <source>The JSON file holds no links.</source>
        <translation>Het JSON-bestand bevat geen links.</translation>
    </message>
    <message>
        <source>The workbook&apos;s first sheet is empty: there are no links to import.</source>
        <translation>Het eerste werkblad van de werkmap is leeg: er zijn geen links om te importeren.</translation>
    </message>
    <message>
        <source>the file holds binary data, not text; it is not a CSV or TSV table.</source>
        <translation>het bestand bevat binaire gegevens, geen tekst; het is geen CSV- of TSV-tabel.</translation>
    </message>
    <message>
        <source>a quoted field that starts in this row has no closing quote mark. Check the quotes in that row; nothing was imported from it on.</source>
        <translation>een veld tussen aanhalingstekens dat in deze rij begint, heeft geen sluitend aanhalingsteken. Controleer de aanhalingstekens in die rij; vanaf daar is niets geïmporteerd.</translation>
    </message>
    <message>
        <source>the row is longer than %1 characters; the file is probably not a table of links.</source>
        <translation>de rij is langer dan %1 tekens; het bestand is waarschijnlijk geen tabel met links.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Bulk::TransferReport</name>
    <message numerus="yes">
        <source>%n link(s) moved</source>
        <translation>
            <numerusform>%n link verplaatst</numerusform>
            <numerusform>%n links verplaatst</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) copied</source>
        <translation>
            <numerusform>%n link gekopieerd</numerusform>
            <numerusform>%n links gekopieerd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n old link(s) pointed to the new one(s)</source>
        <translation>
            <numerusform>%n oude link naar de nieuwe doorgestuurd</numerusform>
            <numerusform>%n oude links naar de nieuwe doorgestuurd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not made</source>
        <translation>
            <numerusform>%n niet gemaakt</numerusform>
            <numerusform>%n niet gemaakt</numerusform>
        </translation>
    </message>
    <message>
        <source>The mapping file could not be written: %1</source>
        <translation>Het koppelingsbestand kan niet worden geschreven: %1</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Bulk::XlsxSheet</name>
    <message>
        <source>The Excel workbook cannot be read; it may be damaged. Save it again in Excel, or as CSV.</source>
        <translation>De Excel-werkmap kan niet worden gelezen; misschien is hij beschadigd. Sla hem opnieuw op in Excel, of als CSV.</translation>
    </message>
    <message>
        <source>The Excel workbook is too large to read; save it as CSV.</source>
        <translation>De Excel-werkmap is te groot om te lezen; sla hem op als CSV.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::CachedProvider</name>
    <message>
        <source>%1 cannot start or end a link at a date.</source>
        <translation>%1 kan een link niet op een datum laten beginnen of eindigen.</translation>
    </message>
    <message>
        <source>%1 cannot limit the clicks of a link.</source>
        <translation>%1 kan de klikken van een link niet beperken.</translation>
    </message>
    <message>
        <source>%1 cannot give link previews a title, description or image; only links on this computer can.</source>
        <translation>%1 kan linkvoorbeelden geen titel, beschrijving of afbeelding geven; alleen links op deze computer kunnen dat.</translation>
    </message>
    <message>
        <source>%1 cannot split a link&apos;s visitors between destinations; only links on this computer can.</source>
        <translation>%1 kan de bezoekers van een link niet over meerdere bestemmingen verdelen; alleen links op deze computer kunnen dat.</translation>
    </message>
    <message>
        <source>%1 cannot send the visitors of an ended link to another address; only links on this computer can. Leave that address empty.</source>
        <translation>%1 kan de bezoekers van een beëindigde link niet naar een ander adres sturen; alleen links op deze computer kunnen dat. Laat dat adres leeg.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::CampaignStats</name>
    <message>
        <source>%1 does not report browsers or operating systems: only the links on this computer are counted here.</source>
        <translation>%1 meldt geen browsers of besturingssystemen: hier worden alleen de links op deze computer geteld.</translation>
    </message>
    <message>
        <source>%1 do not report browsers or operating systems: only the links on this computer are counted here.</source>
        <translation>%1 melden geen browsers of besturingssystemen: hier worden alleen de links op deze computer geteld.</translation>
    </message>
    <message>
        <source>Only the links on this computer are in the chart: the clicks of %1 links over time cannot be filtered.</source>
        <translation>Alleen de links op deze computer staan in de grafiek: de klikken van %1-links kunnen niet in de tijd worden gefilterd.</translation>
    </message>
    <message numerus="yes">
        <source>Totals only, not clicks over time, from %1: those links have %Ln click(s) in all, not in the series.</source>
        <translation>
            <numerusform>Van %1 alleen totalen, geen klikken in de tijd: die links hebben samen %Ln klik, die niet in de reeks staat.</numerusform>
            <numerusform>Van %1 alleen totalen, geen klikken in de tijd: die links hebben samen %Ln klikken, die niet in de reeks staan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fetching the figures of %1…</source>
        <translation>De cijfers van %1 worden opgehaald…</translation>
    </message>
    <message>
        <source>%1: %2 Showing the figures saved earlier.</source>
        <translation>%1: %2 De eerder opgeslagen cijfers worden getoond.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: your plan does not include click statistics for some links.</source>
        <translation>%1: je abonnement bevat voor sommige links geen klikstatistieken.</translation>
    </message>
    <message>
        <source>%1: %2 Its links are not in the series.</source>
        <translation>%1: %2 De links ervan staan niet in de reeks.</translation>
    </message>
    <message>
        <source>Figures from %1: %2.</source>
        <translation>Cijfers van %1: %2.</translation>
    </message>
    <message>
        <source>Variant %1: %2</source>
        <translation>Variant %1: %2</translation>
    </message>
    <message>
        <source>Other clicks</source>
        <translation>Overige klikken</translation>
    </message>
    <message>
        <source>Other links</source>
        <translation>Overige links</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Cli</name>
    <message>
        <source>The keychain did not answer.</source>
        <translation>De sleutelbos heeft niet geantwoord.</translation>
    </message>
    <message>
        <source>Run linkdeck-cli from a desktop session, where GNOME Keyring or KWallet is available.</source>
        <translation>Voer linkdeck-cli uit in een desktopsessie waarin GNOME Keyring of KWallet beschikbaar is.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nooit</translation>
    </message>
    <message>
        <source>Adds an account with a link service. The API token is read from the terminal without showing it, or with --token-stdin as the first line of stdin, and kept only in the keychain (GNOME Keyring, KWallet). The connection is tested before anything is saved.</source>
        <translation>Voegt een account bij een linkdienst toe. Het API-token wordt onzichtbaar in de terminal gelezen, of met --token-stdin als eerste regel van stdin, en alleen in de sleutelbos bewaard (GNOME Keyring, KWallet). De verbinding wordt getest voordat er iets wordt opgeslagen.</translation>
    </message>
    <message>
        <source>The service: bitly, rebrandly, shlink or cuttly.</source>
        <translation>De dienst: bitly, rebrandly, shlink of cuttly.</translation>
    </message>
    <message>
        <source>The API address: required for Shlink (the server, e.g. https://s.example.com), otherwise the service&apos;s own.</source>
        <translation>Het API-adres: verplicht voor Shlink (de server, bijv. https://s.example.com), anders dat van de dienst.</translation>
    </message>
    <message>
        <source>The Rebrandly workspace or the Bitly group (default: the account&apos;s first).</source>
        <translation>De Rebrandly-werkruimte of de Bitly-groep (standaard: de eerste van het account).</translation>
    </message>
    <message>
        <source>The domain of new links when none is given.</source>
        <translation>Het domein van nieuwe links als er geen wordt opgegeven.</translation>
    </message>
    <message>
        <source>Read the token from the first line of stdin.</source>
        <translation>Het token uit de eerste regel van stdin lezen.</translation>
    </message>
    <message>
        <source>Save the account without testing the connection.</source>
        <translation>Het account opslaan zonder de verbinding te testen.</translation>
    </message>
    <message>
        <source>A name for the account, e.g. Marketing.</source>
        <translation>Een naam voor het account, bijv. Marketing.</translation>
    </message>
    <message>
        <source>accounts add needs exactly one account name.</source>
        <translation>accounts add heeft precies één accountnaam nodig.</translation>
    </message>
    <message>
        <source>accounts add needs --provider bitly, rebrandly, shlink or cuttly.</source>
        <translation>accounts add heeft --provider bitly, rebrandly, shlink of cuttly nodig.</translation>
    </message>
    <message>
        <source>Unknown provider “%1”: use bitly, rebrandly, shlink or cuttly.</source>
        <translation>Onbekende dienst “%1”: gebruik bitly, rebrandly, shlink of cuttly.</translation>
    </message>
    <message>
        <source>Give the account a name.</source>
        <translation>Geef het account een naam.</translation>
    </message>
    <message>
        <source>There is already an account named “%1”.</source>
        <translation>Er is al een account met de naam “%1”.</translation>
    </message>
    <message>
        <source>API token for “%1” (%2): </source>
        <translation>API-token voor “%1” (%2): </translation>
    </message>
    <message>
        <source>Give the token with --token-stdin.</source>
        <translation>Geef het token op met --token-stdin.</translation>
    </message>
    <message>
        <source>The token is empty: nothing was saved.</source>
        <translation>Het token is leeg: er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>Linkdeck cannot use accounts of %1.</source>
        <translation>Linkdeck kan geen accounts van %1 gebruiken.</translation>
    </message>
    <message>
        <source>The account “%1” was not added: %2</source>
        <translation>Het account “%1” is niet toegevoegd: %2</translation>
    </message>
    <message>
        <source>Added the account “%1” (%2).</source>
        <translation>Account “%1” (%2) toegevoegd.</translation>
    </message>
    <message>
        <source>Lists the accounts: id, name, service, default domain, API address and last sync. Tokens stay in the keychain and are never shown.</source>
        <translation>Somt de accounts op: ID, naam, dienst, standaarddomein, API-adres en laatste synchronisatie. Tokens blijven in de sleutelbos en worden nooit getoond.</translation>
    </message>
    <message>
        <source>table (default), csv or json.</source>
        <translation>table (standaard), csv of json.</translation>
    </message>
    <message>
        <source>accounts list takes no arguments, only options: “%1”.</source>
        <translation>accounts list accepteert geen argumenten, alleen opties: “%1”.</translation>
    </message>
    <message>
        <source>Unknown format “%1”: use table, csv or json.</source>
        <translation>Onbekende indeling “%1”: gebruik table, csv of json.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAAM</translation>
    </message>
    <message>
        <source>PROVIDER</source>
        <translation>DIENST</translation>
    </message>
    <message>
        <source>DOMAIN</source>
        <translation>DOMEIN</translation>
    </message>
    <message>
        <source>API BASE</source>
        <translation>API-ADRES</translation>
    </message>
    <message>
        <source>LAST SYNC</source>
        <translation>LAATST GESYNCHRONISEERD</translation>
    </message>
    <message>
        <source>Could not write the list to the output.</source>
        <translation>De lijst kan niet naar de uitvoer worden geschreven.</translation>
    </message>
    <message>
        <source>Removes an account from Linkdeck, with the links kept of it on this computer and its token in the keychain. The links stay with the service.</source>
        <translation>Verwijdert een account uit Linkdeck, met de links ervan die op deze computer bewaard zijn en het token in de sleutelbos. De links blijven bij de dienst.</translation>
    </message>
    <message>
        <source>The account&apos;s name.</source>
        <translation>De naam van het account.</translation>
    </message>
    <message>
        <source>accounts remove needs exactly one account name.</source>
        <translation>accounts remove heeft precies één accountnaam nodig.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made offline in “%1” had not been sent yet; they are gone.</source>
        <translation>
            <numerusform>%n offline gemaakte wijziging in “%1” was nog niet verzonden; die is verloren.</numerusform>
            <numerusform>%n offline gemaakte wijzigingen in “%1” waren nog niet verzonden; die zijn verloren.</numerusform>
        </translation>
    </message>
    <message>
        <source>The account “%1” was removed, but its token could not be removed from the keychain: %2</source>
        <translation>Het account “%1” is verwijderd, maar het token kon niet uit de sleutelbos worden verwijderd: %2</translation>
    </message>
    <message>
        <source>Removed the account “%1”.</source>
        <translation>Account “%1” verwijderd.</translation>
    </message>
    <message>
        <source>Reads the links of the accounts with link services into this computer&apos;s list, then sends the changes made while a service could not be reached (those of every account). Fails if a service could not be reached or a change is still waiting.</source>
        <translation>Leest de links van de accounts bij linkdiensten in de lijst van deze computer en verzendt daarna de wijzigingen die zijn gemaakt terwijl een dienst onbereikbaar was (die van alle accounts). Mislukt als een dienst onbereikbaar was of er nog een wijziging wacht.</translation>
    </message>
    <message>
        <source>Only this account (default: every account with a link service).</source>
        <translation>Alleen dit account (standaard: elk account bij een linkdienst).</translation>
    </message>
    <message>
        <source>sync takes no arguments, only options: “%1”.</source>
        <translation>sync accepteert geen argumenten, alleen opties: “%1”.</translation>
    </message>
    <message>
        <source>“%1” keeps its links on this computer: there is nothing to sync.</source>
        <translation>“%1” bewaart zijn links op deze computer: er valt niets te synchroniseren.</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>“%1”: %2</translation>
    </message>
    <message numerus="yes">
        <source>“%1”: %n link(s).</source>
        <translation>
            <numerusform>“%1”: %n link.</numerusform>
            <numerusform>“%1”: %n links.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %n change(s) made offline.</source>
        <translation>
            <numerusform>%n offline gemaakte wijziging verzonden.</numerusform>
            <numerusform>%n offline gemaakte wijzigingen verzonden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The services refused %n change(s) made offline; they are marked as not sent.</source>
        <translation>
            <numerusform>De diensten hebben %n offline gemaakte wijziging geweigerd; die is gemarkeerd als niet verzonden.</numerusform>
            <numerusform>De diensten hebben %n offline gemaakte wijzigingen geweigerd; die zijn gemarkeerd als niet verzonden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) still wait for the network.</source>
        <translation>
            <numerusform>%n wijziging wacht nog op het netwerk.</numerusform>
            <numerusform>%n wijzigingen wachten nog op het netwerk.</numerusform>
        </translation>
    </message>
    <message>
        <source>Creates the links of a table: CSV or TSV as Excel and LibreOffice save them (any separator, UTF-8 or UTF-16), Excel workbooks (XLSX, the first sheet), JSON, or the export of Linkdeck, Bitly, Rebrandly, Shlink, YOURLS or Kutt. The first row names the columns (destination or url, slug, title, tags, utm_*, domain, expires_at, ...). Links already there are left as they are, so a stopped import goes on when it is run again. A file that cannot be read changes nothing.</source>
        <translation>Maakt de links uit een tabel: CSV of TSV zoals Excel en LibreOffice ze opslaan (elk scheidingsteken, UTF-8 of UTF-16), Excel-werkmappen (XLSX, het eerste werkblad), JSON, of de export van Linkdeck, Bitly, Rebrandly, Shlink, YOURLS of Kutt. De eerste rij benoemt de kolommen (destination of url, slug, title, tags, utm_*, domain, expires_at, ...). Links die er al zijn, blijven zoals ze zijn, zodat een gestopte import verdergaat als hij opnieuw wordt uitgevoerd. Een bestand dat niet gelezen kan worden, verandert niets.</translation>
    </message>
    <message>
        <source>The account to create them in (default: This computer).</source>
        <translation>Het account waarin ze worden gemaakt (standaard: Deze computer).</translation>
    </message>
    <message>
        <source>The domain for rows that name none.</source>
        <translation>Het domein voor rijen die er geen noemen.</translation>
    </message>
    <message>
        <source>Tell what would happen to each row; change nothing.</source>
        <translation>Vertellen wat er met elke rij zou gebeuren; niets wijzigen.</translation>
    </message>
    <message>
        <source>When a back-half is taken by another address: skip the row (default), rename (spring-2) or update the existing link.</source>
        <translation>Als een achtervoegsel al door een ander adres wordt gebruikt: de rij overslaan (skip, standaard), hernoemen (rename: spring-2) of de bestaande link bijwerken (update).</translation>
    </message>
    <message>
        <source>The file&apos;s format if its name does not tell: csv, tsv, json or xlsx.</source>
        <translation>De indeling van het bestand als de naam die niet verraadt: csv, tsv, json of xlsx.</translation>
    </message>
    <message>
        <source>Write a CSV report of every row to this file.</source>
        <translation>Een CSV-rapport van elke rij naar dit bestand schrijven.</translation>
    </message>
    <message>
        <source>The table of links.</source>
        <translation>De tabel met links.</translation>
    </message>
    <message>
        <source>links import needs exactly one FILE.</source>
        <translation>links import heeft precies één BESTAND nodig.</translation>
    </message>
    <message>
        <source>Unknown --on-conflict “%1”: use skip, rename or update.</source>
        <translation>Onbekende --on-conflict “%1”: gebruik skip, rename of update.</translation>
    </message>
    <message>
        <source>Unknown format “%1”: use csv, tsv, json or xlsx.</source>
        <translation>Onbekende indeling “%1”: gebruik csv, tsv, json of xlsx.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>“%1” kan niet worden gelezen: %2</translation>
    </message>
    <message>
        <source>The report “%1” cannot be written: %2</source>
        <translation>Het rapport “%1” kan niet worden geschreven: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 asks to wait (%2); the import goes on in %n second(s).</source>
        <translation>
            <numerusform>%1 vraagt om te wachten (%2); de import gaat over %n seconde verder.</numerusform>
            <numerusform>%1 vraagt om te wachten (%2); de import gaat over %n seconden verder.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <translation>%1 van %2 rijen</translation>
    </message>
    <message>
        <source>Writes the links of an account with every field and their click totals, oldest first: CSV (opens in Excel as it is), JSON or an Excel workbook. A file written here imports back unchanged with &quot;links import&quot;.</source>
        <translation>Schrijft de links van een account met alle velden en hun kliktotalen, oudste eerst: CSV (opent zo in Excel), JSON of een Excel-werkmap. Een bestand dat hier is geschreven, wordt met “links import” ongewijzigd weer geïmporteerd.</translation>
    </message>
    <message>
        <source>The account whose links to write (default: This computer).</source>
        <translation>Het account waarvan de links worden geschreven (standaard: Deze computer).</translation>
    </message>
    <message>
        <source>Only links whose back-half, address, title, tags or campaign contain TEXT.</source>
        <translation>Alleen links waarvan het achtervoegsel, adres, titel, labels of campagne TEKST bevatten.</translation>
    </message>
    <message>
        <source>csv, json or xlsx (default: by the file name, else csv).</source>
        <translation>csv, json of xlsx (standaard: volgens de bestandsnaam, anders csv).</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Het bestand om te schrijven.</translation>
    </message>
    <message>
        <source>links export takes no arguments, only options: “%1”.</source>
        <translation>links export accepteert geen argumenten, alleen opties: “%1”.</translation>
    </message>
    <message>
        <source>links export needs -o FILE.</source>
        <translation>links export heeft -o BESTAND nodig.</translation>
    </message>
    <message>
        <source>Unknown format “%1”: use csv, json or xlsx.</source>
        <translation>Onbekende indeling “%1”: gebruik csv, json of xlsx.</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) written to %1.</source>
        <translation>
            <numerusform>%n link naar %1 geschreven.</numerusform>
            <numerusform>%n links naar %1 geschreven.</numerusform>
        </translation>
    </message>
    <message>
        <source>Makes the links of one account on another, with the same back-half where it is free there, titles, tags and UTM values, then points each old link to its new short URL where the old service allows it. No link is deleted.</source>
        <translation>Maakt de links van het ene account op een ander, met hetzelfde achtervoegsel waar dat daar vrij is, titels, labels en UTM-waarden, en stuurt daarna elke oude link door naar zijn nieuwe korte URL waar de oude dienst dat toestaat. Er wordt geen link verwijderd.</translation>
    </message>
    <message>
        <source>Makes the links of one account on another too, with the same back-half where it is free there, titles, tags and UTM values. The old links stay as they are.</source>
        <translation>Maakt de links van het ene account ook op een ander, met hetzelfde achtervoegsel waar dat daar vrij is, titels, labels en UTM-waarden. De oude links blijven zoals ze zijn.</translation>
    </message>
    <message>
        <source>The account the links are on.</source>
        <translation>Het account waarin de links staan.</translation>
    </message>
    <message>
        <source>The account to make them on.</source>
        <translation>Het account waarin ze worden gemaakt.</translation>
    </message>
    <message>
        <source>Only the links matching this text, as the app&apos;s filter box.</source>
        <translation>Alleen de links die bij deze tekst passen, zoals het filterveld van de app.</translation>
    </message>
    <message>
        <source>When the back-half is taken on the target: skip the link (default) or rename (spring-2).</source>
        <translation>Als het achtervoegsel op het doel bezet is: de link overslaan (standaard) of hernoemen (spring-2).</translation>
    </message>
    <message>
        <source>Write each old and new short URL to this CSV file.</source>
        <translation>Elke oude en nieuwe korte URL naar dit CSV-bestand schrijven.</translation>
    </message>
    <message>
        <source>This command takes no arguments, only options: “%1”.</source>
        <translation>Deze opdracht accepteert geen argumenten, alleen opties: “%1”.</translation>
    </message>
    <message>
        <source>Name both accounts: --from and --to.</source>
        <translation>Noem beide accounts: --from en --to.</translation>
    </message>
    <message>
        <source>--on-conflict takes skip or rename, not “%1”.</source>
        <translation>--on-conflict accepteert skip of rename, niet “%1”.</translation>
    </message>
    <message>
        <source>--from and --to name the same account.</source>
        <translation>--from en --to noemen hetzelfde account.</translation>
    </message>
    <message>
        <source>No link of %1 matches.</source>
        <translation>Geen enkele link van %1 past.</translation>
    </message>
    <message>
        <source>Could not write the mapping to %1: %2</source>
        <translation>De koppeling kan niet naar %1 worden geschreven: %2</translation>
    </message>
    <message>
        <source>--data-dir needs a folder.</source>
        <translation>--data-dir heeft een map nodig.</translation>
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
        <translation>Gebruik: linkdeck-cli [--data-dir DIR] OPDRACHT ...

Opdrachten:
  links create URL [opties]    een korte link maken en tonen
  links list [opties]          links tonen als tabel, CSV of JSON
  links update SLUG [--url URL] [--title T] [--tag T]... [--new-slug S]
  links show SLUG [--domain D]  de velden van een link, ook of hij om een wachtwoord vraagt
  links delete SLUG [--domain D]
  links import FILE [--dry-run] [--on-conflict skip|rename|update]   links uit CSV, TSV, XLSX of JSON
  links export --format csv|json|xlsx -o FILE [--filter TEXT]   alle velden en de kliktotalen
  accounts add NAME --provider bitly|rebrandly|shlink|cuttly [--api-base URL] [--token-stdin]
  accounts list [--format table|csv|json]
  accounts remove NAME
  sync [--account NAME]        de links van diensten lezen, offline gemaakte wijzigingen verzenden
  qr TEXT_OR_SLUG -o FILE [opties]   een drukklare QR-code (PNG, SVG, PDF, EPS)
  qr-sheet SLUG... -o FILE.pdf [--paper a4|letter] [--grid COLSxROWS]   een vel met labels
  stats clicks|countries|referrers|devices|browsers|os SLUG_OR_CAMPAIGN [--from] [--to] [--unit] [--tz] [--format]

De links-opdrachten en stats accepteren --account NAME voor een account bij een linkdienst
(standaard: &quot;This computer&quot;).
Voer &quot;linkdeck-cli links create --help&quot; uit voor de opties van een opdracht.
Algemene opties: --data-dir DIR (de database in DIR bewaren), --help, --version.
</translation>
    </message>
    <message>
        <source>See &quot;%1 --help&quot;.</source>
        <translation>Zie “%1 --help”.</translation>
    </message>
    <message>
        <source>Unknown command “%1”. Run &quot;linkdeck-cli --help&quot; for the commands.</source>
        <translation>Onbekende opdracht “%1”. Voer &quot;linkdeck-cli --help&quot; uit voor de opdrachten.</translation>
    </message>
    <message>
        <source>%1 needs a command: %2.</source>
        <translation>%1 heeft een opdracht nodig: %2.</translation>
    </message>
    <message>
        <source>Unknown command “%1 %2”: use %3.</source>
        <translation>Onbekende opdracht “%1 %2”: gebruik %3.</translation>
    </message>
    <message>
        <source>The database has no account for this computer.</source>
        <translation>De database heeft geen account voor deze computer.</translation>
    </message>
    <message>
        <source>There is no account “%1”. Run &quot;linkdeck-cli accounts list&quot; for the accounts.</source>
        <translation>Er is geen account “%1”. Voer &quot;linkdeck-cli accounts list&quot; uit voor de accounts.</translation>
    </message>
    <message>
        <source>Linkdeck cannot use the account “%1”.</source>
        <translation>Linkdeck kan het account “%1” niet gebruiken.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>waarschuwing: %1</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Deze hulp tonen.</translation>
    </message>
    <message>
        <source>Keep the database in DIR (also accepted before the command).</source>
        <translation>De database in DIR bewaren (ook vóór de opdracht toegestaan).</translation>
    </message>
    <message>
        <source>Usage: linkdeck-cli %1</source>
        <translation>Gebruik: linkdeck-cli %1</translation>
    </message>
    <message>
        <source>“%1” is not a domain name.</source>
        <translation>“%1” is geen domeinnaam.</translation>
    </message>
    <message>
        <source>WHEN is YYYY-MM-DD or YYYY-MM-DDTHH:MM (a space for the T is fine), in your time zone unless it ends in Z or an offset such as +01:00.</source>
        <translation>WANNEER is JJJJ-MM-DD of JJJJ-MM-DDTUU:MM (een spatie in plaats van de T mag ook), in je tijdzone, tenzij het eindigt op Z of een verschil zoals +01:00.</translation>
    </message>
    <message>
        <source>An option and its --no- option cannot be given together, e.g. --expires and --no-expiry.</source>
        <translation>Een optie en haar --no-optie kunnen niet samen worden opgegeven, bijv. --expires en --no-expiry.</translation>
    </message>
    <message>
        <source>--starts needs a date such as 2026-12-24 or 2026-12-24T18:00, not “%1”.</source>
        <translation>--starts heeft een datum nodig zoals 2026-12-24 of 2026-12-24T18:00, niet “%1”.</translation>
    </message>
    <message>
        <source>--expires needs a date such as 2026-12-31 or 2026-12-31T23:59, not “%1”.</source>
        <translation>--expires heeft een datum nodig zoals 2026-12-31 of 2026-12-31T23:59, niet “%1”.</translation>
    </message>
    <message>
        <source>--max-clicks needs a whole number of clicks, at least 1, not “%1”.</source>
        <translation>--max-clicks heeft een geheel aantal klikken nodig, minstens 1, niet “%1”.</translation>
    </message>
    <message>
        <source>%1 cannot protect a link by a password; only links on this computer can.</source>
        <translation>%1 kan een link niet met een wachtwoord beveiligen; alleen links op deze computer kunnen dat.</translation>
    </message>
    <message>
        <source>Creates a short link and prints it: on this computer, or with --account on a link service. An address without a scheme gets https://; the UTM options are added to its query, replacing those it has. When the service cannot be reached, the link is kept and created by &quot;sync&quot;. A link can start and end at a time and stop after a number of clicks; on this computer it then sends visitors to --fallback, or shows a page saying it has ended.</source>
        <translation>Maakt een korte link en toont hem: op deze computer, of met --account bij een linkdienst. Een adres zonder schema krijgt https://; de UTM-opties worden aan de parameters toegevoegd en vervangen de bestaande. Is de dienst onbereikbaar, dan wordt de link bewaard en door &quot;sync&quot; gemaakt. Een link kan op een tijdstip beginnen en eindigen en na een aantal klikken stoppen; op deze computer stuurt hij bezoekers dan naar --fallback, of toont hij een pagina dat hij is beëindigd.</translation>
    </message>
    <message>
        <source>The back-half; random if not given.</source>
        <translation>Het achtervoegsel; willekeurig als het niet wordt opgegeven.</translation>
    </message>
    <message>
        <source>The short link&apos;s domain.</source>
        <translation>Het domein van de korte link.</translation>
    </message>
    <message>
        <source>A title for your link list.</source>
        <translation>Een titel voor je linklijst.</translation>
    </message>
    <message>
        <source>A tag; repeat for several.</source>
        <translation>Een label; herhaal voor meerdere.</translation>
    </message>
    <message>
        <source>utm_source, e.g. newsletter.</source>
        <translation>utm_source, bijv. newsletter.</translation>
    </message>
    <message>
        <source>utm_medium, e.g. email.</source>
        <translation>utm_medium, bijv. email.</translation>
    </message>
    <message>
        <source>utm_campaign, e.g. spring-sale.</source>
        <translation>utm_campaign, bijv. voorjaarsactie.</translation>
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
        <translation>De UTM-waarden in kleine letters schrijven.</translation>
    </message>
    <message>
        <source>The link works from this time on.</source>
        <translation>De link werkt vanaf dit tijdstip.</translation>
    </message>
    <message>
        <source>The link has ended from this time on (a date alone: after that day).</source>
        <translation>De link is vanaf dit tijdstip beëindigd (alleen een datum: na die dag).</translation>
    </message>
    <message>
        <source>The link has ended after N clicks.</source>
        <translation>De link is na N klikken beëindigd.</translation>
    </message>
    <message>
        <source>Where visitors go before the start and after the end (this computer&apos;s links only).</source>
        <translation>Waar bezoekers naartoe gaan vóór het begin en na het einde (alleen links op deze computer).</translation>
    </message>
    <message>
        <source>Visitors must type a password, read from the first line of stdin, before they are redirected (this computer&apos;s links only). Only its hash is kept.</source>
        <translation>Bezoekers moeten een wachtwoord typen, gelezen uit de eerste regel van stdin, voordat ze worden doorgestuurd (alleen links op deze computer). Alleen de hash wordt bewaard.</translation>
    </message>
    <message>
        <source>The title link previews show (LinkedIn, Facebook, X, Slack, ...; this computer&apos;s links only).</source>
        <translation>De titel die linkvoorbeelden tonen (LinkedIn, Facebook, X, Slack, ...; alleen links op deze computer).</translation>
    </message>
    <message>
        <source>The description link previews show.</source>
        <translation>De beschrijving die linkvoorbeelden tonen.</translation>
    </message>
    <message>
        <source>The address of the image link previews show.</source>
        <translation>Het adres van de afbeelding die linkvoorbeelden tonen.</translation>
    </message>
    <message>
        <source>The account to create it in (default: This computer).</source>
        <translation>Het account waarin hij wordt gemaakt (standaard: Deze computer).</translation>
    </message>
    <message>
        <source>The address the short link opens.</source>
        <translation>Het adres dat de korte link opent.</translation>
    </message>
    <message>
        <source>links create needs exactly one URL.</source>
        <translation>links create heeft precies één URL nodig.</translation>
    </message>
    <message>
        <source>Saved offline: the link will be created on %1 when the network is back.</source>
        <translation>Offline opgeslagen: de link wordt bij %1 gemaakt zodra het netwerk terug is.</translation>
    </message>
    <message>
        <source>Lists the links of an account, newest first. The links of a link service are read from it first; when it cannot be reached, those kept on this computer are listed. The table shows local times; CSV and JSON give times in ISO 8601 UTC, and JSON lists tags as an array.</source>
        <translation>Somt de links van een account op, nieuwste eerst. De links van een linkdienst worden eerst daar gelezen; is die onbereikbaar, dan worden de op deze computer bewaarde links getoond. De tabel toont lokale tijden; CSV en JSON geven tijden in ISO 8601 UTC, en JSON geeft labels als array.</translation>
    </message>
    <message>
        <source>table (default), csv or json. CSV joins tags with &quot;; &quot;. The table shows control characters as escapes (\x1b); CSV and JSON give the data exactly, for programs.</source>
        <translation>table (standaard), csv of json. CSV voegt labels samen met &quot;; &quot;. De tabel toont stuurtekens als escapes (\x1b); CSV en JSON geven de gegevens precies zoals ze zijn, voor programma&apos;s.</translation>
    </message>
    <message>
        <source>Only links whose back-half, destination, title, tags or campaign contain TEXT.</source>
        <translation>Alleen links waarvan het achtervoegsel, de bestemming, titel, labels of campagne TEKST bevatten.</translation>
    </message>
    <message>
        <source>At most N links.</source>
        <translation>Hoogstens N links.</translation>
    </message>
    <message>
        <source>The account whose links to list (default: This computer).</source>
        <translation>Het account waarvan de links worden opgesomd (standaard: Deze computer).</translation>
    </message>
    <message>
        <source>links list takes no arguments, only options: “%1”.</source>
        <translation>links list accepteert geen argumenten, alleen opties: “%1”.</translation>
    </message>
    <message>
        <source>--limit needs a number of links.</source>
        <translation>--limit heeft een aantal links nodig.</translation>
    </message>
    <message>
        <source>Changes a link found by its back-half and prints its short URL. Each link service allows other changes; what it does not allow is refused before anything is sent. The --no- options remove a start, an end, a click limit or the fallback address.</source>
        <translation>Wijzigt een link die via zijn achtervoegsel wordt gevonden en toont zijn korte URL. Elke linkdienst staat andere wijzigingen toe; wat hij niet toestaat, wordt geweigerd voordat er iets wordt verzonden. De --no-opties verwijderen een begin, een einde, een kliklimiet of het uitwijkadres.</translation>
    </message>
    <message>
        <source>The short link&apos;s domain (default: the account&apos;s, or the only one with SLUG).</source>
        <translation>Het domein van de korte link (standaard: dat van het account, of het enige met SLUG).</translation>
    </message>
    <message>
        <source>The new destination.</source>
        <translation>De nieuwe bestemming.</translation>
    </message>
    <message>
        <source>The new title.</source>
        <translation>De nieuwe titel.</translation>
    </message>
    <message>
        <source>A tag, replacing the link&apos;s tags; repeat for several.</source>
        <translation>Een label dat de labels van de link vervangt; herhaal voor meerdere.</translation>
    </message>
    <message>
        <source>A new back-half.</source>
        <translation>Een nieuw achtervoegsel.</translation>
    </message>
    <message>
        <source>The link works at once (removes the start).</source>
        <translation>De link werkt meteen (verwijdert het begin).</translation>
    </message>
    <message>
        <source>The link never ends by date (removes the end).</source>
        <translation>De link eindigt nooit op een datum (verwijdert het einde).</translation>
    </message>
    <message>
        <source>Removes the click limit.</source>
        <translation>Verwijdert de kliklimiet.</translation>
    </message>
    <message>
        <source>Removes the fallback address: an ended link shows a page saying so.</source>
        <translation>Verwijdert het uitwijkadres: een beëindigde link toont een pagina die dat zegt.</translation>
    </message>
    <message>
        <source>Protects the link by a new password, read from the first line of stdin (this computer&apos;s links only).</source>
        <translation>Beveiligt de link met een nieuw wachtwoord, gelezen uit de eerste regel van stdin (alleen links op deze computer).</translation>
    </message>
    <message>
        <source>Removes the password: visitors are redirected at once.</source>
        <translation>Verwijdert het wachtwoord: bezoekers worden meteen doorgestuurd.</translation>
    </message>
    <message>
        <source>The title link previews show (this computer&apos;s links only).</source>
        <translation>De titel die linkvoorbeelden tonen (alleen links op deze computer).</translation>
    </message>
    <message>
        <source>Removes the link&apos;s preview: crawlers are redirected like people.</source>
        <translation>Verwijdert het voorbeeld van de link: crawlers worden doorgestuurd zoals mensen.</translation>
    </message>
    <message>
        <source>The link&apos;s account (default: This computer).</source>
        <translation>Het account van de link (standaard: Deze computer).</translation>
    </message>
    <message>
        <source>The back-half of the link to change.</source>
        <translation>Het achtervoegsel van de link die moet worden gewijzigd.</translation>
    </message>
    <message>
        <source>links update needs exactly one back-half.</source>
        <translation>links update heeft precies één achtervoegsel nodig.</translation>
    </message>
    <message>
        <source>--password-stdin and --no-password cannot be given together.</source>
        <translation>--password-stdin en --no-password kunnen niet samen worden opgegeven.</translation>
    </message>
    <message>
        <source>The link was changed, but not its password: %1</source>
        <translation>De link is gewijzigd, maar zijn wachtwoord niet: %1</translation>
    </message>
    <message>
        <source>Saved offline: the change will be sent to %1 when the network is back.</source>
        <translation>Offline opgeslagen: de wijziging wordt naar %1 verzonden zodra het netwerk terug is.</translation>
    </message>
    <message>
        <source>Shows a link found by its back-half: its addresses, title, tags, clicks, limits and whether visitors must type a password. Times are local.</source>
        <translation>Toont een link die via zijn achtervoegsel wordt gevonden: zijn adressen, titel, labels, klikken, limieten en of bezoekers een wachtwoord moeten typen. Tijden zijn lokaal.</translation>
    </message>
    <message>
        <source>The back-half of the link to show.</source>
        <translation>Het achtervoegsel van de link die moet worden getoond.</translation>
    </message>
    <message>
        <source>links show needs exactly one back-half.</source>
        <translation>links show heeft precies één achtervoegsel nodig.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>Short URL</source>
        <translation>Korte link</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Bestemming</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Klikken</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Begint</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Eindigt</translation>
    </message>
    <message>
        <source>Max clicks</source>
        <translation>Max. klikken</translation>
    </message>
    <message>
        <source>Fallback</source>
        <translation>Uitwijkadres</translation>
    </message>
    <message>
        <source>Password protected</source>
        <translation>Met wachtwoord beveiligd</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nee</translation>
    </message>
    <message>
        <source>Preview title</source>
        <translation>Titel van voorbeeld</translation>
    </message>
    <message>
        <source>Preview description</source>
        <translation>Beschrijving van voorbeeld</translation>
    </message>
    <message>
        <source>Preview image</source>
        <translation>Afbeelding van voorbeeld</translation>
    </message>
    <message>
        <source>Deletes a link by its back-half; upper and lower case are the same.</source>
        <translation>Verwijdert een link via zijn achtervoegsel; hoofd- en kleine letters zijn gelijk.</translation>
    </message>
    <message>
        <source>The back-half of the link to delete.</source>
        <translation>Het achtervoegsel van de link die moet worden verwijderd.</translation>
    </message>
    <message>
        <source>links delete needs exactly one back-half.</source>
        <translation>links delete heeft precies één achtervoegsel nodig.</translation>
    </message>
    <message>
        <source>Saved offline: the link will be deleted on %1 when the network is back.</source>
        <translation>Offline opgeslagen: de link wordt bij %1 verwijderd zodra het netwerk terug is.</translation>
    </message>
    <message>
        <source>Deleted %1</source>
        <translation>%1 verwijderd</translation>
    </message>
    <message>
        <source>SHORT LINK</source>
        <translation>KORTE LINK</translation>
    </message>
    <message>
        <source>DESTINATION</source>
        <translation>BESTEMMING</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TITEL</translation>
    </message>
    <message>
        <source>TAGS</source>
        <translation>LABELS</translation>
    </message>
    <message>
        <source>CLICKS</source>
        <translation>KLIKKEN</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>GEMAAKT</translation>
    </message>
    <message>
        <source>Error correction: L, M (default), Q or H.</source>
        <translation>Foutcorrectie: L, M (standaard), Q of H.</translation>
    </message>
    <message>
        <source>Smallest QR version to use, 1 to 40 (default: the smallest that fits).</source>
        <translation>Kleinste QR-versie om te gebruiken, 1 tot 40 (standaard: de kleinste die past).</translation>
    </message>
    <message>
        <source>Margin in modules (default 4).</source>
        <translation>Marge in modules (standaard 4).</translation>
    </message>
    <message>
        <source>Colour of the modules: #rrggbb, a name, or cmyk(c,m,y,k) in percent.</source>
        <translation>Kleur van de modules: #rrggbb, een naam, of cmyk(c,m,y,k) in procenten.</translation>
    </message>
    <message>
        <source>Background colour, or &quot;transparent&quot;.</source>
        <translation>Achtergrondkleur, of &quot;transparent&quot;.</translation>
    </message>
    <message>
        <source>square (default), rounded or dots.</source>
        <translation>square (standaard), rounded of dots.</translation>
    </message>
    <message>
        <source>The corner marks: square (default) or rounded.</source>
        <translation>De hoekmarkeringen: square (standaard) of rounded.</translation>
    </message>
    <message>
        <source>A PNG or SVG logo centred on the code (uses error correction H).</source>
        <translation>Een PNG- of SVG-logo midden op de code (gebruikt foutcorrectie H).</translation>
    </message>
    <message>
        <source>--%1 takes a number from %2 to %3.</source>
        <translation>--%1 accepteert een getal van %2 tot %3.</translation>
    </message>
    <message>
        <source>“%1” is not a colour.</source>
        <translation>“%1” is geen kleur.</translation>
    </message>
    <message>
        <source>--ecc takes L, M, Q or H.</source>
        <translation>--ecc accepteert L, M, Q of H.</translation>
    </message>
    <message>
        <source>--shape takes square, rounded or dots.</source>
        <translation>--shape accepteert square, rounded of dots.</translation>
    </message>
    <message>
        <source>--finder takes square or rounded.</source>
        <translation>--finder accepteert square of rounded.</translation>
    </message>
    <message>
        <source>--quiet-zone and --min-version take whole numbers.</source>
        <translation>--quiet-zone en --min-version accepteren gehele getallen.</translation>
    </message>
    <message>
        <source>png, svg, pdf or eps; by default from the file&apos;s extension.</source>
        <translation>png, svg, pdf of eps; standaard volgens de extensie van het bestand.</translation>
    </message>
    <message>
        <source>Printed width in millimetres, quiet zone included (default 30).</source>
        <translation>Afgedrukte breedte in millimeters, stille zone inbegrepen (standaard 30).</translation>
    </message>
    <message>
        <source>Size of one module in millimetres (instead of --size-mm).</source>
        <translation>Grootte van één module in millimeters (in plaats van --size-mm).</translation>
    </message>
    <message>
        <source>Resolution of PNG output (default 300).</source>
        <translation>Resolutie van PNG-uitvoer (standaard 300).</translation>
    </message>
    <message>
        <source>Text printed under the code.</source>
        <translation>Tekst die onder de code wordt afgedrukt.</translation>
    </message>
    <message>
        <source>CMYK output for print shops: PDF in DeviceCMYK, EPS in setcmykcolor; black is pure K.</source>
        <translation>CMYK-uitvoer voor drukkerijen: PDF in DeviceCMYK, EPS in setcmykcolor; zwart is puur K.</translation>
    </message>
    <message>
        <source>Name the file to write: -o FILE.</source>
        <translation>Geef het bestand op om te schrijven: -o BESTAND.</translation>
    </message>
    <message>
        <source>Choose a format: png, svg, pdf or eps (--format, or the file&apos;s extension).</source>
        <translation>Kies een indeling: png, svg, pdf of eps (--format, of de extensie van het bestand).</translation>
    </message>
    <message>
        <source>Give either --size-mm or --module-mm, not both.</source>
        <translation>Geef --size-mm of --module-mm op, niet allebei.</translation>
    </message>
    <message>
        <source>--cmyk is for PDF and EPS output.</source>
        <translation>--cmyk is voor PDF- en EPS-uitvoer.</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>Het PDF-bestand om te schrijven.</translation>
    </message>
    <message>
        <source>a4 (default) or letter.</source>
        <translation>a4 (standaard) of letter.</translation>
    </message>
    <message>
        <source>Columns x rows per page (default 4x6).</source>
        <translation>Kolommen x rijen per pagina (standaard 4x6).</translation>
    </message>
    <message>
        <source>Page margin in millimetres (default 10).</source>
        <translation>Paginamarge in millimeters (standaard 10).</translation>
    </message>
    <message>
        <source>Gap between labels in millimetres (default 4).</source>
        <translation>Ruimte tussen de labels in millimeters (standaard 4).</translation>
    </message>
    <message>
        <source>Leave the short URLs off the labels.</source>
        <translation>De korte URL&apos;s niet op de labels zetten.</translation>
    </message>
    <message>
        <source>Name the PDF to write: -o FILE.pdf.</source>
        <translation>Geef de PDF op om te schrijven: -o BESTAND.pdf.</translation>
    </message>
    <message>
        <source>--paper takes a4 or letter.</source>
        <translation>--paper accepteert a4 of letter.</translation>
    </message>
    <message>
        <source>--grid takes columns x rows, e.g. 4x6.</source>
        <translation>--grid accepteert kolommen x rijen, bijv. 4x6.</translation>
    </message>
    <message>
        <source>A link&apos;s back-half (its short URL is encoded), or any text or URL.</source>
        <translation>Het achtervoegsel van een link (zijn korte URL wordt gecodeerd), of willekeurige tekst of URL.</translation>
    </message>
    <message>
        <source>qr needs exactly one text, URL or back-half.</source>
        <translation>qr heeft precies één tekst, URL of achtervoegsel nodig.</translation>
    </message>
    <message>
        <source>Back-halves of the links to print.</source>
        <translation>Achtervoegsels van de links die moeten worden afgedrukt.</translation>
    </message>
    <message>
        <source>qr-sheet needs back-halves and an output file: qr-sheet SLUG... -o FILE.pdf</source>
        <translation>qr-sheet heeft achtervoegsels en een uitvoerbestand nodig: qr-sheet SLUG... -o BESTAND.pdf</translation>
    </message>
    <message>
        <source>There is no link “%1” on %2.</source>
        <translation>Er is geen link “%1” op %2.</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>deze computer</translation>
    </message>
    <message>
        <source>the service&apos;s website</source>
        <translation>de website van de dienst</translation>
    </message>
    <message>
        <source>%1 cannot list links through its API: only the links made with Linkdeck are listed.</source>
        <translation>%1 kan via zijn API geen links opsommen: alleen de links die met Linkdeck zijn gemaakt, worden getoond.</translation>
    </message>
    <message>
        <source>%1 cannot create links through its API; create it on %2.</source>
        <translation>%1 kan via zijn API geen links maken; maak hem op %2.</translation>
    </message>
    <message>
        <source>%1 cannot change links through its API; change it on %2.</source>
        <translation>%1 kan via zijn API geen links wijzigen; wijzig hem op %2.</translation>
    </message>
    <message>
        <source>%1 cannot change where a link leads through its API; change it on %2.</source>
        <translation>%1 kan via zijn API niet wijzigen waar een link naartoe gaat; wijzig het op %2.</translation>
    </message>
    <message>
        <source>%1 cannot change a link&apos;s title through its API; change it on %2.</source>
        <translation>%1 kan via zijn API de titel van een link niet wijzigen; wijzig hem op %2.</translation>
    </message>
    <message>
        <source>%1 cannot change a link&apos;s tags through its API; change them on %2.</source>
        <translation>%1 kan via zijn API de labels van een link niet wijzigen; wijzig ze op %2.</translation>
    </message>
    <message>
        <source>%1 cannot change a link&apos;s back-half; create a new link instead.</source>
        <translation>%1 kan het achtervoegsel van een link niet wijzigen; maak in plaats daarvan een nieuwe link.</translation>
    </message>
    <message>
        <source>%1 cannot delete links through its API; delete it on %2.</source>
        <translation>%1 kan via zijn API geen links verwijderen; verwijder hem op %2.</translation>
    </message>
    <message>
        <source>%1 cannot give a link a back-half of your choice; leave out --slug.</source>
        <translation>%1 kan een link geen achtervoegsel naar keuze geven; laat --slug weg.</translation>
    </message>
    <message>
        <source>%1 cannot give links a title through its API; leave out --title.</source>
        <translation>%1 kan links via zijn API geen titel geven; laat --title weg.</translation>
    </message>
    <message>
        <source>%1 cannot tag links through its API; leave out --tag.</source>
        <translation>%1 kan links via zijn API geen labels geven; laat --tag weg.</translation>
    </message>
    <message>
        <source>%1 cannot report clicks over time through its API; see them on %2.</source>
        <translation>%1 kan via zijn API geen klikken in de tijd geven; bekijk ze op %2.</translation>
    </message>
    <message>
        <source>Reading the links of “%1”: %2</source>
        <translation>De links van “%1” worden gelezen: %2</translation>
    </message>
    <message>
        <source>There is no link “%1” in the account “%2”.</source>
        <translation>Er is geen link “%1” in het account “%2”.</translation>
    </message>
    <message>
        <source>There is no link “%1” on %2 in the account “%3”.</source>
        <translation>Er is geen link “%1” op %2 in het account “%3”.</translation>
    </message>
    <message>
        <source>The account “%1” has several links whose back-half differs from “%2” only in case (%3): write the one you mean exactly.</source>
        <translation>Het account “%1” heeft meerdere links waarvan het achtervoegsel alleen in hoofdletters verschilt van “%2” (%3): schrijf precies de link die je bedoelt.</translation>
    </message>
    <message>
        <source>The account “%1” has a link “%2” on several domains (%3): choose one with --domain.</source>
        <translation>Het account “%1” heeft een link “%2” op meerdere domeinen (%3): kies er een met --domain.</translation>
    </message>
    <message>
        <source>First day, YYYY-MM-DD (default: 29 days before --to).</source>
        <translation>Eerste dag, JJJJ-MM-DD (standaard: 29 dagen vóór --to).</translation>
    </message>
    <message>
        <source>Last day, YYYY-MM-DD (default: today).</source>
        <translation>Laatste dag, JJJJ-MM-DD (standaard: vandaag).</translation>
    </message>
    <message>
        <source>hour, day, week or month (default: chosen for the range).</source>
        <translation>hour, day, week of month (standaard: gekozen volgens de periode).</translation>
    </message>
    <message>
        <source>Time zone of the buckets, e.g. Europe/Berlin (default: this computer&apos;s).</source>
        <translation>Tijdzone van de intervallen, bijv. Europe/Amsterdam (standaard: die van deze computer).</translation>
    </message>
    <message>
        <source>json (default) or csv.</source>
        <translation>json (standaard) of csv.</translation>
    </message>
    <message>
        <source>Count visits by bots too (this computer&apos;s links only).</source>
        <translation>Ook bezoeken van bots tellen (alleen links op deze computer).</translation>
    </message>
    <message>
        <source>The link&apos;s domain (default: the account&apos;s, or the only one with SLUG).</source>
        <translation>Het domein van de link (standaard: dat van het account, of het enige met SLUG).</translation>
    </message>
    <message>
        <source>The account of the link or campaign (default: a link of This computer, a campaign in every account).</source>
        <translation>Het account van de link of campagne (standaard: een link van Deze computer, een campagne in elk account).</translation>
    </message>
    <message>
        <source>A link&apos;s back-half, or a campaign (utm_campaign or tag).</source>
        <translation>Het achtervoegsel van een link, of een campagne (utm_campaign of label).</translation>
    </message>
    <message>
        <source>Unknown time zone “%1”.</source>
        <translation>Onbekende tijdzone “%1”.</translation>
    </message>
    <message>
        <source>Give dates as YYYY-MM-DD, with --from not after --to.</source>
        <translation>Geef datums als JJJJ-MM-DD, met --from niet na --to.</translation>
    </message>
    <message>
        <source>Unknown format “%1”: use json or csv.</source>
        <translation>Onbekende indeling “%1”: gebruik json of csv.</translation>
    </message>
    <message>
        <source>--unit takes hour, day, week or month.</source>
        <translation>--unit accepteert hour, day, week of month.</translation>
    </message>
    <message>
        <source>There is no link “%1” and no campaign or tag of that name in the account “%2”.</source>
        <translation>Er is geen link “%1” en geen campagne of label met die naam in het account “%2”.</translation>
    </message>
    <message>
        <source>There is no link “%1” and no campaign or tag of that name.</source>
        <translation>Er is geen link “%1” en geen campagne of label met die naam.</translation>
    </message>
    <message>
        <source>There are no figures for “%1” in this period.</source>
        <translation>Er zijn geen cijfers voor “%1” in deze periode.</translation>
    </message>
    <message>
        <source>--variant and --no-split cannot be given together.</source>
        <translation>--variant en --no-split kunnen niet samen worden opgegeven.</translation>
    </message>
    <message>
        <source>--variant takes an address and its share of the visitors in percent, as in --variant https://shop.example/b=30.</source>
        <translation>--variant accepteert een adres en zijn aandeel bezoekers in procenten, zoals in --variant https://shop.example/b=30.</translation>
    </message>
    <message>
        <source>An A/B split: another destination and its share of the visitors in percent (URL=PERCENT); repeat for up to nine. URL keeps the rest (this computer&apos;s links only).</source>
        <translation>Een A/B-verdeling: een andere bestemming en haar aandeel bezoekers in procenten (URL=PROCENT); herhaal voor maximaal negen. URL krijgt de rest (alleen links op deze computer).</translation>
    </message>
    <message>
        <source>An A/B split, replacing the link&apos;s: another destination and its share of the visitors in percent (URL=PERCENT); repeat for up to nine. The link&apos;s destination keeps the rest.</source>
        <translation>Een A/B-verdeling die die van de link vervangt: een andere bestemming en haar aandeel bezoekers in procenten (URL=PROCENT); herhaal voor maximaal negen. De bestemming van de link krijgt de rest.</translation>
    </message>
    <message>
        <source>Removes the A/B split: every visitor goes to the destination.</source>
        <translation>Verwijdert de A/B-verdeling: elke bezoeker gaat naar de bestemming.</translation>
    </message>
    <message>
        <source>A/B split</source>
        <translation>A/B-verdeling</translation>
    </message>
    <message>
        <source>Counts the clicks of a link or a campaign: on this computer, and as the link services count them; with --account, the link or campaign of that account only. &quot;variants&quot; gives a link&apos;s A/B split: each destination&apos;s clicks and whether the difference is significant.</source>
        <translation>Telt de klikken van een link of campagne: op deze computer, en zoals de linkdiensten ze tellen; met --account alleen de link of campagne van dat account. &quot;variants&quot; geeft de A/B-verdeling van een link: de klikken per bestemming en of het verschil significant is.</translation>
    </message>
    <message>
        <source>clicks, countries, referrers, devices, browsers, os or variants.</source>
        <translation>clicks, countries, referrers, devices, browsers, os of variants.</translation>
    </message>
    <message>
        <source>stats needs what to count (clicks, countries, referrers, devices, browsers, os or variants) and a back-half or campaign.</source>
        <translation>stats heeft nodig wat er geteld moet worden (clicks, countries, referrers, devices, browsers, os of variants) en een achtervoegsel of campagne.</translation>
    </message>
    <message>
        <source>There is no link “%1”; variants are a link&apos;s, not a campaign&apos;s.</source>
        <translation>Er is geen link “%1”; varianten horen bij een link, niet bij een campagne.</translation>
    </message>
    <message>
        <source>The link “%1” has no A/B split.</source>
        <translation>De link “%1” heeft geen A/B-verdeling.</translation>
    </message>
    <message>
        <source>Rule %1: %2</source>
        <translation>Regel %1: %2</translation>
    </message>
    <message>
        <source>A targeting rule, &quot;CONDITIONS -&gt; URL&quot;, e.g. &quot;device=ios -&gt; https://apps.apple.com/app/id1&quot; or &quot;language=de, country=AT -&gt; https://shop.example/at&quot; (device, language, country, city, browser, ip, before, after, param:NAME=VALUE); repeat for several, the first that matches wins.</source>
        <translation>Een targetingregel, &quot;VOORWAARDEN -&gt; URL&quot;, bijv. &quot;device=ios -&gt; https://apps.apple.com/app/id1&quot; of &quot;language=de, country=AT -&gt; https://shop.example/at&quot; (device, language, country, city, browser, ip, before, after, param:NAAM=WAARDE); herhaal voor meerdere, de eerste die past wint.</translation>
    </message>
    <message>
        <source>The link %1 was created, but not its rules: %2</source>
        <translation>De link %1 is gemaakt, maar zijn regels niet: %2</translation>
    </message>
    <message>
        <source>A targeting rule, &quot;CONDITIONS -&gt; URL&quot;, replacing the link&apos;s rules; repeat for several (see links create).</source>
        <translation>Een targetingregel, &quot;VOORWAARDEN -&gt; URL&quot;, die de regels van de link vervangt; herhaal voor meerdere (zie links create).</translation>
    </message>
    <message>
        <source>Removes the link&apos;s targeting rules.</source>
        <translation>Verwijdert de targetingregels van de link.</translation>
    </message>
    <message>
        <source>--rule and --no-rules cannot be given together.</source>
        <translation>--rule en --no-rules kunnen niet samen worden opgegeven.</translation>
    </message>
    <message>
        <source>links update needs something to change: --url, --title, --tag, --new-slug, a limit (--starts, --expires, --max-clicks, --fallback or their --no- options), --password-stdin, --no-password, a --preview- option, --no-preview, --variant, --no-split, --rule or --no-rules.</source>
        <translation>links update heeft iets te wijzigen nodig: --url, --title, --tag, --new-slug, een limiet (--starts, --expires, --max-clicks, --fallback of hun --no-opties), --password-stdin, --no-password, een --preview-optie, --no-preview, --variant, --no-split, --rule of --no-rules.</translation>
    </message>
    <message>
        <source>The link was changed, but not its rules: %1</source>
        <translation>De link is gewijzigd, maar zijn regels niet: %1</translation>
    </message>
    <message>
        <source>Rules: could not be read: %1</source>
        <translation>Regels: kunnen niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>Rules: none</source>
        <translation>Regels: geen</translation>
    </message>
    <message>
        <source>Also write each link&apos;s clicks by country, referrer, device, browser and operating system, most first, as the statistics count them (bots left out).</source>
        <translation>Schrijf ook de klikken van elke link per land, verwijzer, apparaat, browser en besturingssysteem, de meeste eerst, geteld zoals de statistieken tellen (zonder bots).</translation>
    </message>
    <message>
        <source>%1 of %2 links written</source>
        <translation>%1 van %2 links geschreven</translation>
    </message>
</context>
<context>
    <name>Linkdeck::ClickSeriesModel</name>
    <message>
        <source>Start</source>
        <translation>Begin</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Klikken</translation>
    </message>
</context>
<context>
    <name>Linkdeck::CuttlyProvider</name>
    <message>
        <source>Cuttly did not accept the API key of “%1”. Check it in Preferences &gt; Accounts.</source>
        <translation>Cuttly heeft de API-sleutel van “%1” niet geaccepteerd. Controleer hem bij Voorkeuren &gt; Accounts.</translation>
    </message>
    <message>
        <source>The Cuttly plan of “%1” allows only a few requests a minute. Linkdeck will try again shortly; wait a minute if it fails.</source>
        <translation>Het Cuttly-abonnement van “%1” staat maar een paar verzoeken per minuut toe. Linkdeck probeert het zo opnieuw; wacht een minuut als het mislukt.</translation>
    </message>
    <message>
        <source>This address is already a Cuttly short link.</source>
        <translation>Dit adres is al een korte link van Cuttly.</translation>
    </message>
    <message>
        <source>Cuttly says the destination is not a valid web address.</source>
        <translation>Cuttly meldt dat de bestemming geen geldig webadres is.</translation>
    </message>
    <message>
        <source>This back-half is already used on Cuttly. Choose another one.</source>
        <translation>Dit achtervoegsel wordt al gebruikt bij Cuttly. Kies een ander.</translation>
    </message>
    <message>
        <source>Cuttly did not accept the API key. Check it in Preferences &gt; Accounts.</source>
        <translation>Cuttly heeft de API-sleutel niet geaccepteerd. Controleer hem bij Voorkeuren &gt; Accounts.</translation>
    </message>
    <message>
        <source>Cuttly accepts only letters, digits, “-” and “_” in a back-half.</source>
        <translation>Cuttly accepteert in een achtervoegsel alleen letters, cijfers, “-” en “_”.</translation>
    </message>
    <message>
        <source>Cuttly blocks links to this destination&apos;s domain.</source>
        <translation>Cuttly blokkeert links naar het domein van deze bestemming.</translation>
    </message>
    <message>
        <source>Your Cuttly plan&apos;s monthly link limit is reached.</source>
        <translation>De maandelijkse linklimiet van je Cuttly-abonnement is bereikt.</translation>
    </message>
    <message>
        <source>Cuttly sent a reply Linkdeck could not understand. Try again later.</source>
        <translation>Cuttly stuurde een antwoord dat Linkdeck niet begrijpt. Probeer het later opnieuw.</translation>
    </message>
    <message>
        <source>Cuttly checks the back-half when the link is created.</source>
        <translation>Cuttly controleert het achtervoegsel bij het maken van de link.</translation>
    </message>
    <message>
        <source>Cuttly does not know this link any more.</source>
        <translation>Cuttly kent deze link niet meer.</translation>
    </message>
    <message>
        <source>Cuttly&apos;s API cannot change a link. Edit it on cutt.ly.</source>
        <translation>De API van Cuttly kan een link niet wijzigen. Bewerk hem op cutt.ly.</translation>
    </message>
    <message>
        <source>Cuttly&apos;s API cannot delete a link. Delete it on cutt.ly.</source>
        <translation>De API van Cuttly kan een link niet verwijderen. Verwijder hem op cutt.ly.</translation>
    </message>
    <message>
        <source>Cuttly&apos;s API cannot list links; Linkdeck shows the ones made here.</source>
        <translation>De API van Cuttly kan geen links opsommen; Linkdeck toont de links die hier zijn gemaakt.</translation>
    </message>
    <message>
        <source>Cuttly gives a link&apos;s total clicks only, not clicks over time.</source>
        <translation>Cuttly geeft alleen het totale aantal klikken van een link, geen klikken in de tijd.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Database</name>
    <message>
        <source>The link database “%1” is damaged (SQLite found errors in it); restore a backup.</source>
        <translation>De linkdatabase “%1” is beschadigd (SQLite heeft er fouten in gevonden); zet een back-up terug.</translation>
    </message>
    <message>
        <source>“%1” is not a Linkdeck database: it is not an SQLite file. Move it away, or choose another folder for Linkdeck&apos;s data.</source>
        <translation>“%1” is geen Linkdeck-database: het is geen SQLite-bestand. Verplaats het, of kies een andere map voor de gegevens van Linkdeck.</translation>
    </message>
    <message>
        <source>The link database “%1” cannot be opened for writing: the file or its folder is read-only, or the folder cannot be created. Choose a folder you may write to, or change its permissions.</source>
        <translation>De linkdatabase “%1” kan niet worden geopend om te schrijven: het bestand of de map is alleen-lezen, of de map kan niet worden gemaakt. Kies een map waarin je mag schrijven, of wijzig de rechten.</translation>
    </message>
    <message>
        <source>The link database “%1” cannot be written: the disk is full. Free some space and try again.</source>
        <translation>De linkdatabase “%1” kan niet worden geschreven: de schijf is vol. Maak ruimte vrij en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>The link database “%1” could not be read or written (an input/output error): check the disk.</source>
        <translation>De linkdatabase “%1” kon niet worden gelezen of geschreven (een invoer-/uitvoerfout): controleer de schijf.</translation>
    </message>
    <message>
        <source>The link database “%1” is busy in another program; try again in a moment.</source>
        <translation>De linkdatabase “%1” is bezet door een ander programma; probeer het zo opnieuw.</translation>
    </message>
    <message>
        <source>Could not open the link database “%1”.</source>
        <translation>De linkdatabase “%1” kan niet worden geopend.</translation>
    </message>
    <message>
        <source>The disk is full: free some space and try again. Nothing was lost.</source>
        <translation>De schijf is vol: maak ruimte vrij en probeer het opnieuw. Er is niets verloren.</translation>
    </message>
    <message>
        <source>The database file cannot be written (it is read-only).</source>
        <translation>Het databasebestand kan niet worden geschreven (het is alleen-lezen).</translation>
    </message>
    <message>
        <source>The database is busy in another program; try again in a moment.</source>
        <translation>De database is bezet door een ander programma; probeer het zo opnieuw.</translation>
    </message>
    <message>
        <source>The link database is damaged; restore a backup.</source>
        <translation>De linkdatabase is beschadigd; zet een back-up terug.</translation>
    </message>
    <message>
        <source>The link database “%1” was written by a newer version of Linkdeck. Update Linkdeck to open it.</source>
        <translation>De linkdatabase “%1” is geschreven door een nieuwere versie van Linkdeck. Werk Linkdeck bij om hem te openen.</translation>
    </message>
    <message>
        <source>Could not back up the link database before updating it.</source>
        <translation>Er kon geen back-up van de linkdatabase worden gemaakt voordat hij werd bijgewerkt.</translation>
    </message>
    <message>
        <source>Could not update the link database.</source>
        <translation>De linkdatabase kan niet worden bijgewerkt.</translation>
    </message>
    <message>
        <source>Could not update the link database to version %1. It was left as it was.</source>
        <translation>De linkdatabase kan niet naar versie %1 worden bijgewerkt. Hij is gelaten zoals hij was.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::AccountDialog</name>
    <message>
        <source>Default domain</source>
        <translation>Standaarddomein</translation>
    </message>
    <message>
        <source>Show the token</source>
        <translation>Token tonen</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Toevoegen</translation>
    </message>
    <message>
        <source>Edit Account</source>
        <translation>Account bewerken</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Opslaan</translation>
    </message>
    <message>
        <source>unchanged (kept until you quit)</source>
        <translation>ongewijzigd (bewaard tot je afsluit)</translation>
    </message>
    <message>
        <source>This computer has no keychain: the token is kept only until Linkdeck quits, not in Linkdeck&apos;s files.</source>
        <translation>Deze computer heeft geen sleutelbos: het token wordt alleen bewaard tot Linkdeck wordt afgesloten, niet in de bestanden van Linkdeck.</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>ongewijzigd</translation>
    </message>
    <message>
        <source>unchanged (kept in the keychain)</source>
        <translation>ongewijzigd (bewaard in de sleutelbos)</translation>
    </message>
    <message>
        <source>not kept: type the token</source>
        <translation>niet bewaard: typ het token</translation>
    </message>
    <message>
        <source>not in the keychain: type the token</source>
        <translation>niet in de sleutelbos: typ het token</translation>
    </message>
    <message>
        <source>This computer has no keychain, so the token was not kept after Linkdeck quit.</source>
        <translation>Deze computer heeft geen sleutelbos, dus het token is na het afsluiten van Linkdeck niet bewaard.</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>Server&amp;adres:</translation>
    </message>
    <message>
        <source>API &amp;address:</source>
        <translation>API-&amp;adres:</translation>
    </message>
    <message>
        <source>https://s.example.com</source>
        <translation>https://s.example.com</translation>
    </message>
    <message>
        <source>the service&apos;s own (leave empty)</source>
        <translation>dat van de dienst (leeg laten)</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Groep:</translation>
    </message>
    <message>
        <source>&amp;Workspace:</source>
        <translation>&amp;Werkruimte:</translation>
    </message>
    <message>
        <source>the account&apos;s default group</source>
        <translation>de standaardgroep van het account</translation>
    </message>
    <message>
        <source>none (the main workspace)</source>
        <translation>geen (de hoofdwerkruimte)</translation>
    </message>
    <message>
        <source>Give the account a name.</source>
        <translation>Geef het account een naam.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinden…</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>Verbonden.</translation>
    </message>
    <message numerus="yes">
        <source>Connected. %n domain(s) available.</source>
        <translation>
            <numerusform>Verbonden. %n domein beschikbaar.</numerusform>
            <numerusform>Verbonden. %n domeinen beschikbaar.</numerusform>
        </translation>
    </message>
    <message>
        <source>No Keychain</source>
        <translation>Geen sleutelbos</translation>
    </message>
    <message>
        <source>%1

Linkdeck can use the token until you quit, without saving it anywhere. You will be asked for it again next time.</source>
        <translation>%1

Linkdeck kan het token gebruiken tot je afsluit, zonder het ergens op te slaan. De volgende keer wordt er opnieuw om gevraagd.</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <source>The account has changes that are not saved. Save them?</source>
        <translation>Het account heeft wijzigingen die niet zijn opgeslagen. Opslaan?</translation>
    </message>
    <message>
        <source>The account has changes that are not saved, and they cannot be saved as they are. Discard them?</source>
        <translation>Het account heeft wijzigingen die niet zijn opgeslagen en zo niet kunnen worden opgeslagen. Verwerpen?</translation>
    </message>
    <message>
        <source>Account Not Added</source>
        <translation>Account niet toegevoegd</translation>
    </message>
    <message>
        <source>The account has not been added yet. Add it now?</source>
        <translation>Het account is nog niet toegevoegd. Nu toevoegen?</translation>
    </message>
    <message>
        <source>The account has not been added, and it cannot be added as it is. Discard what you typed?</source>
        <translation>Het account is niet toegevoegd en kan zo niet worden toegevoegd. Wat u hebt getypt verwerpen?</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::AccountsPage</name>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Naam</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>Default domain</source>
        <translation>Standaarddomein</translation>
    </message>
    <message>
        <source>Last synchronised</source>
        <translation>Laatst gesynchroniseerd</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Toevoegen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bewerken…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Verbinding te&amp;sten</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nooit</translation>
    </message>
    <message>
        <source>%1 cannot list an account&apos;s links: Linkdeck shows the ones made here and updates their clicks.</source>
        <translation>%1 kan de links van een account niet opsommen: Linkdeck toont de links die hier zijn gemaakt en werkt hun klikken bij.</translation>
    </message>
    <message>
        <source>“%1” was added. Its links appear in the main window after the next sync.</source>
        <translation>“%1” is toegevoegd. De links ervan verschijnen na de volgende synchronisatie in het hoofdvenster.</translation>
    </message>
    <message>
        <source>Remove Account</source>
        <translation>Account verwijderen</translation>
    </message>
    <message>
        <source>Remove “%1” from Linkdeck? Its links stay on %2; Linkdeck forgets its copy of them and its token.</source>
        <translation>“%1” uit Linkdeck verwijderen? De links blijven op %2; Linkdeck vergeet zijn kopie ervan en het token.</translation>
    </message>
    <message>
        <source>the Shlink server</source>
        <translation>de Shlink-server</translation>
    </message>
    <message>
        <source>the service</source>
        <translation>de dienst</translation>
    </message>
    <message>
        <source>“%1” was removed.</source>
        <translation>“%1” is verwijderd.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinden…</translation>
    </message>
    <message>
        <source>Connected: the token works.</source>
        <translation>Verbonden: het token werkt.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::CampaignDialog</name>
    <message>
        <source>New Campaign</source>
        <translation>Nieuwe campagne</translation>
    </message>
    <message>
        <source>&amp;Campaign:</source>
        <translation>&amp;Campagne:</translation>
    </message>
    <message>
        <source>spring-sale</source>
        <translation>voorjaarsactie</translation>
    </message>
    <message>
        <source>https://shop.example/spring
(one address per line)</source>
        <translation>https://shop.example/voorjaar
(één adres per regel)</translation>
    </message>
    <message>
        <source>&amp;Destinations:</source>
        <translation>&amp;Bestemmingen:</translation>
    </message>
    <message>
        <source>&amp;Sources:</source>
        <translation>B&amp;ronnen:</translation>
    </message>
    <message>
        <source>newsletter, facebook, linkedin</source>
        <translation>newsletter, facebook, linkedin</translation>
    </message>
    <message>
        <source>&amp;Mediums:</source>
        <translation>&amp;Media:</translation>
    </message>
    <message>
        <source>email, social, print</source>
        <translation>email, social, print</translation>
    </message>
    <message>
        <source>C&amp;ontents:</source>
        <translation>&amp;Inhoud:</translation>
    </message>
    <message>
        <source>optional: hero, footer</source>
        <translation>optioneel: hero, footer</translation>
    </message>
    <message>
        <source>&amp;Back-halves:</source>
        <translation>&amp;Achtervoegsels:</translation>
    </message>
    <message>
        <source>Made of {campaign}, {source}, {medium}, {content}, {term}, {page} (the destination&apos;s last part) and {n} (1, 2, 3, …)</source>
        <translation>Gemaakt van {campaign}, {source}, {medium}, {content}, {term}, {page} (het laatste deel van de bestemming) en {n} (1, 2, 3, …)</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Labels:</translation>
    </message>
    <message>
        <source>optional: spring, 2027</source>
        <translation>optioneel: voorjaar, 2027</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>Acc&amp;ount:</translation>
    </message>
    <message>
        <source>Links of the campaign</source>
        <translation>Links van de campagne</translation>
    </message>
    <message>
        <source>Back-half</source>
        <translation>Achtervoegsel</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Bestemming</translation>
    </message>
    <message>
        <source>Create Links</source>
        <translation>Links maken</translation>
    </message>
    <message>
        <source>&amp;QR Codes…</source>
        <translation>&amp;QR-codes…</translation>
    </message>
    <message>
        <source>&amp;Print Labels…</source>
        <translation>Labels af&amp;drukken…</translation>
    </message>
    <message numerus="yes">
        <source>Create %Ln Link(s)</source>
        <translation>
            <numerusform>%Ln link maken</numerusform>
            <numerusform>%Ln links maken</numerusform>
        </translation>
    </message>
    <message>
        <source>Linkdeck cannot use this account.</source>
        <translation>Linkdeck kan dit account niet gebruiken.</translation>
    </message>
    <message>
        <source>Creating the links…</source>
        <translation>De links worden gemaakt…</translation>
    </message>
    <message>
        <source>Links Not Created</source>
        <translation>Links niet gemaakt</translation>
    </message>
    <message>
        <source>The campaign&apos;s links have not been created yet. Create them now?</source>
        <translation>De links van de campagne zijn nog niet gemaakt. Nu maken?</translation>
    </message>
    <message>
        <source>The campaign&apos;s links have not been created, and they cannot be created as they are. Discard what you typed?</source>
        <translation>De links van de campagne zijn niet gemaakt en kunnen zo niet worden gemaakt. Wat u hebt getypt verwerpen?</translation>
    </message>
    <message>
        <source>Stopped: %1 created. Press “%2” to make the rest; links already made are not made twice.</source>
        <translation>Gestopt: %1 gemaakt. Druk op ‘%2’ om de rest te maken; links die al bestaan worden niet dubbel gemaakt.</translation>
    </message>
    <message>
        <source>Stop Creating Links?</source>
        <translation>Stoppen met links maken?</translation>
    </message>
    <message>
        <source>%1 of %2 links are done so far. Stop now? The links already made stay, and this window lists them.</source>
        <translation>%1 van %2 links zijn tot nu toe klaar. Nu stoppen? De links die al gemaakt zijn blijven, en dit venster toont ze.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Keep Creating</source>
        <translation>Doorgaan</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Bezig met stoppen…</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::DetailPane</name>
    <message>
        <source>Select a link to see its details.</source>
        <translation>Selecteer een link om de details te zien.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiëren</translation>
    </message>
    <message>
        <source>Copy the short link to the clipboard</source>
        <translation>De korte link naar het klembord kopiëren</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <source>Open the short link in the web browser</source>
        <translation>De korte link in de webbrowser openen</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Bewerken…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Redirect Rules…</source>
        <translation>Doorverwijsregels…</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Bestemming</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>Tracking</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Klikken</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Gemaakt</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Gewijzigd</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Limieten</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>QR Code…</source>
        <translation>QR-code…</translation>
    </message>
    <message>
        <source>Make a print-ready QR code of this link</source>
        <translation>Een drukklare QR-code van deze link maken</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <source>source: %1</source>
        <translation>bron: %1</translation>
    </message>
    <message>
        <source>medium: %1</source>
        <translation>medium: %1</translation>
    </message>
    <message>
        <source>term: %1</source>
        <translation>term: %1</translation>
    </message>
    <message>
        <source>content: %1</source>
        <translation>inhoud: %1</translation>
    </message>
    <message>
        <source>starts %1</source>
        <translation>begint %1</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>verloopt %1</translation>
    </message>
    <message numerus="yes">
        <source>at most %n click(s)</source>
        <translation>
            <numerusform>hoogstens %n klik</numerusform>
            <numerusform>hoogstens %n klikken</numerusform>
        </translation>
    </message>
    <message>
        <source>then goes to %1</source>
        <translation>gaat daarna naar %1</translation>
    </message>
    <message>
        <source>password-protected: visitors type a password first</source>
        <translation>met wachtwoord: bezoekers typen eerst een wachtwoord</translation>
    </message>
    <message numerus="yes">
        <source>%Ln link(s) selected</source>
        <translation>
            <numerusform>%Ln link geselecteerd</numerusform>
            <numerusform>%Ln links geselecteerd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln click(s) together</source>
        <translation>
            <numerusform>%Ln klik samen</numerusform>
            <numerusform>%Ln klikken samen</numerusform>
        </translation>
    </message>
    <message>
        <source>A/B split</source>
        <translation>A/B-verdeling</translation>
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
        <translation>Links exporteren</translation>
    </message>
    <message>
        <source>The links the table shows, with every field and their clicks. A file ending in .csv opens in Excel as it is; .xlsx is an Excel workbook, .json is for other programs.</source>
        <translation>De links die de tabel toont, met alle velden en hun klikken. Een bestand dat eindigt op .csv opent zo in Excel; .xlsx is een Excel-werkmap, .json is voor andere programma&apos;s.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>B&amp;laderen…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Bestand:</translation>
    </message>
    <message>
        <source>&amp;Include each link&apos;s countries, referrers and devices</source>
        <translation>Landen, verwijzers en apparaten van elke link &amp;opnemen</translation>
    </message>
    <message>
        <source>One column each for countries, referrers, devices, browsers and operating systems, most clicks first, as the statistics count them. A link of another service has them once its statistics were shown from its first day to today.</source>
        <translation>Eén kolom elk voor landen, verwijzers, apparaten, browsers en besturingssystemen, de meeste klikken eerst, geteld zoals de statistieken tellen. Een link van een andere dienst heeft ze zodra de statistieken ervan van de eerste dag tot vandaag zijn getoond.</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporteren</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv);;Excel workbook (*.xlsx);;JSON (*.json)</source>
        <translation>CSV voor Excel (*.csv);;Excel-werkmap (*.xlsx);;JSON (*.json)</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::GettingStartedDialog</name>
    <message>
        <source>Getting Started with Linkdeck</source>
        <translation>Aan de slag met Linkdeck</translation>
    </message>
    <message>
        <source>Getting started guide</source>
        <translation>Handleiding om te beginnen</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Aan de slag</translation>
    </message>
    <message>
        <source>1. Create a short link</source>
        <translation>1. Een korte link maken</translation>
    </message>
    <message>
        <source>Press %1 (File &gt; New Link), paste the address your link should open and choose a back-half, such as &lt;i&gt;spring-sale&lt;/i&gt;. Links on “This computer” are served by Linkdeck&apos;s own link server, shown under the sidebar.</source>
        <translation>Druk op %1 (Bestand &gt; Nieuwe link), plak het adres dat je link moet openen en kies een achtervoegsel, zoals &lt;i&gt;voorjaarsactie&lt;/i&gt;. Links op “Deze computer” worden aangeboden door de eigen linkserver van Linkdeck, die onder de zijbalk staat.</translation>
    </message>
    <message>
        <source>2. Or connect a link service</source>
        <translation>2. Of een linkdienst koppelen</translation>
    </message>
    <message>
        <source>In File &gt; Accounts, add your Bitly, Rebrandly, Shlink or Cuttly account with its API token. Its links appear in the table, and new links can be made there too. Tokens stay in your system&apos;s keychain.</source>
        <translation>Voeg bij Bestand &gt; Accounts je Bitly-, Rebrandly-, Shlink- of Cuttly-account toe met het API-token. De links ervan verschijnen in de tabel, en je kunt er ook nieuwe links maken. Tokens blijven in de sleutelbos van je systeem.</translation>
    </message>
    <message>
        <source>3. Track a campaign</source>
        <translation>3. Een campagne volgen</translation>
    </message>
    <message>
        <source>In New Link, fill in the tracking fields (source, medium, campaign). The sidebar then lists the campaign; choose it and press %1 to see its clicks over time, countries, referrers and devices.</source>
        <translation>Vul bij Nieuwe link de trackingvelden in (bron, medium, campagne). De zijbalk toont dan de campagne; kies haar en druk op %1 om de klikken in de tijd, landen, verwijzers en apparaten te zien.</translation>
    </message>
    <message>
        <source>4. Print a QR code</source>
        <translation>4. Een QR-code afdrukken</translation>
    </message>
    <message>
        <source>Select a link and press %1 for the QR studio: size in millimetres, colours, a logo, and export for print (PDF, SVG, EPS). %2 prints the selected links as labels.</source>
        <translation>Selecteer een link en druk op %1 voor de QR-studio: grootte in millimeters, kleuren, een logo en export voor drukwerk (PDF, SVG, EPS). %2 drukt de geselecteerde links af als labels.</translation>
    </message>
    <message>
        <source>Working with the keyboard</source>
        <translation>Werken met het toetsenbord</translation>
    </message>
    <message>
        <source>%1 moves between the sidebar, the links and the details, and Tab within them. %2 finds a link, Esc clears the filter, %3 copies the selected short link.</source>
        <translation>%1 wisselt tussen de zijbalk, de links en de details, en Tab beweegt daarbinnen. %2 zoekt een link, Esc wist het filter, %3 kopieert de geselecteerde korte link.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::ImportWizard</name>
    <message>
        <source>Row</source>
        <translation>Rij</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Oordeel</translation>
    </message>
    <message>
        <source>Short link</source>
        <translation>Korte link</translation>
    </message>
    <message>
        <source>Destination or reason</source>
        <translation>Bestemming of reden</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Rijen</translation>
    </message>
    <message>
        <source>Choose a File</source>
        <translation>Kies een bestand</translation>
    </message>
    <message>
        <source>A spreadsheet saved as CSV or Unicode text, a JSON file, or an export of Bitly, Rebrandly, Shlink, YOURLS or Kutt.</source>
        <translation>Een spreadsheet opgeslagen als CSV of Unicode-tekst, een JSON-bestand, of een export van Bitly, Rebrandly, Shlink, YOURLS of Kutt.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>B&amp;laderen…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Bestand:</translation>
    </message>
    <message>
        <source>&amp;Into:</source>
        <translation>&amp;Naar:</translation>
    </message>
    <message>
        <source>Skip the row</source>
        <translation>De rij overslaan</translation>
    </message>
    <message>
        <source>Use the next free back-half</source>
        <translation>Het volgende vrije achtervoegsel gebruiken</translation>
    </message>
    <message>
        <source>Point the existing link to the row&apos;s destination</source>
        <translation>De bestaande link naar de bestemming van de rij sturen</translation>
    </message>
    <message>
        <source>When a back-half is &amp;taken:</source>
        <translation>Als een achtervoegsel be&amp;zet is:</translation>
    </message>
    <message>
        <source>Import Links</source>
        <translation>Links importeren</translation>
    </message>
    <message>
        <source>Tables of links (*.csv *.tsv *.txt *.json);;All files (*)</source>
        <translation>Tabellen met links (*.csv *.tsv *.txt *.json);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Check the Columns</source>
        <translation>Controleer de kolommen</translation>
    </message>
    <message>
        <source>Each column becomes what its menu says; choose “%1” to leave one out.</source>
        <translation>Elke kolom wordt wat het menu zegt; kies “%1” om er een weg te laten.</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolommen</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolom</translation>
    </message>
    <message>
        <source>Becomes</source>
        <translation>Wordt</translation>
    </message>
    <message>
        <source>First row</source>
        <translation>Eerste rij</translation>
    </message>
    <message>
        <source>%1, columns separated by “%2”.</source>
        <translation>%1, kolommen gescheiden door “%2”.</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tab</translation>
    </message>
    <message>
        <source>This looks like an export of %1.</source>
        <translation>Dit lijkt een export van %1.</translation>
    </message>
    <message>
        <source>Column %1 becomes</source>
        <translation>Kolom %1 wordt</translation>
    </message>
    <message>
        <source>Check Every Row</source>
        <translation>Controleer elke rij</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importeren</translation>
    </message>
    <message>
        <source>Nothing is made yet. Import makes the links marked “will create”.</source>
        <translation>Er is nog niets gemaakt. Importeren maakt de links die gemarkeerd zijn met “wordt gemaakt”.</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Stoppen</translation>
    </message>
    <message>
        <source>Save &amp;Report…</source>
        <translation>&amp;Rapport opslaan…</translation>
    </message>
    <message>
        <source>Save Import Report</source>
        <translation>Importrapport opslaan</translation>
    </message>
    <message>
        <source>import report.csv</source>
        <translation>importrapport.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importeren</translation>
    </message>
    <message>
        <source>Reading every row…</source>
        <translation>Elke rij wordt gelezen…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importeren…</translation>
    </message>
    <message>
        <source>Report saved in %1.</source>
        <translation>Rapport opgeslagen in %1.</translation>
    </message>
    <message>
        <source>Could not save the report: %1</source>
        <translation>Het rapport kan niet worden opgeslagen: %1</translation>
    </message>
    <message>
        <source>“%1” cannot be opened: %2</source>
        <translation>“%1” kan niet worden geopend: %2</translation>
    </message>
    <message>
        <source>Linkdeck cannot use this account.</source>
        <translation>Linkdeck kan dit account niet gebruiken.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::LinkCommands</name>
    <message>
        <source>Export Links</source>
        <translation>Links exporteren</translation>
    </message>
    <message>
        <source>links.csv</source>
        <translation>links.csv</translation>
    </message>
    <message>
        <source>Choose a file name ending in .csv, .xlsx or .json.</source>
        <translation>Kies een bestandsnaam die eindigt op .csv, .xlsx of .json.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln link(s) saved in %1.</source>
        <translation>
            <numerusform>%Ln link opgeslagen in %1.</numerusform>
            <numerusform>%Ln links opgeslagen in %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied %1 to the clipboard</source>
        <translation>%1 naar het klembord gekopieerd</translation>
    </message>
    <message>
        <source>Delete %1? People who open it will no longer reach %2.</source>
        <translation>%1 verwijderen? Wie hem opent, komt dan niet meer bij %2.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n link(s)? People who open them will no longer reach their destinations.</source>
        <translation>
            <numerusform>%n link verwijderen? Wie hem opent, komt dan niet meer bij de bestemming.</numerusform>
            <numerusform>%n links verwijderen? Wie ze opent, komt dan niet meer bij de bestemmingen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Links</source>
        <translation>Links verwijderen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>Verwijderd.</translation>
    </message>
    <message>
        <source>Some Links Were Not Deleted</source>
        <translation>Sommige links zijn niet verwijderd</translation>
    </message>
    <message>
        <source>Removed the redirect rules of %1</source>
        <translation>De doorverwijsregels van %1 zijn verwijderd</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n redirect rule(s) of %1</source>
        <translation>
            <numerusform>%n doorverwijsregel van %1 opgeslagen</numerusform>
            <numerusform>%n doorverwijsregels van %1 opgeslagen</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 opgeslagen</translation>
    </message>
    <message>
        <source>Labels Not Printed</source>
        <translation>Labels niet afgedrukt</translation>
    </message>
    <message>
        <source>Print QR Labels</source>
        <translation>QR-labels afdrukken</translation>
    </message>
    <message>
        <source>Exporting links…</source>
        <translation>Links exporteren…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>The file could not be written.</source>
        <translation>Het bestand kan niet worden geschreven.</translation>
    </message>
    <message>
        <source>Export stopped; no file was written.</source>
        <translation>Export gestopt; er is geen bestand geschreven.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::LinkDialog</name>
    <message>
        <source>New Link</source>
        <translation>Nieuwe link</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>Acc&amp;ount:</translation>
    </message>
    <message>
        <source>https://example.com/spring-sale</source>
        <translation>https://example.com/voorjaarsactie</translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation>&amp;Bestemming:</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domein</translation>
    </message>
    <message>
        <source>random</source>
        <translation>willekeurig</translation>
    </message>
    <message>
        <source>Back-half</source>
        <translation>Achtervoegsel</translation>
    </message>
    <message>
        <source>Short &amp;link:</source>
        <translation>&amp;Korte link:</translation>
    </message>
    <message>
        <source>Shown in your link list only</source>
        <translation>Alleen zichtbaar in je linklijst</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>Separate tags with commas, e.g. print, spring</source>
        <translation>Scheid labels met komma&apos;s, bijv. print, voorjaar</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>&amp;Labels:</translation>
    </message>
    <message>
        <source>Campaign trac&amp;king (UTM)</source>
        <translation>Cam&amp;pagnetracking (UTM)</translation>
    </message>
    <message>
        <source>Choose a preset…</source>
        <translation>Kies een sjabloon…</translation>
    </message>
    <message>
        <source>P&amp;reset:</source>
        <translation>S&amp;jabloon:</translation>
    </message>
    <message>
        <source>where the visitor comes from, e.g. newsletter</source>
        <translation>waar de bezoeker vandaan komt, bijv. newsletter</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>B&amp;ron:</translation>
    </message>
    <message>
        <source>the kind of channel, e.g. email</source>
        <translation>het soort kanaal, bijv. email</translation>
    </message>
    <message>
        <source>Med&amp;ium:</source>
        <translation>Medium:</translation>
    </message>
    <message>
        <source>e.g. spring-sale</source>
        <translation>bijv. voorjaarsactie</translation>
    </message>
    <message>
        <source>&amp;Campaign:</source>
        <translation>&amp;Campagne:</translation>
    </message>
    <message>
        <source>optional: paid search keyword</source>
        <translation>optioneel: betaald zoekwoord</translation>
    </message>
    <message>
        <source>Term:</source>
        <translation>T&amp;erm:</translation>
    </message>
    <message>
        <source>optional: which ad or button</source>
        <translation>optioneel: welke advertentie of knop</translation>
    </message>
    <message>
        <source>Co&amp;ntent:</source>
        <translation>In&amp;houd:</translation>
    </message>
    <message>
        <source>Use lower case (analytics tools count “Email” and “email” apart)</source>
        <translation>Gebruik kleine letters (analysetools tellen “Email” en “email” apart)</translation>
    </message>
    <message>
        <source>Final address</source>
        <translation>Uiteindelijk adres</translation>
    </message>
    <message>
        <source>Opens:</source>
        <translation>Opent:</translation>
    </message>
    <message>
        <source>Create Link</source>
        <translation>Link maken</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Limieten</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>Be&amp;gint:</translation>
    </message>
    <message>
        <source>Before this time the link is not active yet.</source>
        <translation>Vóór dit tijdstip is de link nog niet actief.</translation>
    </message>
    <message>
        <source>Start date and time</source>
        <translation>Begindatum en -tijd</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>Ein&amp;digt:</translation>
    </message>
    <message>
        <source>From this time on the link has ended.</source>
        <translation>Vanaf dit tijdstip is de link beëindigd.</translation>
    </message>
    <message>
        <source>End date and time</source>
        <translation>Einddatum en -tijd</translation>
    </message>
    <message>
        <source>At &amp;most:</source>
        <translation>Hoog&amp;stens:</translation>
    </message>
    <message>
        <source>After this many clicks the link has ended.</source>
        <translation>Na zoveel klikken is de link beëindigd.</translation>
    </message>
    <message>
        <source>Most clicks</source>
        <translation>Maximaal aantal klikken</translation>
    </message>
    <message>
        <source>clicks</source>
        <translation>klikken</translation>
    </message>
    <message>
        <source>empty: a page says the link has ended</source>
        <translation>leeg: een pagina meldt dat de link is beëindigd</translation>
    </message>
    <message>
        <source>Address after the end</source>
        <translation>Adres na het einde</translation>
    </message>
    <message>
        <source>T&amp;hen go to:</source>
        <translation>Daarna &amp;naar:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>W&amp;achtwoord:</translation>
    </message>
    <message>
        <source>Visitors must type this password before they are sent on.</source>
        <translation>Bezoekers moeten dit wachtwoord typen voordat ze worden doorgestuurd.</translation>
    </message>
    <message>
        <source>Password for visitors</source>
        <translation>Wachtwoord voor bezoekers</translation>
    </message>
    <message>
        <source>Social pre&amp;view</source>
        <translation>Voorbeeld op sociale &amp;media</translation>
    </message>
    <message>
        <source>What link previews show when the short link is pasted into LinkedIn, Facebook, X, Slack or a chat. People who click it are sent on as always.</source>
        <translation>Wat linkvoorbeelden tonen als de korte link in LinkedIn, Facebook, X, Slack of een chat wordt geplakt. Wie erop klikt, wordt zoals altijd doorgestuurd.</translation>
    </message>
    <message>
        <source>e.g. Spring sale: half price</source>
        <translation>bijv. Voorjaarsactie: halve prijs</translation>
    </message>
    <message>
        <source>one or two sentences</source>
        <translation>een of twee zinnen</translation>
    </message>
    <message>
        <source>https://… (1200 × 630 pixels suit most)</source>
        <translation>https://… (1200 × 630 pixels past bijna overal)</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titel:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Beschrijving:</translation>
    </message>
    <message>
        <source>Image address:</source>
        <translation>A&amp;fbeeldingsadres:</translation>
    </message>
    <message>
        <source>Preview card</source>
        <translation>Voorbeeldkaart</translation>
    </message>
    <message>
        <source>No image: a small card</source>
        <translation>Geen afbeelding: een kleine kaart</translation>
    </message>
    <message>
        <source>Image from %1</source>
        <translation>Afbeelding van %1</translation>
    </message>
    <message>
        <source>(no title yet)</source>
        <translation>(nog geen titel)</translation>
    </message>
    <message>
        <source>%1 cannot send visitors to another address after the end; only links on this computer can. Visitors see the service&apos;s own page.</source>
        <translation>%1 kan bezoekers na het einde niet naar een ander adres sturen; alleen links op deze computer kunnen dat. Bezoekers zien de eigen pagina van de dienst.</translation>
    </message>
    <message>
        <source>not possible with %1</source>
        <translation>niet mogelijk met %1</translation>
    </message>
    <message>
        <source>Times are in your time zone, %1.</source>
        <translation>Tijden zijn in je tijdzone, %1.</translation>
    </message>
    <message>
        <source>Protected (type a new password to change it)</source>
        <translation>Beveiligd (typ een nieuw wachtwoord om het te wijzigen)</translation>
    </message>
    <message>
        <source>the password visitors type</source>
        <translation>het wachtwoord dat bezoekers typen</translation>
    </message>
    <message>
        <source>Type the password visitors will need, or untick Password.</source>
        <translation>Typ het wachtwoord dat bezoekers nodig hebben, of vink Wachtwoord uit.</translation>
    </message>
    <message>
        <source>chosen by the service</source>
        <translation>gekozen door de dienst</translation>
    </message>
    <message>
        <source>Edit Link</source>
        <translation>Link bewerken</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Opslaan</translation>
    </message>
    <message>
        <source>This service does not allow changing the back-half of an existing link.</source>
        <translation>Deze dienst staat niet toe dat het achtervoegsel van een bestaande link wordt gewijzigd.</translation>
    </message>
    <message>
        <source>Will be saved as %1</source>
        <translation>Wordt opgeslagen als %1</translation>
    </message>
    <message>
        <source>An existing link needs a back-half.</source>
        <translation>Een bestaande link heeft een achtervoegsel nodig.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Controleren…</translation>
    </message>
    <message>
        <source>Could not check whether “%1” is free: %2</source>
        <translation>Kan niet controleren of “%1” vrij is: %2</translation>
    </message>
    <message>
        <source>“%1” is available.</source>
        <translation>“%1” is beschikbaar.</translation>
    </message>
    <message>
        <source>“%1” is already used on %2. Choose another back-half.</source>
        <translation>“%1” wordt al gebruikt op %2. Kies een ander achtervoegsel.</translation>
    </message>
    <message>
        <source>The link was saved, but not its password: %1</source>
        <translation>De link is opgeslagen, maar zijn wachtwoord niet: %1</translation>
    </message>
    <message>
        <source>The link was saved, but not its targeting rules: %1</source>
        <translation>De link is opgeslagen, maar zijn targetingregels niet: %1</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Niet-opgeslagen wijzigingen</translation>
    </message>
    <message>
        <source>The link has changes that are not saved. Save them?</source>
        <translation>De link heeft wijzigingen die niet zijn opgeslagen. Opslaan?</translation>
    </message>
    <message>
        <source>The link has changes that are not saved, and they cannot be saved as they are. Discard them?</source>
        <translation>De link heeft wijzigingen die niet zijn opgeslagen en zo niet kunnen worden opgeslagen. Verwerpen?</translation>
    </message>
    <message>
        <source>Link Not Created</source>
        <translation>Link niet gemaakt</translation>
    </message>
    <message>
        <source>The new link has not been created yet. Create it now?</source>
        <translation>De nieuwe link is nog niet gemaakt. Nu maken?</translation>
    </message>
    <message>
        <source>The new link has not been created, and it cannot be created as it is. Discard what you typed?</source>
        <translation>De nieuwe link is niet gemaakt en kan zo niet worden gemaakt. Wat u hebt getypt verwerpen?</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::LinkListView</name>
    <message>
        <source>Filter links</source>
        <translation>Links filteren</translation>
    </message>
    <message>
        <source>Filter by back-half, destination, title, tag or campaign</source>
        <translation>Filteren op achtervoegsel, bestemming, titel, label of campagne</translation>
    </message>
    <message>
        <source>Clear Filter</source>
        <translation>Filter wissen</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>No links here yet.</source>
        <translation>Hier zijn nog geen links.</translation>
    </message>
    <message>
        <source>No links match “%1”</source>
        <translation>Geen links die passen bij “%1”</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::LocalServerPanel</name>
    <message>
        <source>Stopped: short links on this computer do not open.</source>
        <translation>Gestopt: korte links op deze computer openen niet.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Starten…</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Actief</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Stoppen…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln visit(s) recorded</source>
        <translation>
            <numerusform>%Ln bezoek geregistreerd</numerusform>
            <numerusform>%Ln bezoeken geregistreerd</numerusform>
        </translation>
    </message>
    <message>
        <source>The link database is damaged: SQLite found errors in it. Short links still open, but changes and visits may not be saved. Quit Linkdeck and restore a backup of the database.</source>
        <translation>De linkdatabase is beschadigd: SQLite heeft er fouten in gevonden. Korte links openen nog, maar wijzigingen en bezoeken worden mogelijk niet opgeslagen. Sluit Linkdeck af en zet een back-up van de database terug.</translation>
    </message>
    <message numerus="yes">
        <source>Visits are not being recorded: the link server cannot write to its disk (it is full or read-only). Short links still open. %Ln visit(s) not recorded so far.</source>
        <translation>
            <numerusform>Bezoeken worden niet geregistreerd: de linkserver kan niet naar zijn schijf schrijven (die is vol of alleen-lezen). Korte links openen nog. Tot nu toe %Ln bezoek niet geregistreerd.</numerusform>
            <numerusform>Bezoeken worden niet geregistreerd: de linkserver kan niet naar zijn schijf schrijven (die is vol of alleen-lezen). Korte links openen nog. Tot nu toe %Ln bezoeken niet geregistreerd.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln visit(s) could not be recorded while the disk was full.</source>
        <translation>
            <numerusform>%Ln bezoek kon niet worden geregistreerd terwijl de schijf vol was.</numerusform>
            <numerusform>%Ln bezoeken konden niet worden geregistreerd terwijl de schijf vol was.</numerusform>
        </translation>
    </message>
    <message>
        <source>Visits reach the statistics %1 seconds late: the database is busy. None is lost.</source>
        <translation>Bezoeken komen %1 seconden te laat in de statistieken: de database is bezet. Er gaat niets verloren.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stoppen</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::MainWindow</name>
    <message>
        <source>&amp;New Link…</source>
        <translation>&amp;Nieuwe link…</translation>
    </message>
    <message>
        <source>Create a short link (%1)</source>
        <translation>Een korte link maken (%1)</translation>
    </message>
    <message>
        <source>&amp;Edit Link…</source>
        <translation>Link &amp;bewerken…</translation>
    </message>
    <message>
        <source>&amp;Copy Short Link</source>
        <translation>Korte link &amp;kopiëren</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Verwijderen…</translation>
    </message>
    <message>
        <source>&amp;Open in Browser</source>
        <translation>&amp;Openen in browser</translation>
    </message>
    <message>
        <source>&amp;QR Code…</source>
        <translation>&amp;QR-code…</translation>
    </message>
    <message>
        <source>Make a print-ready QR code of the short link</source>
        <translation>Een drukklare QR-code van de korte link maken</translation>
    </message>
    <message>
        <source>&amp;Print QR Labels…</source>
        <translation>QR-labels af&amp;drukken…</translation>
    </message>
    <message>
        <source>Print the selected links as QR code labels, 24 to an A4 page</source>
        <translation>De geselecteerde links afdrukken als QR-codelabels, 24 per A4-pagina</translation>
    </message>
    <message>
        <source>&amp;Statistics…</source>
        <translation>S&amp;tatistieken…</translation>
    </message>
    <message>
        <source>Clicks over time, countries and referrers of the selected links or campaign</source>
        <translation>Klikken in de tijd, landen en verwijzers van de geselecteerde links of campagne</translation>
    </message>
    <message>
        <source>Cop&amp;y to Account…</source>
        <translation>Naar account kop&amp;iëren…</translation>
    </message>
    <message>
        <source>Make the selected links on another account too</source>
        <translation>De geselecteerde links ook op een ander account maken</translation>
    </message>
    <message>
        <source>&amp;Move to Account…</source>
        <translation>Naar account ver&amp;plaatsen…</translation>
    </message>
    <message>
        <source>Make the selected links on another account and send the old ones&apos; visitors there</source>
        <translation>De geselecteerde links op een ander account maken en de bezoekers van de oude daarheen sturen</translation>
    </message>
    <message>
        <source>Redirect &amp;Rules…</source>
        <translation>&amp;Doorverwijsregels…</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Zoeken…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>Voorkeu&amp;ren…</translation>
    </message>
    <message>
        <source>New &amp;Campaign…</source>
        <translation>Nieuwe &amp;campagne…</translation>
    </message>
    <message>
        <source>Make a campaign&apos;s links at once: each destination for each source and medium</source>
        <translation>De links van een campagne in één keer maken: elke bestemming voor elke bron en elk medium</translation>
    </message>
    <message>
        <source>&amp;Import Links…</source>
        <translation>Links &amp;importeren…</translation>
    </message>
    <message>
        <source>Make links from a spreadsheet or another service&apos;s export</source>
        <translation>Links maken uit een spreadsheet of de export van een andere dienst</translation>
    </message>
    <message>
        <source>E&amp;xport Links…</source>
        <translation>Links &amp;exporteren…</translation>
    </message>
    <message>
        <source>Save the links the table shows as CSV, Excel or JSON</source>
        <translation>De links die de tabel toont opslaan als CSV, Excel of JSON</translation>
    </message>
    <message>
        <source>&amp;Synchronise Accounts</source>
        <translation>Accounts &amp;synchroniseren</translation>
    </message>
    <message>
        <source>Fetch the links of your Bitly, Rebrandly, Shlink and Cuttly accounts and send the changes made offline (%1)</source>
        <translation>De links van je Bitly-, Rebrandly-, Shlink- en Cuttly-accounts ophalen en offline gemaakte wijzigingen verzenden (%1)</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>Acc&amp;ounts…</translation>
    </message>
    <message>
        <source>Add or edit your Bitly, Rebrandly, Shlink and Cuttly accounts</source>
        <translation>Je Bitly-, Rebrandly-, Shlink- en Cuttly-accounts toevoegen of bewerken</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;Getting Started</source>
        <translation>&amp;Aan de slag</translation>
    </message>
    <message>
        <source>&amp;About Linkdeck</source>
        <translation>&amp;Over Linkdeck</translation>
    </message>
    <message>
        <source>About Linkdeck</source>
        <translation>Over Linkdeck</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Linkdeck %1&lt;/h3&gt;&lt;p&gt;Branded short links, campaign charts and print-grade QR codes.&lt;/p&gt;&lt;p&gt;Released under the MIT licence.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Linkdeck %1&lt;/h3&gt;&lt;p&gt;Korte links met je eigen merk, campagnegrafieken en QR-codes van drukkwaliteit.&lt;/p&gt;&lt;p&gt;Uitgebracht onder de MIT-licentie.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Hoofdwerkbalk</translation>
    </message>
    <message>
        <source>Linkdeck</source>
        <translation>Linkdeck</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Tellen…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln link(s)</source>
        <translation>
            <numerusform>%Ln link</numerusform>
            <numerusform>%Ln links</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln link(s)</source>
        <translation>
            <numerusform>%1 van %Ln link</numerusform>
            <numerusform>%1 van %Ln links</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved offline: the link will be created on %1 when the network is back.</source>
        <translation>Offline opgeslagen: de link wordt bij %1 gemaakt zodra het netwerk terug is.</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>Gemaakt op %1</translation>
    </message>
    <message>
        <source>Saved offline: the change will be sent to %1 when the network is back.</source>
        <translation>Offline opgeslagen: de wijziging wordt naar %1 verzonden zodra het netwerk terug is.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 opgeslagen</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n link</numerusform>
            <numerusform>%n links</numerusform>
        </translation>
    </message>
    <message>
        <source>Select links, or a campaign or tag in the sidebar, to see their statistics.</source>
        <translation>Selecteer links, of een campagne of label in de zijbalk, om hun statistieken te zien.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::PaneFocus</name>
    <message>
        <source>Next Pane</source>
        <translation>Volgend paneel</translation>
    </message>
    <message>
        <source>Previous Pane</source>
        <translation>Vorig paneel</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::PreferencesDialog</name>
    <message>
        <source>None</source>
        <translation>Geen</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::QrPreview</name>
    <message>
        <source>Drag the code into another application</source>
        <translation>Sleep de code naar een andere toepassing</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::QrStudioDialog</name>
    <message numerus="yes">
        <source>QR Codes for %n Link(s)</source>
        <translation>
            <numerusform>QR-codes voor %n link</numerusform>
            <numerusform>QR-codes voor %n links</numerusform>
        </translation>
    </message>
    <message>
        <source>The preview shows the first link; each link gets its own file, named by its back-half.</source>
        <translation>Het voorbeeld toont de eerste link; elke link krijgt een eigen bestand, genoemd naar zijn achtervoegsel.</translation>
    </message>
    <message>
        <source>There is no preset “%1”.</source>
        <translation>Er is geen sjabloon “%1”.</translation>
    </message>
    <message>
        <source>The preset “%1” cannot be used: %2</source>
        <translation>Het sjabloon “%1” kan niet worden gebruikt: %2</translation>
    </message>
    <message>
        <source>Save Preset</source>
        <translation>Sjabloon opslaan</translation>
    </message>
    <message>
        <source>Name of the preset:</source>
        <translation>Naam van het sjabloon:</translation>
    </message>
    <message>
        <source>Version %1, %2 × %2 modules, %3 mm each, %4 × %5 mm</source>
        <translation>Versie %1, %2 × %2 modules, elk %3 mm, %4 × %5 mm</translation>
    </message>
    <message>
        <source>Folder for the QR Codes</source>
        <translation>Map voor de QR-codes</translation>
    </message>
    <message>
        <source>Writing QR codes…</source>
        <translation>QR-codes worden geschreven…</translation>
    </message>
    <message>
        <source>Save QR Code</source>
        <translation>QR-code opslaan</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1-bestanden (*.%2)</translation>
    </message>
    <message>
        <source>Save Label Sheet</source>
        <translation>Labelvel opslaan</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-bestanden (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the label sheet…</source>
        <translation>Het labelvel wordt geschreven…</translation>
    </message>
    <message>
        <source>Print QR Labels</source>
        <translation>QR-labels afdrukken</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::QrStyleForm</name>
    <message>
        <source>Choose a Logo</source>
        <translation>Kies een logo</translation>
    </message>
    <message>
        <source>Images (*.png *.svg *.jpg *.jpeg)</source>
        <translation>Afbeeldingen (*.png *.svg *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <source>“%1” is not a colour: use #rrggbb, a name such as black, or cmyk(0,0,0,100).</source>
        <translation>“%1” is geen kleur: gebruik #rrggbb, een naam zoals black, of cmyk(0,0,0,100).</translation>
    </message>
    <message>
        <source>Choose a colour</source>
        <translation>Kies een kleur</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::RedirectRulesDialog</name>
    <message>
        <source>Condition</source>
        <translation>Voorwaarde</translation>
    </message>
    <message>
        <source>Language code, e.g. en or de-CH</source>
        <translation>Taalcode, bijv. nl of nl-BE</translation>
    </message>
    <message>
        <source>Name, e.g. ref</source>
        <translation>Naam, bijv. ref</translation>
    </message>
    <message>
        <source>Value, e.g. news</source>
        <translation>Waarde, bijv. news</translation>
    </message>
    <message>
        <source>Parameter name</source>
        <translation>Parameternaam</translation>
    </message>
    <message>
        <source>192.0.2.10, 192.168.0.0/16 or 10.0.*.*</source>
        <translation>192.0.2.10, 192.168.0.0/16 of 10.0.*.*</translation>
    </message>
    <message>
        <source>Country code, e.g. DE</source>
        <translation>Landcode, bijv. NL</translation>
    </message>
    <message>
        <source>City, e.g. Berlin</source>
        <translation>Plaats, bijv. Utrecht</translation>
    </message>
    <message>
        <source>In your computer&apos;s time zone</source>
        <translation>In de tijdzone van je computer</translation>
    </message>
    <message>
        <source>Remove this condition</source>
        <translation>Deze voorwaarde verwijderen</translation>
    </message>
    <message>
        <source>Remove condition</source>
        <translation>Voorwaarde verwijderen</translation>
    </message>
    <message>
        <source>Redirect Rules of %1</source>
        <translation>Doorverwijsregels van %1</translation>
    </message>
    <message>
        <source>Loading the rules…</source>
        <translation>De regels worden geladen…</translation>
    </message>
    <message>
        <source>Send some visitors of %1 somewhere else than %2. The rules are tried from the top; the first whose conditions all match decides, and everyone else goes to the link&apos;s own destination.</source>
        <translation>Sommige bezoekers van %1 ergens anders heen sturen dan %2. De regels worden van boven af geprobeerd; de eerste waarvan alle voorwaarden kloppen, beslist, en alle anderen gaan naar de eigen bestemming van de link.</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regels</translation>
    </message>
    <message>
        <source>&amp;Add Rule</source>
        <translation>Regel &amp;toevoegen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Verwijderen</translation>
    </message>
    <message>
        <source>Move up: try this rule earlier</source>
        <translation>Omhoog: deze regel eerder proberen</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Omhoog</translation>
    </message>
    <message>
        <source>Move down: try this rule later</source>
        <translation>Omlaag: deze regel later proberen</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Omlaag</translation>
    </message>
    <message>
        <source>Selected rule</source>
        <translation>Geselecteerde regel</translation>
    </message>
    <message>
        <source>https://example.com/for-these-visitors</source>
        <translation>https://example.com/voor-deze-bezoekers</translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation>&amp;Bestemming:</translation>
    </message>
    <message>
        <source>Visitors who meet all of these conditions:</source>
        <translation>Bezoekers die aan al deze voorwaarden voldoen:</translation>
    </message>
    <message>
        <source>Add &amp;Condition</source>
        <translation>Voorwaar&amp;de toevoegen</translation>
    </message>
    <message>
        <source>&amp;Save Rules</source>
        <translation>Regels &amp;opslaan</translation>
    </message>
    <message>
        <source>Rule %1</source>
        <translation>Regel %1</translation>
    </message>
    <message>
        <source>No rule selected</source>
        <translation>Geen regel geselecteerd</translation>
    </message>
    <message>
        <source>(no condition yet)</source>
        <translation>(nog geen voorwaarde)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>(no destination yet)</source>
        <translation>(nog geen bestemming)</translation>
    </message>
    <message>
        <source>%1. %2 → %3</source>
        <translation>%1. %2 → %3</translation>
    </message>
    <message>
        <source>No rules: every visitor goes to %1.</source>
        <translation>Geen regels: elke bezoeker gaat naar %1.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Opslaan…</translation>
    </message>
    <message>
        <source>Targeting Rules</source>
        <translation>Targetingregels</translation>
    </message>
    <message>
        <source>Send some visitors of the new link somewhere else than %1. The rules are tried from the top; the first whose conditions all match decides, and everyone else goes to the link&apos;s own destination.</source>
        <translation>Sommige bezoekers van de nieuwe link ergens anders heen sturen dan %1. De regels worden van boven af geprobeerd; de eerste waarvan alle voorwaarden kloppen, beslist, en alle anderen gaan naar de eigen bestemming van de link.</translation>
    </message>
    <message>
        <source>Send some visitors of the new link to addresses of their own. The rules are tried from the top and come before the A/B split: the first rule whose conditions all match decides, and only the visitors no rule matches are shared by the split (%1).</source>
        <translation>Stuur sommige bezoekers van de nieuwe link naar eigen adressen. De regels worden van boven af geprobeerd en gaan vóór de A/B-split: de eerste regel waarvan alle voorwaarden kloppen beslist, en alleen bezoekers waarop geen regel past, worden door de split verdeeld (%1).</translation>
    </message>
    <message>
        <source>Send some visitors of %1 to addresses of their own. The rules are tried from the top and come before the A/B split: the first rule whose conditions all match decides, and only the visitors no rule matches are shared by the split (%2).</source>
        <translation>Stuur sommige bezoekers van %1 naar eigen adressen. De regels worden van boven af geprobeerd en gaan vóór de A/B-split: de eerste regel waarvan alle voorwaarden kloppen beslist, en alleen bezoekers waarop geen regel past, worden door de split verdeeld (%2).</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>No rules: the A/B split shares every visitor (%1).</source>
        <translation>Geen regels: de A/B-split verdeelt alle bezoekers (%1).</translation>
    </message>
    <message>
        <source>Unsaved Rules</source>
        <translation>Niet-opgeslagen regels</translation>
    </message>
    <message>
        <source>The redirect rules have changes that are not saved. Save them?</source>
        <translation>De doorverwijsregels hebben wijzigingen die niet zijn opgeslagen. Opslaan?</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::RulesSection</name>
    <message>
        <source>Targeting rules</source>
        <translation>Targetingregels</translation>
    </message>
    <message>
        <source>Send some visitors elsewhere: phones to an app store, Germans to the German page, …</source>
        <translation>Sommige bezoekers ergens anders heen sturen: telefoons naar een appwinkel, Duitsers naar de Duitse pagina, …</translation>
    </message>
    <message>
        <source>Edit R&amp;ules…</source>
        <translation>Regels be&amp;werken…</translation>
    </message>
    <message>
        <source>Try a visitor:</source>
        <translation>Probeer een bezoeker:</translation>
    </message>
    <message>
        <source>The visitor&apos;s device</source>
        <translation>Het apparaat van de bezoeker</translation>
    </message>
    <message>
        <source>any device</source>
        <translation>elk apparaat</translation>
    </message>
    <message>
        <source>iPhone</source>
        <translation>iPhone</translation>
    </message>
    <message>
        <source>Android phone</source>
        <translation>Android-telefoon</translation>
    </message>
    <message>
        <source>Windows PC</source>
        <translation>Windows-pc</translation>
    </message>
    <message>
        <source>Mac</source>
        <translation>Mac</translation>
    </message>
    <message>
        <source>Linux PC</source>
        <translation>Linux-pc</translation>
    </message>
    <message>
        <source>The visitor&apos;s language</source>
        <translation>De taal van de bezoeker</translation>
    </message>
    <message>
        <source>any language</source>
        <translation>elke taal</translation>
    </message>
    <message>
        <source>The visitor&apos;s country</source>
        <translation>Het land van de bezoeker</translation>
    </message>
    <message>
        <source>any country</source>
        <translation>elk land</translation>
    </message>
    <message>
        <source>The rules could not be read: %1</source>
        <translation>De regels kunnen niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>Reading the rules…</source>
        <translation>De regels worden gelezen…</translation>
    </message>
    <message>
        <source>No rules: every visitor goes to the destination.</source>
        <translation>Geen regels: elke bezoeker gaat naar de bestemming.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>No rules: the A/B split shares every visitor.</source>
        <translation>Geen regels: de A/B-split verdeelt alle bezoekers.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::Sidebar</name>
    <message>
        <source>Accounts and saved filters</source>
        <translation>Accounts en opgeslagen filters</translation>
    </message>
    <message>
        <source>All links</source>
        <translation>Alle links</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Accounts</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campagnes</translation>
    </message>
    <message numerus="yes">
        <source>%Ln link(s)</source>
        <translation>
            <numerusform>%Ln link</numerusform>
            <numerusform>%Ln links</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::SplitEditor</name>
    <message>
        <source>Share the visitors between this destination and others, to see which page works best. Each visitor keeps the destination they first got.</source>
        <translation>De bezoekers verdelen tussen deze bestemming en andere, om te zien welke pagina het best werkt. Elke bezoeker houdt de bestemming die hij de eerste keer kreeg.</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Bestemming</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Bezoekers</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>the destination above</source>
        <translation>de bestemming hierboven</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>Destination %1</source>
        <translation>Bestemming %1</translation>
    </message>
    <message>
        <source>Share of visitors for destination %1</source>
        <translation>Aandeel bezoekers voor bestemming %1</translation>
    </message>
    <message>
        <source>Remove destination %1</source>
        <translation>Bestemming %1 verwijderen</translation>
    </message>
    <message>
        <source>A/&amp;B split</source>
        <translation>A/B-&amp;verdeling</translation>
    </message>
    <message>
        <source>Add ne&amp;w destination</source>
        <translation>Nie&amp;uwe bestemming toevoegen</translation>
    </message>
    <message>
        <source>Share evenl&amp;y</source>
        <translation>Gel&amp;ijk verdelen</translation>
    </message>
    <message>
        <source>Together: %1</source>
        <translation>Samen: %1</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::StatsChart</name>
    <message numerus="yes">
        <source>%1, %2: %Ln click(s)</source>
        <translation>
            <numerusform>%1, %2: %Ln klik</numerusform>
            <numerusform>%1, %2: %Ln klikken</numerusform>
        </translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Klikken</translation>
    </message>
    <message>
        <source>The file cannot be written.</source>
        <translation>Het bestand kan niet worden geschreven.</translation>
    </message>
    <message>
        <source>Choose a file name ending in .png, .svg or .pdf.</source>
        <translation>Kies een bestandsnaam die eindigt op .png, .svg of .pdf.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::StatsDialog</name>
    <message>
        <source>Statistics: %1</source>
        <translation>Statistieken: %1</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Vandaag</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Afgelopen 7 dagen</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Afgelopen 30 dagen</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Afgelopen 90 dagen</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Deze maand</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Aangepast</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Uren</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dagen</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>Weken</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Maanden</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Lijn</translation>
    </message>
    <message>
        <source>Bars</source>
        <translation>Staven</translation>
    </message>
    <message>
        <source>All together</source>
        <translation>Alles samen</translation>
    </message>
    <message>
        <source>By link</source>
        <translation>Per link</translation>
    </message>
    <message>
        <source>By account</source>
        <translation>Per account</translation>
    </message>
    <message>
        <source>Include bots</source>
        <translation>Bots meetellen</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <source>Fetch the figures of Bitly and Shlink links again</source>
        <translation>De cijfers van Bitly- en Shlink-links opnieuw ophalen</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporteren</translation>
    </message>
    <message>
        <source>Chart as PNG Image…</source>
        <translation>Grafiek als PNG-afbeelding…</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-afbeeldingen (*.png)</translation>
    </message>
    <message>
        <source>Chart as SVG Drawing…</source>
        <translation>Grafiek als SVG-tekening…</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG-tekeningen (*.svg)</translation>
    </message>
    <message>
        <source>Chart as PDF…</source>
        <translation>Grafiek als PDF…</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-documenten (*.pdf)</translation>
    </message>
    <message>
        <source>Report as PDF…</source>
        <translation>Rapport als PDF…</translation>
    </message>
    <message>
        <source>Data as CSV…</source>
        <translation>Gegevens als CSV…</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Periode:</translation>
    </message>
    <message>
        <source>Per:</source>
        <translation>Per:</translation>
    </message>
    <message>
        <source>Show &amp;All Clicks</source>
        <translation>&amp;Alle klikken tonen</translation>
    </message>
    <message>
        <source>%1 report.pdf</source>
        <translation>%1 rapport.pdf</translation>
    </message>
    <message>
        <source>%1 clicks.%2</source>
        <translation>%1 klikken.%2</translation>
    </message>
    <message>
        <source>Export Statistics</source>
        <translation>Statistieken exporteren</translation>
    </message>
    <message>
        <source>Saved “%1” in %2.</source>
        <translation>“%1” opgeslagen in %2.</translation>
    </message>
    <message>
        <source>Could not save “%1”: %2</source>
        <translation>“%1” kan niet worden opgeslagen: %2</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Laden…</translation>
    </message>
    <message>
        <source>Only the clicks of %1: %2</source>
        <translation>Alleen de klikken van %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>(+%Ln bot(s), not counted)</source>
        <translation>
            <numerusform>(+%Ln bot, niet geteld)</numerusform>
            <numerusform>(+%Ln bots, niet geteld)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln click(s)</source>
        <translation>
            <numerusform>%Ln klik</numerusform>
            <numerusform>%Ln klikken</numerusform>
        </translation>
    </message>
    <message>
        <source>Clicks by people and visits by bots together.</source>
        <translation>Klikken door mensen en bezoeken door bots samen.</translation>
    </message>
    <message>
        <source>By variant</source>
        <translation>Per variant</translation>
    </message>
    <message>
        <source> (%1 against the period before)</source>
        <translation> (%1 ten opzichte van de periode ervoor)</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::StatsReport</name>
    <message>
        <source>No clicks</source>
        <translation>Geen klikken</translation>
    </message>
    <message>
        <source>Top links</source>
        <translation>Toplinks</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Landen</translation>
    </message>
    <message>
        <source>Referrers</source>
        <translation>Verwijzers</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Apparaten</translation>
    </message>
    <message>
        <source>Browsers</source>
        <translation>Browsers</translation>
    </message>
    <message>
        <source>Operating systems</source>
        <translation>Besturingssystemen</translation>
    </message>
    <message>
        <source>Made with Linkdeck on %1.</source>
        <translation>Gemaakt met Linkdeck op %1.</translation>
    </message>
    <message>
        <source>The file cannot be written.</source>
        <translation>Het bestand kan niet worden geschreven.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::StatsTables</name>
    <message>
        <source>Clicks</source>
        <translation>Klikken</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Aandeel</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Double-click a link to open it</source>
        <translation>Dubbelklik op een link om hem te openen</translation>
    </message>
    <message>
        <source>Top links</source>
        <translation>Toplinks</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Landen</translation>
    </message>
    <message>
        <source>Referrer</source>
        <translation>Verwijzer</translation>
    </message>
    <message>
        <source>Referrers</source>
        <translation>Verwijzers</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Apparaat</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Apparaten</translation>
    </message>
    <message>
        <source>Browser</source>
        <translation>Browser</translation>
    </message>
    <message>
        <source>Browsers</source>
        <translation>Browsers</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Besturingssysteem</translation>
    </message>
    <message>
        <source>Systems</source>
        <translation>Systemen</translation>
    </message>
    <message>
        <source>Click a row to see its clicks alone in the chart</source>
        <translation>Klik op een rij om alleen de klikken daarvan in de grafiek te zien</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>Direct</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Onbekend</translation>
    </message>
    <message>
        <source>Desktop</source>
        <comment>device kind</comment>
        <translation>Desktop</translation>
    </message>
    <message>
        <source>Mobile</source>
        <comment>device kind</comment>
        <translation>Mobiel</translation>
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
        <translation>Overig</translation>
    </message>
    <message>
        <source>Variants</source>
        <translation>Varianten</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variant</translation>
    </message>
    <message>
        <source>A/B split</source>
        <translation>A/B-verdeling</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Share set</source>
        <translation>Ingesteld aandeel</translation>
    </message>
    <message>
        <source>No clicks in this period.</source>
        <translation>Geen klikken in deze periode.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::SyncStatus</name>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Stop synchronising; the links fetched so far are kept</source>
        <translation>Synchronisatie stoppen; de tot nu toe opgehaalde links blijven bewaard</translation>
    </message>
    <message>
        <source>Synchronising…</source>
        <translation>Synchroniseren…</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln link(s)</source>
        <translation>
            <numerusform>%1: %Ln link</numerusform>
            <numerusform>%1: %Ln links</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Accounts are up to date.</source>
        <translation>Accounts zijn bijgewerkt.</translation>
    </message>
    <message>
        <source>Showing the links saved on this computer: %1 could not be synchronised.</source>
        <translation>De links die op deze computer zijn opgeslagen, worden getoond: %1 kon niet worden gesynchroniseerd.</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n change(s) made offline.</source>
        <translation>
            <numerusform>%n offline gemaakte wijziging verzonden.</numerusform>
            <numerusform>%n offline gemaakte wijzigingen verzonden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some Changes Were Refused</source>
        <translation>Sommige wijzigingen zijn geweigerd</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made offline were refused by the service. They are marked “not sent” in the table: edit or delete them.</source>
        <translation>
            <numerusform>%n offline gemaakte wijziging is door de dienst geweigerd. Die is in de tabel gemarkeerd als “niet verzonden”: bewerk of verwijder haar.</numerusform>
            <numerusform>%n offline gemaakte wijzigingen zijn door de dienst geweigerd. Die zijn in de tabel gemarkeerd als “niet verzonden”: bewerk of verwijder ze.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::TransferDialog</name>
    <message numerus="yes">
        <source>Move %n Link(s) to Another Account</source>
        <translation>
            <numerusform>%n link naar een ander account verplaatsen</numerusform>
            <numerusform>%n links naar een ander account verplaatsen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copy %n Link(s) to Another Account</source>
        <translation>
            <numerusform>%n link naar een ander account kopiëren</numerusform>
            <numerusform>%n links naar een ander account kopiëren</numerusform>
        </translation>
    </message>
    <message>
        <source>Each link is made on the account you choose; then the old link sends its visitors to the new one where its service allows it. No link is deleted.</source>
        <translation>Elke link wordt gemaakt op het account dat je kiest; daarna stuurt de oude link zijn bezoekers naar de nieuwe, waar zijn dienst dat toestaat. Er wordt geen link verwijderd.</translation>
    </message>
    <message>
        <source>Each link is made on the account you choose; the old links stay as they are.</source>
        <translation>Elke link wordt gemaakt op het account dat je kiest; de oude links blijven zoals ze zijn.</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Naar:</translation>
    </message>
    <message>
        <source>Skip the link</source>
        <translation>De link overslaan</translation>
    </message>
    <message>
        <source>Use the next free back-half</source>
        <translation>Het volgende vrije achtervoegsel gebruiken</translation>
    </message>
    <message>
        <source>When the back-half is &amp;taken there:</source>
        <translation>Als het achtervoegsel daar &amp;bezet is:</translation>
    </message>
    <message>
        <source>Old and new short links</source>
        <translation>Oude en nieuwe korte links</translation>
    </message>
    <message>
        <source>Old short link</source>
        <translation>Oude korte link</translation>
    </message>
    <message>
        <source>New short link</source>
        <translation>Nieuwe korte link</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Opmerking</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Verplaatsen</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiëren</translation>
    </message>
    <message>
        <source>Save &amp;Mapping…</source>
        <translation>Koppeling &amp;opslaan…</translation>
    </message>
    <message>
        <source>A table of each old short link and its new one, for the print team</source>
        <translation>Een tabel met elke oude korte link en zijn nieuwe, voor het drukwerkteam</translation>
    </message>
    <message>
        <source>Add another account first (File &gt; Accounts…).</source>
        <translation>Voeg eerst een ander account toe (Bestand &gt; Accounts…).</translation>
    </message>
    <message>
        <source>Save Mapping</source>
        <translation>Koppeling opslaan</translation>
    </message>
    <message>
        <source>link mapping.csv</source>
        <translation>linkkoppeling.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>Moving…</source>
        <translation>Verplaatsen…</translation>
    </message>
    <message>
        <source>Copying…</source>
        <translation>Kopiëren…</translation>
    </message>
    <message>
        <source>The old link now goes to the new one.</source>
        <translation>De oude link gaat nu naar de nieuwe.</translation>
    </message>
    <message>
        <source>Mapping saved in %1.</source>
        <translation>Koppeling opgeslagen in %1.</translation>
    </message>
    <message>
        <source>Could not save the mapping: %1</source>
        <translation>De koppeling kan niet worden opgeslagen: %1</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::WelcomePage</name>
    <message>
        <source>Welcome to Linkdeck</source>
        <translation>Welkom bij Linkdeck</translation>
    </message>
    <message>
        <source>You have no links yet. Start with one of these two steps.</source>
        <translation>Je hebt nog geen links. Begin met een van deze twee stappen.</translation>
    </message>
    <message>
        <source>Create your first link</source>
        <translation>Maak je eerste link</translation>
    </message>
    <message>
        <source>A short link on this computer, served by Linkdeck&apos;s own link server: ready to test, share or print as a QR code.</source>
        <translation>Een korte link op deze computer, aangeboden door de eigen linkserver van Linkdeck: klaar om te testen, te delen of als QR-code af te drukken.</translation>
    </message>
    <message>
        <source>Connect Bitly, Rebrandly, Shlink…</source>
        <translation>Bitly, Rebrandly, Shlink koppelen…</translation>
    </message>
    <message>
        <source>Add the account you already use (Bitly, Rebrandly, Shlink or Cuttly) with its API token: its links appear here.</source>
        <translation>Voeg het account toe dat je al gebruikt (Bitly, Rebrandly, Shlink of Cuttly) met het API-token: de links ervan verschijnen hier.</translation>
    </message>
    <message>
        <source>Getting Started</source>
        <translation>Aan de slag</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::WithProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
</context>
<context>
    <name>Linkdeck::InstanceLock</name>
    <message>
        <source>Linkdeck is already open with these links. Switch to its window: a second Linkdeck cannot run the link server for the same links.</source>
        <translation>Linkdeck is al geopend met deze links. Ga naar dat venster: een tweede Linkdeck kan de linkserver niet voor dezelfde links uitvoeren.</translation>
    </message>
    <message>
        <source>Linkdeck cannot write to its data folder.</source>
        <translation>Linkdeck kan niet schrijven in zijn gegevensmap.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::KeychainSecretStore</name>
    <message>
        <source>No token is stored for this account.</source>
        <translation>Er is geen token opgeslagen voor dit account.</translation>
    </message>
    <message>
        <source>The keychain refused access to the token.</source>
        <translation>De sleutelbos heeft toegang tot het token geweigerd.</translation>
    </message>
    <message>
        <source>This computer has no usable keychain (such as GNOME Keyring or KWallet), so the token cannot be stored safely.</source>
        <translation>Deze computer heeft geen bruikbare sleutelbos (zoals GNOME Keyring of KWallet), dus het token kan niet veilig worden bewaard.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::LinkLimits</name>
    <message>
        <source>The link would end before it starts: choose an end later than the start.</source>
        <translation>De link zou eindigen voordat hij begint: kies een einde na het begin.</translation>
    </message>
    <message>
        <source>The click limit must be at least 1 click.</source>
        <translation>De kliklimiet moet minstens 1 klik zijn.</translation>
    </message>
    <message>
        <source>The address for visitors after the end is only used by a link that ends: set an end, a start or a click limit, or leave that address empty.</source>
        <translation>Het adres voor bezoekers na het einde wordt alleen gebruikt door een link die eindigt: stel een einde, een begin of een kliklimiet in, of laat dat adres leeg.</translation>
    </message>
    <message>
        <source>The address for visitors after the end cannot be used: %1</source>
        <translation>Het adres voor bezoekers na het einde kan niet worden gebruikt: %1</translation>
    </message>
</context>
<context>
    <name>Linkdeck::LinkPassword</name>
    <message>
        <source>The password is empty: type one, or remove the protection.</source>
        <translation>Het wachtwoord is leeg: typ er een, of verwijder de beveiliging.</translation>
    </message>
    <message>
        <source>A password cannot contain a line break.</source>
        <translation>Een wachtwoord mag geen regeleinde bevatten.</translation>
    </message>
    <message>
        <source>The password is too long: at most %1 characters.</source>
        <translation>Het wachtwoord is te lang: hoogstens %1 tekens.</translation>
    </message>
    <message>
        <source>The password could not be protected: the computer is short of memory.</source>
        <translation>Het wachtwoord kon niet worden beveiligd: de computer heeft te weinig geheugen.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::LinkPreview</name>
    <message>
        <source>The preview title is too long: at most %1 characters.</source>
        <translation>De titel van het voorbeeld is te lang: hoogstens %1 tekens.</translation>
    </message>
    <message>
        <source>The preview description is too long: at most %1 characters.</source>
        <translation>De beschrijving van het voorbeeld is te lang: hoogstens %1 tekens.</translation>
    </message>
    <message>
        <source>A preview needs a title: link previews show nothing without one.</source>
        <translation>Een voorbeeld heeft een titel nodig: zonder titel tonen linkvoorbeelden niets.</translation>
    </message>
    <message>
        <source>The preview image&apos;s address cannot be used: %1</source>
        <translation>Het adres van de voorbeeldafbeelding kan niet worden gebruikt: %1</translation>
    </message>
</context>
<context>
    <name>Linkdeck::LinkProvider</name>
    <message>
        <source>This service gives no breakdown of clicks.</source>
        <translation>Deze dienst geeft geen uitsplitsing van klikken.</translation>
    </message>
    <message>
        <source>This service cannot send visitors to different addresses; redirect rules need a Shlink server or this computer.</source>
        <translation>Deze dienst kan bezoekers niet naar verschillende adressen sturen; doorverwijsregels hebben een Shlink-server of deze computer nodig.</translation>
    </message>
    <message>
        <source>This service cannot protect a link by a password; only links on this computer can.</source>
        <translation>Deze dienst kan een link niet met een wachtwoord beveiligen; alleen links op deze computer kunnen dat.</translation>
    </message>
    <message>
        <source>This service cannot look up a single link.</source>
        <translation>Deze dienst kan geen afzonderlijke link opzoeken.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::LinkRepository</name>
    <message>
        <source>Could not save the link&apos;s tags.</source>
        <translation>De labels van de link kunnen niet worden opgeslagen.</translation>
    </message>
    <message>
        <source>The back-half “%1” is already used on %2. Choose another one.</source>
        <translation>Het achtervoegsel “%1” wordt al gebruikt op %2. Kies een ander.</translation>
    </message>
    <message>
        <source>Could not save the link.</source>
        <translation>De link kan niet worden opgeslagen.</translation>
    </message>
    <message>
        <source>Could not save the link&apos;s password.</source>
        <translation>Het wachtwoord van de link kan niet worden opgeslagen.</translation>
    </message>
    <message>
        <source>The link no longer exists; it may have been deleted.</source>
        <translation>De link bestaat niet meer; misschien is hij verwijderd.</translation>
    </message>
    <message>
        <source>Could not change the address of the links.</source>
        <translation>Het adres van de links kan niet worden gewijzigd.</translation>
    </message>
    <message>
        <source>The back-halves %1 are already used on %2, so the links cannot move there. Nothing was changed.</source>
        <translation>De achtervoegsels %1 worden al gebruikt op %2, dus de links kunnen daar niet heen. Er is niets gewijzigd.</translation>
    </message>
    <message>
        <source>Could not save the links of the account.</source>
        <translation>De links van het account kunnen niet worden opgeslagen.</translation>
    </message>
    <message>
        <source>Could not update the links of the account.</source>
        <translation>De links van het account kunnen niet worden bijgewerkt.</translation>
    </message>
    <message>
        <source>Could not delete the link.</source>
        <translation>De link kan niet worden verwijderd.</translation>
    </message>
    <message>
        <source>The link no longer exists; it may have been deleted already.</source>
        <translation>De link bestaat niet meer; misschien is hij al verwijderd.</translation>
    </message>
    <message>
        <source>There is no tag “%1”.</source>
        <translation>Er is geen label “%1”.</translation>
    </message>
    <message>
        <source>There is already a tag “%1”.</source>
        <translation>Er is al een label “%1”.</translation>
    </message>
    <message>
        <source>Could not rename the tag.</source>
        <translation>Het label kan niet worden hernoemd.</translation>
    </message>
    <message>
        <source>Could not delete the tags.</source>
        <translation>De labels kunnen niet worden verwijderd.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::LinkSelection</name>
    <message>
        <source>Not sent: %1</source>
        <translation>Niet verzonden: %1</translation>
    </message>
    <message>
        <source>the service refused it.</source>
        <translation>de dienst heeft het geweigerd.</translation>
    </message>
    <message>
        <source>Waiting to be sent to %1 when it can be reached.</source>
        <translation>Wacht om naar %1 te worden verzonden zodra die bereikbaar is.</translation>
    </message>
    <message>
        <source>Last try: %1</source>
        <translation>Laatste poging: %1</translation>
    </message>
    <message>
        <source>Send visitors to other addresses by device, language, country, date and more</source>
        <translation>Bezoekers naar andere adressen sturen per apparaat, taal, land, datum en meer</translation>
    </message>
    <message>
        <source>%1 cannot send visitors to different addresses. Redirect rules need a Shlink account or this computer.</source>
        <translation>%1 kan bezoekers niet naar verschillende adressen sturen. Doorverwijsregels hebben een Shlink-account of deze computer nodig.</translation>
    </message>
    <message>
        <source>This link is waiting to be created on %1; its redirect rules can be set once it is there.</source>
        <translation>Deze link wacht om te worden gemaakt op %1; zijn doorverwijsregels kunnen worden ingesteld zodra hij daar is.</translation>
    </message>
    <message>
        <source>Select one link to edit its redirect rules.</source>
        <translation>Selecteer één link om zijn doorverwijsregels te bewerken.</translation>
    </message>
    <message>
        <source>Add another account first (File &gt; Accounts…): the links are copied or moved to it.</source>
        <translation>Voeg eerst een ander account toe (Bestand &gt; Accounts…): de links worden daarheen gekopieerd of verplaatst.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::LinkSplit</name>
    <message>
        <source>A split needs at least two destinations.</source>
        <translation>Een verdeling heeft minstens twee bestemmingen nodig.</translation>
    </message>
    <message>
        <source>A split can have at most %1 destinations.</source>
        <translation>Een verdeling kan hoogstens %1 bestemmingen hebben.</translation>
    </message>
    <message>
        <source>Give destination %1 a share between 1% and 99% of the visitors.</source>
        <translation>Geef bestemming %1 een aandeel tussen 1% en 99% van de bezoekers.</translation>
    </message>
    <message>
        <source>Enter an address for destination %1 of the split.</source>
        <translation>Voer een adres in voor bestemming %1 van de verdeling.</translation>
    </message>
    <message>
        <source>Destination %1 of the split cannot be used: %2</source>
        <translation>Bestemming %1 van de verdeling kan niet worden gebruikt: %2</translation>
    </message>
    <message>
        <source>The shares of the split must add up to 100% (now %1%).</source>
        <translation>De aandelen van de verdeling moeten samen 100% zijn (nu %1%).</translation>
    </message>
</context>
<context>
    <name>Linkdeck::LinkTableModel</name>
    <message>
        <source>Made while the service could not be reached. Linkdeck sends it when the network is back.</source>
        <translation>Gemaakt terwijl de dienst onbereikbaar was. Linkdeck verzendt het zodra het netwerk terug is.</translation>
    </message>
    <message>
        <source>The service refused this change. Edit the link to try again, or delete it.</source>
        <translation>De dienst heeft deze wijziging geweigerd. Bewerk de link om het opnieuw te proberen, of verwijder hem.</translation>
    </message>
    <message>
        <source>%1 (waiting to be sent)</source>
        <translation>%1 (wacht op verzending)</translation>
    </message>
    <message>
        <source>%1 (changes waiting to be sent)</source>
        <translation>%1 (wijzigingen wachten op verzending)</translation>
    </message>
    <message>
        <source>%1 (deletion waiting to be sent)</source>
        <translation>%1 (verwijdering wacht op verzending)</translation>
    </message>
    <message>
        <source>%1 (not sent)</source>
        <translation>%1 (niet verzonden)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (+%Ln bot(s))</source>
        <extracomment>The clicks of people, then the visits of bots apart, e.g. &quot;41 (+1 bot)&quot;</extracomment>
        <translation>
            <numerusform>%1 (+%Ln bot)</numerusform>
            <numerusform>%1 (+%Ln bots)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln click(s) by people.</source>
        <translation>
            <numerusform>%Ln klik door mensen.</numerusform>
            <numerusform>%Ln klikken door mensen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln visit(s) by bots (link previews, crawlers), not counted.</source>
        <translation>
            <numerusform>%Ln bezoek door bots (linkvoorbeelden, crawlers), niet geteld.</numerusform>
            <numerusform>%Ln bezoeken door bots (linkvoorbeelden, crawlers), niet geteld.</numerusform>
        </translation>
    </message>
    <message>
        <source>Clicks by people since the link was made, as the statistics count them. Visits by bots (link previews, crawlers) are not counted; where there were some, they are shown apart: “41 (+1 bot)”.</source>
        <translation>Klikken door mensen sinds de link is gemaakt, zoals de statistieken ze tellen. Bezoeken door bots (linkvoorbeelden, crawlers) worden niet geteld; als die er waren, worden ze apart getoond: “41 (+1 bot)”.</translation>
    </message>
    <message>
        <source>Short link</source>
        <translation>Korte link</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Bestemming</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Klikken</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Gemaakt</translation>
    </message>
</context>
<context>
    <name>Linkdeck::LocalAddress</name>
    <message>
        <source>Enter the public address as https://go.example.com, or leave it empty.</source>
        <translation>Voer het openbare adres in als https://go.example.com, of laat het leeg.</translation>
    </message>
    <message>
        <source>A public address is a domain only, such as https://go.example.com, with no path after it.</source>
        <translation>Een openbaar adres is alleen een domein, zoals https://go.example.com, zonder pad erachter.</translation>
    </message>
    <message>
        <source>The account of this computer&apos;s links is missing.</source>
        <translation>Het account van de links op deze computer ontbreekt.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::LocalProvider</name>
    <message>
        <source>This link no longer exists; it may have been deleted.</source>
        <translation>Deze link bestaat niet meer; misschien is hij verwijderd.</translation>
    </message>
    <message>
        <source>Could not read the click statistics.</source>
        <translation>De klikstatistieken kunnen niet worden gelezen.</translation>
    </message>
    <message>
        <source>Could not read the redirect rules.</source>
        <translation>De doorverwijsregels kunnen niet worden gelezen.</translation>
    </message>
    <message>
        <source>Could not save the redirect rules.</source>
        <translation>De doorverwijsregels kunnen niet worden opgeslagen.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::LocalServerController</name>
    <message>
        <source>The link server (linkdeck-server) is not installed next to Linkdeck.</source>
        <translation>De linkserver (linkdeck-server) is niet naast Linkdeck geïnstalleerd.</translation>
    </message>
    <message>
        <source>The link server could not be started: %1</source>
        <translation>De linkserver kan niet worden gestart: %1</translation>
    </message>
    <message>
        <source>Port %1 is already used by another program. Choose another port in Preferences.</source>
        <translation>Poort %1 wordt al door een ander programma gebruikt. Kies een andere poort in Voorkeuren.</translation>
    </message>
    <message>
        <source>Another Linkdeck link server already uses these links (is Linkdeck open twice?). Close the other one, then start the server here.</source>
        <translation>Een andere Linkdeck-linkserver gebruikt deze links al (is Linkdeck twee keer geopend?). Sluit de andere en start dan hier de server.</translation>
    </message>
    <message>
        <source>The link server stopped unexpectedly: %1</source>
        <translation>De linkserver is onverwacht gestopt: %1</translation>
    </message>
</context>
<context>
    <name>Linkdeck::MemorySecretStore</name>
    <message>
        <source>No token is stored for this account.</source>
        <translation>Er is geen token opgeslagen voor dit account.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Print::LabelSheet</name>
    <message>
        <source>Label %1 (“%2”): %3</source>
        <translation>Label %1 (“%2”): %3</translation>
    </message>
    <message>
        <source>There are no labels to print.</source>
        <translation>Er zijn geen labels om af te drukken.</translation>
    </message>
    <message>
        <source>The labels would be smaller than 5 mm: use fewer rows or columns, or smaller margins.</source>
        <translation>De labels zouden kleiner zijn dan 5 mm: gebruik minder rijen of kolommen, of kleinere marges.</translation>
    </message>
    <message>
        <source>Could not start printing the labels.</source>
        <translation>Het afdrukken van de labels kan niet worden gestart.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Geannuleerd.</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>“%1” kan niet worden geschreven: %2</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Print::QrBatch</name>
    <message>
        <source>Could not create the folder “%1”.</source>
        <translation>De map “%1” kan niet worden gemaakt.</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>“%1”: %2</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Print::QrChecks</name>
    <message>
        <source>A code with a logo needs error correction H; it will be used.</source>
        <translation>Een code met een logo heeft foutcorrectie H nodig; die wordt gebruikt.</translation>
    </message>
    <message>
        <source>The logo “%1” cannot be read as a PNG, JPEG or SVG image.</source>
        <translation>Het logo “%1” kan niet worden gelezen als PNG-, JPEG- of SVG-afbeelding.</translation>
    </message>
    <message numerus="yes">
        <source>The quiet zone is %n module(s) wide; scanners expect 4. Leave a margin around the printed code.</source>
        <translation>
            <numerusform>De stille zone is %n module breed; scanners verwachten 4. Laat een marge rond de afgedrukte code.</numerusform>
            <numerusform>De stille zone is %n modules breed; scanners verwachten 4. Laat een marge rond de afgedrukte code.</numerusform>
        </translation>
    </message>
    <message>
        <source>Each module prints %1 mm wide; below about 0.3 mm many printers and phones fail. Make the code larger.</source>
        <translation>Elke module wordt %1 mm breed afgedrukt; onder ongeveer 0,3 mm lukt het veel printers en telefoons niet. Maak de code groter.</translation>
    </message>
    <message>
        <source>The code is light on dark. Many phone cameras only read dark modules on a light background.</source>
        <translation>De code is licht op donker. Veel telefooncamera&apos;s lezen alleen donkere modules op een lichte achtergrond.</translation>
    </message>
    <message>
        <source>The colours are too close (contrast %1:1); aim for at least 4.5:1, ideally dark on white.</source>
        <translation>De kleuren liggen te dicht bij elkaar (contrast %1:1); streef naar minstens 4,5:1, het liefst donker op wit.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Print::QrPresets</name>
    <message>
        <source>Standard</source>
        <translation>Standaard</translation>
    </message>
    <message>
        <source>Brand print</source>
        <translation>Drukwerk met huisstijl</translation>
    </message>
    <message>
        <source>Business card</source>
        <translation>Visitekaartje</translation>
    </message>
    <message>
        <source>Poster</source>
        <translation>Poster</translation>
    </message>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation>een geheel getal van %1 tot %2</translation>
    </message>
    <message>
        <source>a number from %1 to %2</source>
        <translation>een getal van %1 tot %2</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>een van %1</translation>
    </message>
    <message>
        <source>a colour such as #14213d or cmyk(0,0,0,100)</source>
        <translation>een kleur zoals #14213d of cmyk(0,0,0,100)</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true of false</translation>
    </message>
    <message>
        <source>“%1” in the preset should be %2, not “%3”.</source>
        <translation>“%1” in het sjabloon moet %2 zijn, niet “%3”.</translation>
    </message>
    <message>
        <source>The preset is empty.</source>
        <translation>Het sjabloon is leeg.</translation>
    </message>
    <message>
        <source>The preset&apos;s version “%1” is not a format number.</source>
        <translation>De versie “%1” van het sjabloon is geen indelingsnummer.</translation>
    </message>
    <message>
        <source>The preset was saved by a newer Linkdeck (format %1; this one reads formats up to %2).</source>
        <translation>Het sjabloon is opgeslagen door een nieuwere Linkdeck (indeling %1; deze leest indelingen tot %2).</translation>
    </message>
    <message>
        <source>“%1” in the preset should be 0 (size by width) or at least %2 mm.</source>
        <translation>“%1” in het sjabloon moet 0 zijn (grootte volgens breedte) of minstens %2 mm.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Print::QrRenderer</name>
    <message>
        <source>The logo “%1” cannot be read as a PNG, JPEG or SVG image.</source>
        <translation>Het logo “%1” kan niet worden gelezen als PNG-, JPEG- of SVG-afbeelding.</translation>
    </message>
    <message>
        <source>Could not write “%1”.</source>
        <translation>“%1” kan niet worden geschreven.</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>“%1” kan niet worden geschreven: %2</translation>
    </message>
</context>
<context>
    <name>Linkdeck::ProviderRegistry</name>
    <message>
        <source>A generic access token from Bitly&apos;s settings (Developer settings &gt; API).</source>
        <translation>Een algemeen toegangstoken uit de instellingen van Bitly (Developer settings &gt; API).</translation>
    </message>
    <message>
        <source>An API key from Rebrandly&apos;s account settings.</source>
        <translation>Een API-sleutel uit de accountinstellingen van Rebrandly.</translation>
    </message>
    <message>
        <source>Shlink (or Linkdeck server)</source>
        <translation>Shlink (of Linkdeck-server)</translation>
    </message>
    <message>
        <source>An API key of the Shlink server (shlink api-key:generate).</source>
        <translation>Een API-sleutel van de Shlink-server (shlink api-key:generate).</translation>
    </message>
    <message>
        <source>The API key from Cuttly&apos;s Edit Account page.</source>
        <translation>De API-sleutel van de pagina Edit Account van Cuttly.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::ProviderStats</name>
    <message>
        <source>Could not keep the statistics for offline use.</source>
        <translation>De statistieken kunnen niet voor offline gebruik worden bewaard.</translation>
    </message>
    <message>
        <source>updated just now</source>
        <translation>zojuist bijgewerkt</translation>
    </message>
    <message numerus="yes">
        <source>updated %n minute(s) ago</source>
        <translation>
            <numerusform>%n minuut geleden bijgewerkt</numerusform>
            <numerusform>%n minuten geleden bijgewerkt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>updated %n hour(s) ago</source>
        <translation>
            <numerusform>%n uur geleden bijgewerkt</numerusform>
            <numerusform>%n uur geleden bijgewerkt</numerusform>
        </translation>
    </message>
    <message>
        <source>updated on %1</source>
        <translation>bijgewerkt op %1</translation>
    </message>
</context>
<context>
    <name>Linkdeck::QrCode</name>
    <message>
        <source>Enter the text or address the QR code should hold.</source>
        <translation>Voer de tekst of het adres in dat de QR-code moet bevatten.</translation>
    </message>
    <message>
        <source>The text contains a NUL character, which a QR code cannot hold here.</source>
        <translation>De tekst bevat een NUL-teken, dat een QR-code hier niet kan bevatten.</translation>
    </message>
    <message numerus="yes">
        <source>The text is too long for a QR code at this error correction level (%n byte(s)). Shorten it, or choose a lower level.</source>
        <translation>
            <numerusform>De tekst is te lang voor een QR-code met dit foutcorrectieniveau (%n byte). Maak hem korter, of kies een lager niveau.</numerusform>
            <numerusform>De tekst is te lang voor een QR-code met dit foutcorrectieniveau (%n bytes). Maak hem korter, of kies een lager niveau.</numerusform>
        </translation>
    </message>
    <message>
        <source>The QR code could not be made.</source>
        <translation>De QR-code kan niet worden gemaakt.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::RebrandlyProvider</name>
    <message>
        <source>This back-half is already used on this Rebrandly domain. Choose another one.</source>
        <translation>Dit achtervoegsel wordt al gebruikt op dit Rebrandly-domein. Kies een ander.</translation>
    </message>
    <message>
        <source>Rebrandly accepts back-halves of 1 to 40 letters, digits, “-” and “_”.</source>
        <translation>Rebrandly accepteert achtervoegsels van 1 tot 40 letters, cijfers, “-” en “_”.</translation>
    </message>
    <message>
        <source>Rebrandly refused the destination address. Check that it is a complete web address.</source>
        <translation>Rebrandly heeft het doeladres geweigerd. Controleer of het een volledig webadres is.</translation>
    </message>
    <message>
        <source>Rebrandly needs a title of 3 to 255 characters, or none.</source>
        <translation>Rebrandly heeft een titel van 3 tot 255 tekens nodig, of geen.</translation>
    </message>
    <message>
        <source>This domain is not set up in your Rebrandly account.</source>
        <translation>Dit domein is niet ingesteld in je Rebrandly-account.</translation>
    </message>
    <message>
        <source>The Rebrandly token of “%1” has no access to the workspace “%2”.</source>
        <translation>Het Rebrandly-token van “%1” heeft geen toegang tot de werkruimte “%2”.</translation>
    </message>
    <message>
        <source>Rebrandly refused the link: %1</source>
        <translation>Rebrandly heeft de link geweigerd: %1</translation>
    </message>
    <message>
        <source>Rebrandly gives a link&apos;s total clicks only, not clicks over time.</source>
        <translation>Rebrandly geeft alleen het totale aantal klikken van een link, geen klikken in de tijd.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::RemoteProvider</name>
    <message>
        <source>No API token is set for “%1”.</source>
        <translation>Er is geen API-token ingesteld voor “%1”.</translation>
    </message>
    <message>
        <source>No API token is stored for “%1”. Enter it in Preferences &gt; Accounts.</source>
        <translation>Er is geen API-token opgeslagen voor “%1”. Voer het in bij Voorkeuren &gt; Accounts.</translation>
    </message>
    <message>
        <source>%1 sent a reply Linkdeck could not understand. Try again later.</source>
        <translation>%1 stuurde een antwoord dat Linkdeck niet begrijpt. Probeer het later opnieuw.</translation>
    </message>
    <message>
        <source>%1 did not answer in time. Check your connection and try again.</source>
        <translation>%1 antwoordde niet op tijd. Controleer je verbinding en probeer het opnieuw.</translation>
    </message>
    <message>
        <source>Could not reach %1. Check your internet connection.</source>
        <translation>%1 is niet bereikbaar. Controleer je internetverbinding.</translation>
    </message>
    <message>
        <source>%1 did not accept the API token of “%2”. Check it in Preferences &gt; Accounts.</source>
        <translation>%1 heeft het API-token van “%2” niet geaccepteerd. Controleer het bij Voorkeuren &gt; Accounts.</translation>
    </message>
    <message>
        <source>Your %1 plan does not include this.</source>
        <translation>Je %1-abonnement bevat dit niet.</translation>
    </message>
    <message>
        <source>%1 does not allow the account “%2” to do this.</source>
        <translation>%1 staat het account “%2” niet toe dit te doen.</translation>
    </message>
    <message>
        <source>%1 does not know this link; it may have been deleted there.</source>
        <translation>%1 kent deze link niet; misschien is hij daar verwijderd.</translation>
    </message>
    <message>
        <source>This back-half is already used on %1. Choose another one.</source>
        <translation>Dit achtervoegsel wordt al gebruikt op %1. Kies een ander.</translation>
    </message>
    <message>
        <source>%1 is receiving too many requests from this account. Wait a minute and try again.</source>
        <translation>%1 krijgt te veel verzoeken van dit account. Wacht een minuut en probeer het opnieuw.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is receiving too many requests from this account. Try again in %n second(s).</source>
        <translation>
            <numerusform>%1 krijgt te veel verzoeken van dit account. Probeer het over %n seconde opnieuw.</numerusform>
            <numerusform>%1 krijgt te veel verzoeken van dit account. Probeer het over %n seconden opnieuw.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has a problem right now (error %2). Try again later.</source>
        <translation>%1 heeft op dit moment een probleem (fout %2). Probeer het later opnieuw.</translation>
    </message>
    <message>
        <source>%1 refused the request (error %2).</source>
        <translation>%1 heeft het verzoek geweigerd (fout %2).</translation>
    </message>
    <message>
        <source>%1 refused the link: %2</source>
        <translation>%1 heeft de link geweigerd: %2</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Het verzoek is geannuleerd.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Rules</name>
    <message>
        <source>Device</source>
        <translation>Apparaat</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Taal</translation>
    </message>
    <message>
        <source>Query parameter with value</source>
        <translation>Queryparameter met waarde</translation>
    </message>
    <message>
        <source>Query parameter present</source>
        <translation>Queryparameter aanwezig</translation>
    </message>
    <message>
        <source>Query parameter without value</source>
        <translation>Queryparameter zonder waarde</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>IP-adres</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Plaats</translation>
    </message>
    <message>
        <source>Before a date</source>
        <translation>Vóór een datum</translation>
    </message>
    <message>
        <source>After a date</source>
        <translation>Na een datum</translation>
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
        <translation>iPhone of iPad</translation>
    </message>
    <message>
        <source>Any phone or tablet</source>
        <translation>Elke telefoon of tablet</translation>
    </message>
    <message>
        <source>Any computer</source>
        <translation>Elke computer</translation>
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
        <translation>Kies een apparaat.</translation>
    </message>
    <message>
        <source>Choose a browser.</source>
        <translation>Kies een browser.</translation>
    </message>
    <message>
        <source>Enter a language code such as en or de-CH.</source>
        <translation>Voer een taalcode in zoals nl of nl-BE.</translation>
    </message>
    <message>
        <source>Enter the name of the query parameter.</source>
        <translation>Voer de naam van de queryparameter in.</translation>
    </message>
    <message>
        <source>Enter an IP address (192.0.2.10), a range (192.168.0.0/16) or a pattern (10.0.*.*).</source>
        <translation>Voer een IP-adres (192.0.2.10), een bereik (192.168.0.0/16) of een patroon (10.0.*.*) in.</translation>
    </message>
    <message>
        <source>Enter a two-letter country code such as DE or US.</source>
        <translation>Voer een landcode van twee letters in zoals NL of BE.</translation>
    </message>
    <message>
        <source>Enter the name of a city.</source>
        <translation>Voer de naam van een plaats in.</translation>
    </message>
    <message>
        <source>Choose a date and time.</source>
        <translation>Kies een datum en tijd.</translation>
    </message>
    <message>
        <source>This condition is not valid.</source>
        <translation>Deze voorwaarde is niet geldig.</translation>
    </message>
    <message>
        <source>Add at least one condition: who should go to this destination?</source>
        <translation>Voeg minstens één voorwaarde toe: wie moet naar deze bestemming gaan?</translation>
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
        <translation>op Android</translation>
    </message>
    <message>
        <source>on an iPhone or iPad</source>
        <translation>op een iPhone of iPad</translation>
    </message>
    <message>
        <source>on a phone or tablet</source>
        <translation>op een telefoon of tablet</translation>
    </message>
    <message>
        <source>on a computer</source>
        <translation>op een computer</translation>
    </message>
    <message>
        <source>on Windows</source>
        <translation>op Windows</translation>
    </message>
    <message>
        <source>on a Mac</source>
        <translation>op een Mac</translation>
    </message>
    <message>
        <source>on Linux</source>
        <translation>op Linux</translation>
    </message>
    <message>
        <source>on ChromeOS</source>
        <translation>op ChromeOS</translation>
    </message>
    <message>
        <source>on a device “%1”</source>
        <translation>op een apparaat “%1”</translation>
    </message>
    <message>
        <source>whose browser asks for the language “%1”</source>
        <translation>wiens browser om de taal “%1” vraagt</translation>
    </message>
    <message>
        <source>whose browser asks for %1 (%2)</source>
        <translation>wiens browser om %1 (%2) vraagt</translation>
    </message>
    <message>
        <source>whose link has ?%1=%2</source>
        <translation>wiens link ?%1=%2 heeft</translation>
    </message>
    <message>
        <source>whose link has the parameter “%1”</source>
        <translation>wiens link de parameter “%1” heeft</translation>
    </message>
    <message>
        <source>whose link has “%1” without a value</source>
        <translation>wiens link “%1” zonder waarde heeft</translation>
    </message>
    <message>
        <source>from the address %1</source>
        <translation>vanaf het adres %1</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>before %1</source>
        <translation>vóór %1</translation>
    </message>
    <message>
        <source>after %1</source>
        <translation>na %1</translation>
    </message>
    <message>
        <source>using %1</source>
        <translation>met %1</translation>
    </message>
    <message>
        <source>using the browser “%1”</source>
        <translation>met de browser “%1”</translation>
    </message>
    <message>
        <source>No visitor goes to %1 yet: add a condition.</source>
        <translation>Nog geen bezoeker gaat naar %1: voeg een voorwaarde toe.</translation>
    </message>
    <message>
        <source>A visitor %1 goes to %2.</source>
        <translation>Een bezoeker %1 gaat naar %2.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> en </translation>
    </message>
    <message>
        <source>No visitor is sent anywhere yet: add a condition and an address.</source>
        <translation>Nog geen bezoeker wordt ergens heen gestuurd: voeg een voorwaarde en een adres toe.</translation>
    </message>
    <message>
        <source>A visitor %1 goes to the address this rule is given.</source>
        <translation>Een bezoeker %1 gaat naar het adres dat deze regel krijgt.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Rules::PreviewText</name>
    <message>
        <source>Goes to %1 (rule %2).</source>
        <translation>Gaat naar %1 (regel %2).</translation>
    </message>
    <message>
        <source>No rule matches: the A/B split sends this visitor to one of %1.</source>
        <translation>Geen regel past: de A/B-verdeling stuurt deze bezoeker naar een van %1.</translation>
    </message>
    <message>
        <source>No rule matches: goes to the destination.</source>
        <translation>Geen regel past: gaat naar de bestemming.</translation>
    </message>
    <message>
        <source>No rule matches: goes to the destination, %1.</source>
        <translation>Geen regel past: gaat naar de bestemming, %1.</translation>
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
        <translation>Een regel schrijf je als VOORWAARDEN -&gt; ADRES, zoals “device=ios -&gt; https://apps.apple.com/app/id1”; “%1” heeft geen “-&gt;”.</translation>
    </message>
    <message>
        <source>Unknown condition “%1”: use device, language, country, city, browser, ip, before, after (each as NAME=VALUE) or param:NAME=VALUE.</source>
        <translation>Onbekende voorwaarde “%1”: gebruik device, language, country, city, browser, ip, before, after (elk als NAAM=WAARDE) of param:NAAM=WAARDE.</translation>
    </message>
    <message>
        <source>%1 cannot send visitors elsewhere by device, language or country; links on this computer and on Shlink can.</source>
        <translation>%1 kan bezoekers niet per apparaat, taal of land ergens anders heen sturen; links op deze computer en op Shlink kunnen dat wel.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Server::Pg::DbCopy</name>
    <message>
        <source>Nothing was copied: the PostgreSQL database is as it was.</source>
        <translation>Er is niets gekopieerd: de PostgreSQL-database is zoals hij was.</translation>
    </message>
    <message>
        <source>db:copy needs a target: --to postgresql://USER@HOST:PORT/DATABASE, or Shlink&apos;s variables DB_DRIVER=postgres with DB_HOST, DB_PORT, DB_NAME, DB_USER and DB_PASSWORD (or DB_UNIX_SOCKET).</source>
        <translation>db:copy heeft een doel nodig: --to postgresql://GEBRUIKER@HOST:POORT/DATABASE, of de variabelen van Shlink DB_DRIVER=postgres met DB_HOST, DB_PORT, DB_NAME, DB_USER en DB_PASSWORD (of DB_UNIX_SOCKET).</translation>
    </message>
    <message>
        <source>DB_DRIVER is “%1”: db:copy moves a server to PostgreSQL only (DB_DRIVER=postgres).</source>
        <translation>DB_DRIVER is “%1”: db:copy verhuist een server alleen naar PostgreSQL (DB_DRIVER=postgres).</translation>
    </message>
    <message>
        <source>DB_PORT wants a port number, not “%1”.</source>
        <translation>DB_PORT verwacht een poortnummer, niet “%1”.</translation>
    </message>
    <message>
        <source>db:copy needs the SQLite file to copy: --from FILE.sqlite.</source>
        <translation>db:copy heeft het SQLite-bestand nodig om te kopiëren: --from BESTAND.sqlite.</translation>
    </message>
    <message>
        <source>There is no SQLite file at “%1”.</source>
        <translation>Er is geen SQLite-bestand op “%1”.</translation>
    </message>
    <message>
        <source>“%1” has schema version %2, and this linkdeck-server&apos;s PostgreSQL schema is version %3: update linkdeck-server to copy it.</source>
        <translation>“%1” heeft schemaversie %2, en het PostgreSQL-schema van deze linkdeck-server is versie %3: werk linkdeck-server bij om het te kopiëren.</translation>
    </message>
    <message>
        <source>Could not read “%1”.</source>
        <translation>“%1” kan niet worden gelezen.</translation>
    </message>
    <message>
        <source>The PostgreSQL database %1 is not empty (it holds %2): db:copy moves a server into an empty database only. Nothing was copied.</source>
        <translation>De PostgreSQL-database %1 is niet leeg (hij bevat %2): db:copy verhuist een server alleen naar een lege database. Er is niets gekopieerd.</translation>
    </message>
    <message>
        <source>“%1” has no table %2.</source>
        <translation>“%1” heeft geen tabel %2.</translation>
    </message>
    <message>
        <source>The PostgreSQL schema has no column %1.%2, which “%3” has: update linkdeck-server.</source>
        <translation>Het PostgreSQL-schema heeft geen kolom %1.%2, die “%3” wel heeft: werk linkdeck-server bij.</translation>
    </message>
    <message>
        <source>Could not read the %1 of “%2”.</source>
        <translation>%1 van “%2” kan niet worden gelezen.</translation>
    </message>
    <message>
        <source>db:copy: %1 of %2 %3 (%4%)</source>
        <translation>db:copy: %1 van %2 %3 (%4%)</translation>
    </message>
    <message>
        <source>PostgreSQL refused the %1 of “%2”: %3</source>
        <translation>PostgreSQL weigerde %1 van “%2”: %3</translation>
    </message>
    <message>
        <source>%1 of %2 %3 arrived in PostgreSQL.</source>
        <translation>%1 van %2 %3 zijn in PostgreSQL aangekomen.</translation>
    </message>
    <message>
        <source>db:copy: %1 %2 copied</source>
        <translation>db:copy: %1 %2 gekopieerd</translation>
    </message>
    <message>
        <source>PostgreSQL counts %1 %2 after the copy, and “%3” has %4.</source>
        <translation>PostgreSQL telt %1 %2 na de kopie, en “%3” heeft er %4.</translation>
    </message>
    <message>
        <source>db:copy: copied %1 from %2 in %3 s; every table&apos;s count matches.</source>
        <translation>db:copy: %1 gekopieerd van %2 in %3 s; het aantal van elke tabel klopt.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Server::Pg::PgClickWriter</name>
    <message>
        <source>A batch of clicks needs its journal and a position after its start.</source>
        <translation>Een reeks klikken heeft zijn journaal en een positie na het begin ervan nodig.</translation>
    </message>
    <message>
        <source>The clicks of journal %1 from %2 do not follow on what PostgreSQL has stored (up to %3); nothing was stored.</source>
        <translation>De klikken van journaal %1 vanaf %2 sluiten niet aan op wat PostgreSQL heeft opgeslagen (tot %3); er is niets opgeslagen.</translation>
    </message>
    <message>
        <source>PostgreSQL stored %1 of %2 clicks; nothing was stored.</source>
        <translation>PostgreSQL heeft %1 van %2 klikken opgeslagen; er is niets opgeslagen.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Server::Pg::PgConnection</name>
    <message>
        <source>“%1” is not a PostgreSQL address: %2. Write it as postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>“%1” is geen PostgreSQL-adres: %2. Schrijf het als postgresql://GEBRUIKER@HOST:POORT/DATABASE.</translation>
    </message>
    <message>
        <source>Could not connect to PostgreSQL: out of memory.</source>
        <translation>Kan geen verbinding maken met PostgreSQL: onvoldoende geheugen.</translation>
    </message>
    <message>
        <source>Could not connect to the PostgreSQL server at %1: %2</source>
        <translation>Kan geen verbinding maken met de PostgreSQL-server op %1: %2</translation>
    </message>
    <message>
        <source>Could not set the connection to UTF-8.</source>
        <translation>De verbinding kan niet op UTF-8 worden ingesteld.</translation>
    </message>
    <message>
        <source>(no connection)</source>
        <translation>(geen verbinding)</translation>
    </message>
    <message>
        <source>The connection to PostgreSQL at %1 was lost: %2</source>
        <translation>De verbinding met PostgreSQL op %1 is verbroken: %2</translation>
    </message>
    <message>
        <source>There is no connection to PostgreSQL.</source>
        <translation>Er is geen verbinding met PostgreSQL.</translation>
    </message>
    <message>
        <source>PostgreSQL refused a statement:</source>
        <translation>PostgreSQL weigerde een opdracht:</translation>
    </message>
    <message>
        <source>PostgreSQL refused to start a copy:</source>
        <translation>PostgreSQL weigerde een kopie te starten:</translation>
    </message>
    <message>
        <source>Could not send rows to PostgreSQL.</source>
        <translation>De rijen kunnen niet naar PostgreSQL worden verzonden.</translation>
    </message>
    <message>
        <source>Could not finish sending rows to PostgreSQL.</source>
        <translation>Het verzenden van de rijen naar PostgreSQL kan niet worden voltooid.</translation>
    </message>
    <message>
        <source>PostgreSQL refused the rows:</source>
        <translation>PostgreSQL weigerde de rijen:</translation>
    </message>
    <message>
        <source>The transaction has ended.</source>
        <translation>De transactie is beëindigd.</translation>
    </message>
    <message>
        <source>PostgreSQL rolled the transaction back; nothing of it was stored.</source>
        <translation>PostgreSQL heeft de transactie teruggedraaid; er is niets van opgeslagen.</translation>
    </message>
    <message>
        <source>The PostgreSQL address is not valid: %1. Write it as postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>Het PostgreSQL-adres is niet geldig: %1. Schrijf het als postgresql://GEBRUIKER@HOST:POORT/DATABASE.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Server::Pg::PgLinkStore</name>
    <message>
        <source>The back-half “%1” is already used on %2. Choose another one.</source>
        <translation>Het achtervoegsel “%1” wordt al gebruikt op %2. Kies een ander.</translation>
    </message>
    <message>
        <source>The link no longer exists; it may have been deleted.</source>
        <translation>De link bestaat niet meer; misschien is hij verwijderd.</translation>
    </message>
    <message>
        <source>The link no longer exists; it may have been deleted already.</source>
        <translation>De link bestaat niet meer; misschien is hij al verwijderd.</translation>
    </message>
    <message>
        <source>There is no tag “%1”.</source>
        <translation>Er is geen label “%1”.</translation>
    </message>
    <message>
        <source>There is already a tag “%1”.</source>
        <translation>Er is al een label “%1”.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Server::Pg::PgSchema</name>
    <message>
        <source>The PostgreSQL database %1 was set up by a newer version of linkdeck-server (schema version %2; this one knows up to %3). Update linkdeck-server to use it.</source>
        <translation>De PostgreSQL-database %1 is ingericht door een nieuwere versie van linkdeck-server (schemaversie %2; deze kent tot %3). Werk linkdeck-server bij om hem te gebruiken.</translation>
    </message>
    <message>
        <source>The PostgreSQL database %1 already has tables named links, clicks or api_keys that linkdeck-server did not create. Use an empty database.</source>
        <translation>De PostgreSQL-database %1 heeft al tabellen met de naam links, clicks of api_keys die linkdeck-server niet heeft gemaakt. Gebruik een lege database.</translation>
    </message>
    <message>
        <source>Could not set up the PostgreSQL database %1 for schema version %2; it was left as it was.</source>
        <translation>De PostgreSQL-database %1 kan niet worden ingericht voor schemaversie %2; hij is gelaten zoals hij was.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::ShlinkProvider</name>
    <message>
        <source>This back-half is already used on %1. Choose another one.</source>
        <translation>Dit achtervoegsel wordt al gebruikt op %1. Kies een ander.</translation>
    </message>
    <message>
        <source>this Shlink server</source>
        <translation>deze Shlink-server</translation>
    </message>
    <message>
        <source>The Shlink server did not accept the API key of “%1”. Check it in Preferences &gt; Accounts.</source>
        <translation>De Shlink-server heeft de API-sleutel van “%1” niet geaccepteerd. Controleer hem bij Voorkeuren &gt; Accounts.</translation>
    </message>
    <message>
        <source>The Shlink server does not know this link; it may have been deleted there.</source>
        <translation>De Shlink-server kent deze link niet; misschien is hij daar verwijderd.</translation>
    </message>
    <message numerus="yes">
        <source>The Shlink server keeps links with more than %n visit(s); it refused to delete this one.</source>
        <translation>
            <numerusform>De Shlink-server bewaart links met meer dan %n bezoek; hij weigerde deze te verwijderen.</numerusform>
            <numerusform>De Shlink-server bewaart links met meer dan %n bezoeken; hij weigerde deze te verwijderen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The Shlink server refused the link: %1</source>
        <translation>De Shlink-server heeft de link geweigerd: %1</translation>
    </message>
    <message>
        <source>The Shlink server does not know this domain.</source>
        <translation>De Shlink-server kent dit domein niet.</translation>
    </message>
    <message>
        <source>Shlink gives no breakdown by device; its visits carry the browser&apos;s description only.</source>
        <translation>Shlink geeft geen uitsplitsing per apparaat; zijn bezoeken bevatten alleen de beschrijving van de browser.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Het verzoek is geannuleerd.</translation>
    </message>
    <message>
        <source>This Shlink server has no redirect rules. They need Shlink 4 or later.</source>
        <translation>Deze Shlink-server heeft geen doorverwijsregels. Die vereisen Shlink 4 of nieuwer.</translation>
    </message>
    <message>
        <source>The Shlink server refused the redirect rules: %1</source>
        <translation>De Shlink-server heeft de doorverwijsregels geweigerd: %1</translation>
    </message>
    <message>
        <source>The Shlink server has redirect rules this version of Linkdeck does not know. Update Linkdeck to see and edit them.</source>
        <translation>De Shlink-server heeft doorverwijsregels die deze versie van Linkdeck niet kent. Werk Linkdeck bij om ze te zien en te bewerken.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Slug</name>
    <message>
        <source>Enter a back-half, or leave it empty for a random one.</source>
        <translation>Voer een achtervoegsel in, of laat het leeg voor een willekeurig achtervoegsel.</translation>
    </message>
    <message>
        <source>The back-half is too long: at most %1 characters.</source>
        <translation>Het achtervoegsel is te lang: hoogstens %1 tekens.</translation>
    </message>
    <message>
        <source>The back-half cannot contain spaces; use “-” instead.</source>
        <translation>Het achtervoegsel mag geen spaties bevatten; gebruik in plaats daarvan “-”.</translation>
    </message>
    <message>
        <source>The back-half can only contain letters a–z, digits, “-” and “_”; “%1” is not allowed.</source>
        <translation>Het achtervoegsel mag alleen letters a–z, cijfers, “-” en “_” bevatten; “%1” is niet toegestaan.</translation>
    </message>
    <message>
        <source>“%1” is reserved by the link server; choose another back-half.</source>
        <translation>“%1” is gereserveerd door de linkserver; kies een ander achtervoegsel.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::SplitTest</name>
    <message numerus="yes">
        <source>Too few clicks to compare the variants yet: %Ln click(s) so far, and the test needs about %1.</source>
        <translation>
            <numerusform>Nog te weinig klikken om de varianten te vergelijken: tot nu toe %Ln klik, en de test heeft er ongeveer %1 nodig.</numerusform>
            <numerusform>Nog te weinig klikken om de varianten te vergelijken: tot nu toe %Ln klikken, en de test heeft er ongeveer %1 nodig.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Variant %1 gets significantly more clicks than its share of visitors (chi-square test, p %2, %Ln click(s)).</source>
        <translation>
            <numerusform>Variant %1 krijgt duidelijk meer klikken dan zijn aandeel bezoekers (chikwadraattoets, p %2, %Ln klik).</numerusform>
            <numerusform>Variant %1 krijgt duidelijk meer klikken dan zijn aandeel bezoekers (chikwadraattoets, p %2, %Ln klikken).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The difference between the variants is not significant yet (chi-square test, p %1, %Ln click(s)): each gets about the clicks its share of visitors brings.</source>
        <translation>
            <numerusform>Het verschil tussen de varianten is nog niet significant (chikwadraattoets, p %1, %Ln klik): elke variant krijgt ongeveer de klikken die zijn aandeel bezoekers oplevert.</numerusform>
            <numerusform>Het verschil tussen de varianten is nog niet significant (chikwadraattoets, p %1, %Ln klikken): elke variant krijgt ongeveer de klikken die zijn aandeel bezoekers oplevert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Linkdeck::SyncQueue</name>
    <message>
        <source>Could not keep the change for later.</source>
        <translation>De wijziging kan niet voor later worden bewaard.</translation>
    </message>
    <message>
        <source>Could not update the list of changes to send.</source>
        <translation>De lijst met te verzenden wijzigingen kan niet worden bijgewerkt.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::UrlValidator</name>
    <message>
        <source>Enter the web address the short link should open.</source>
        <translation>Voer het webadres in dat de korte link moet openen.</translation>
    </message>
    <message>
        <source>The address contains a line break or another invisible character. Paste it again on one line.</source>
        <translation>Het adres bevat een regeleinde of een ander onzichtbaar teken. Plak het opnieuw op één regel.</translation>
    </message>
    <message>
        <source>Links that run a script (%1:) are refused: they can harm the people who click them.</source>
        <translation>Links die een script uitvoeren (%1:) worden geweigerd: ze kunnen de mensen die erop klikken schaden.</translation>
    </message>
    <message>
        <source>Links that carry their own content (data:) are refused: they are a common phishing trick.</source>
        <translation>Links die hun eigen inhoud meedragen (data:) worden geweigerd: ze zijn een veelgebruikte phishingtruc.</translation>
    </message>
    <message>
        <source>A file: address only works on the computer it points to. Use a web address (https://…).</source>
        <translation>Een file:-adres werkt alleen op de computer waarnaar het verwijst. Gebruik een webadres (https://…).</translation>
    </message>
    <message>
        <source>Only web addresses (http:// or https://) can be shortened, not “%1:” addresses.</source>
        <translation>Alleen webadressen (http:// of https://) kunnen worden ingekort, geen “%1:”-adressen.</translation>
    </message>
    <message>
        <source>The address is incomplete: “%1:” must be followed by “//” and a site name.</source>
        <translation>Het adres is onvolledig: na “%1:” moeten “//” en een sitenaam komen.</translation>
    </message>
    <message>
        <source>The address has no site name. Enter a full address such as https://example.com/page.</source>
        <translation>Het adres heeft geen sitenaam. Voer een volledig adres in zoals https://example.com/pagina.</translation>
    </message>
    <message>
        <source>The address contains a user name or password (before “@”). Such links are refused because they are used to disguise where a link goes.</source>
        <translation>Het adres bevat een gebruikersnaam of wachtwoord (vóór “@”). Zulke links worden geweigerd, omdat ze worden gebruikt om te verhullen waar een link naartoe gaat.</translation>
    </message>
    <message>
        <source>The site name contains a space.</source>
        <translation>De sitenaam bevat een spatie.</translation>
    </message>
    <message>
        <source>The address “%1” is not valid.</source>
        <translation>Het adres “%1” is niet geldig.</translation>
    </message>
    <message>
        <source>“%1” is not a valid site name.</source>
        <translation>“%1” is geen geldige sitenaam.</translation>
    </message>
    <message>
        <source>“%1” is not a web address. Enter the site too, such as %1.com or https://%1/.</source>
        <translation>“%1” is geen webadres. Voer ook de site in, zoals %1.com of https://%1/.</translation>
    </message>
    <message>
        <source>The port “%1” is not valid; it must be a number from 1 to 65535.</source>
        <translation>De poort “%1” is niet geldig; het moet een getal van 1 tot 65535 zijn.</translation>
    </message>
    <message>
        <source>The address is too long: %1 characters, and at most %2 are allowed.</source>
        <translation>Het adres is te lang: %1 tekens, en er zijn hoogstens %2 toegestaan.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::UtmPresets</name>
    <message>
        <source>Newsletter</source>
        <translation>Nieuwsbrief</translation>
    </message>
    <message>
        <source>Print (QR code)</source>
        <translation>Drukwerk (QR-code)</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Sociale media</translation>
    </message>
    <message>
        <source>Paid social</source>
        <translation>Betaalde sociale media</translation>
    </message>
    <message>
        <source>Partner or affiliate</source>
        <translation>Partner of affiliate</translation>
    </message>
</context>
<context>
    <name>LocalServerPanel</name>
    <message>
        <source>Local server</source>
        <translation>Lokale server</translation>
    </message>
    <message>
        <source>Start with Linkdeck</source>
        <translation>Starten met Linkdeck</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Voorkeuren</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Algemeen</translation>
    </message>
    <message>
        <source>New links</source>
        <translation>Nieuwe links</translation>
    </message>
    <message>
        <source>Random back-half length:</source>
        <translation>Lengte van willekeurig achtervoegsel:</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> tekens</translation>
    </message>
    <message>
        <source>Tracking preset for new links:</source>
        <translation>Trackingsjabloon voor nieuwe links:</translation>
    </message>
    <message>
        <source>Write tracking values in lower case</source>
        <translation>Trackingwaarden in kleine letters schrijven</translation>
    </message>
    <message>
        <source>Local server</source>
        <translation>Lokale server</translation>
    </message>
    <message>
        <source>Port on this computer:</source>
        <translation>Poort op deze computer:</translation>
    </message>
    <message>
        <source>Public &amp;address:</source>
        <translation>Openbaar &amp;adres:</translation>
    </message>
    <message>
        <source>https://go.example.com</source>
        <translation>https://go.example.com</translation>
    </message>
    <message>
        <source>The domain people open this computer&apos;s links at, such as one a reverse proxy answers on; short links, copies and QR codes use it. Empty: this computer only (localhost).</source>
        <translation>Het domein waarop mensen de links van deze computer openen, zoals een domein waarop een reverse proxy antwoordt; korte links, kopieën en QR-codes gebruiken het. Leeg: alleen deze computer (localhost).</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Weergave</translation>
    </message>
    <message>
        <source>&amp;Colours:</source>
        <translation>&amp;Kleuren:</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Systeem</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Licht</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Donker</translation>
    </message>
</context>
<context>
    <name>QrStudioDialog</name>
    <message>
        <source>QR Code</source>
        <translation>QR-code</translation>
    </message>
    <message>
        <source>&amp;Content:</source>
        <translation>&amp;Inhoud:</translation>
    </message>
    <message>
        <source>Pre&amp;set:</source>
        <translation>Sja&amp;bloon:</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Opslaan…</translation>
    </message>
    <message>
        <source>Remember these settings under a name</source>
        <translation>Deze instellingen onder een naam onthouden</translation>
    </message>
    <message>
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <source>Save the code as a file</source>
        <translation>De code als bestand opslaan</translation>
    </message>
    <message>
        <source>SVG…</source>
        <translation>SVG…</translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation>PDF…</translation>
    </message>
    <message>
        <source>EPS…</source>
        <translation>EPS…</translation>
    </message>
    <message>
        <source>CMYK PDF…</source>
        <translation>CMYK-PDF…</translation>
    </message>
    <message>
        <source>A PDF in CMYK with the modules in pure black (K), as print shops ask for</source>
        <translation>Een PDF in CMYK met de modules in puur zwart (K), zoals drukkerijen vragen</translation>
    </message>
    <message>
        <source>Copy Image</source>
        <translation>Afbeelding kopiëren</translation>
    </message>
    <message>
        <source>Copy SVG</source>
        <translation>SVG kopiëren</translation>
    </message>
    <message>
        <source>Label Sheet</source>
        <translation>Labelvel</translation>
    </message>
    <message>
        <source>Paper, gr&amp;id:</source>
        <translation>Papier, &amp;raster:</translation>
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
        <translation>Marge, &amp;tussenruimte:</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source>Margin around the page</source>
        <translation>Marge rond de pagina</translation>
    </message>
    <message>
        <source>Gap between the labels</source>
        <translation>Ruimte tussen de labels</translation>
    </message>
    <message>
        <source>Short URL under each code</source>
        <translation>Korte URL onder elke code</translation>
    </message>
    <message>
        <source>Sheet PDF…</source>
        <translation>PDF van vel…</translation>
    </message>
    <message>
        <source>Save the label sheet as a PDF</source>
        <translation>Het labelvel als PDF opslaan</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Afdrukken…</translation>
    </message>
    <message>
        <source>Print the label sheet, with a preview</source>
        <translation>Het labelvel afdrukken, met een voorbeeld</translation>
    </message>
</context>
<context>
    <name>QrStyleForm</name>
    <message>
        <source>&amp;Error correction:</source>
        <translation>&amp;Foutcorrectie:</translation>
    </message>
    <message>
        <source>Low (7 %)</source>
        <translation>Laag (7 %)</translation>
    </message>
    <message>
        <source>Medium (15 %)</source>
        <translation>Gemiddeld (15 %)</translation>
    </message>
    <message>
        <source>Quartile (25 %)</source>
        <translation>Kwartiel (25 %)</translation>
    </message>
    <message>
        <source>High (30 %)</source>
        <translation>Hoog (30 %)</translation>
    </message>
    <message>
        <source>Minimum &amp;version:</source>
        <translation>Minimale &amp;versie:</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Keep the code at least this version (1 to 40), e.g. so that a series of codes has one size</source>
        <translation>De code minstens op deze versie houden (1 tot 40), bijv. zodat een reeks codes één grootte heeft</translation>
    </message>
    <message>
        <source>&amp;Modules:</source>
        <translation>&amp;Modules:</translation>
    </message>
    <message>
        <source>Squares</source>
        <translation>Vierkanten</translation>
    </message>
    <message>
        <source>Rounded</source>
        <translation>Afgerond</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>Stippen</translation>
    </message>
    <message>
        <source>Corner ma&amp;rks:</source>
        <translation>&amp;Hoekmarkeringen:</translation>
    </message>
    <message>
        <source>Square</source>
        <translation>Vierkant</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>&amp;Grootte:</translation>
    </message>
    <message>
        <source>Printed width</source>
        <translation>Afgedrukte breedte</translation>
    </message>
    <message>
        <source>Module size</source>
        <translation>Modulegrootte</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source>The printed width of the code, quiet zone included</source>
        <translation>De afgedrukte breedte van de code, stille zone inbegrepen</translation>
    </message>
    <message>
        <source>The printed size of one module (one square of the code)</source>
        <translation>De afgedrukte grootte van één module (één vierkantje van de code)</translation>
    </message>
    <message>
        <source>&amp;Quiet zone:</source>
        <translation>&amp;Stille zone:</translation>
    </message>
    <message>
        <source> modules</source>
        <translation> modules</translation>
    </message>
    <message>
        <source>PNG resol&amp;ution:</source>
        <translation>PNG-resol&amp;utie:</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <source>&amp;Foreground:</source>
        <translation>V&amp;oorgrond:</translation>
    </message>
    <message>
        <source>#rrggbb, a colour name, or cmyk(c,m,y,k) in percent, e.g. cmyk(0,0,0,100) for pure black</source>
        <translation>#rrggbb, een kleurnaam, of cmyk(c,m,y,k) in procenten, bijv. cmyk(0,0,0,100) voor puur zwart</translation>
    </message>
    <message>
        <source>Choose the foreground colour</source>
        <translation>Kies de voorgrondkleur</translation>
    </message>
    <message>
        <source>Choose a colour</source>
        <translation>Kies een kleur</translation>
    </message>
    <message>
        <source>&amp;Background:</source>
        <translation>&amp;Achtergrond:</translation>
    </message>
    <message>
        <source>Choose the background colour</source>
        <translation>Kies de achtergrondkleur</translation>
    </message>
    <message>
        <source>Transparent</source>
        <translation>Transparant</translation>
    </message>
    <message>
        <source>&amp;Logo:</source>
        <translation>&amp;Logo:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Kiezen…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Verwijderen</translation>
    </message>
    <message>
        <source>Ca&amp;ption:</source>
        <translation>Onders&amp;chrift:</translation>
    </message>
    <message>
        <source>Optional text under the code</source>
        <translation>Optionele tekst onder de code</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Branded short links, campaign charts and QR codes.</source>
        <translation>Korte links met je eigen merk, campagnegrafieken en QR-codes.</translation>
    </message>
    <message>
        <source>Keep the database and settings in &lt;dir&gt;.</source>
        <translation>De database en instellingen in &lt;dir&gt; bewaren.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dir</translation>
    </message>
    <message>
        <source>Linkdeck is already open</source>
        <translation>Linkdeck is al geopend</translation>
    </message>
    <message>
        <source>Linkdeck cannot start</source>
        <translation>Linkdeck kan niet starten</translation>
    </message>
</context>
</TS>
