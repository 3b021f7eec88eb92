<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL">
<context>
    <name>AccountDialog</name>
    <message>
        <source>Add Account</source>
        <translation>Dodaj konto</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Usługa:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nazwa:</translation>
    </message>
    <message>
        <source>Marketing team</source>
        <translation>Zespół marketingu</translation>
    </message>
    <message>
        <source>API &amp;token:</source>
        <translation>&amp;Token API:</translation>
    </message>
    <message>
        <source>API &amp;address:</source>
        <translation>&amp;Adres API:</translation>
    </message>
    <message>
        <source>&amp;Default domain:</source>
        <translation>&amp;Domyślna domena:</translation>
    </message>
    <message>
        <source>Test &amp;Connection</source>
        <translation>Sprawdź &amp;połączenie</translation>
    </message>
    <message>
        <source>The token is kept in your system&apos;s keychain, not in Linkdeck&apos;s files.</source>
        <translation>Token jest przechowywany w pęku kluczy systemu, a nie w plikach Linkdecka.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Account</name>
    <message>
        <source>This computer</source>
        <translation>Ten komputer</translation>
    </message>
</context>
<context>
    <name>Linkdeck::AccountRepository</name>
    <message>
        <source>Enter the address of the Shlink server, such as https://s.example.com.</source>
        <translation>Wpisz adres serwera Shlink, na przykład https://s.example.com.</translation>
    </message>
    <message>
        <source>The API address must start with https:// (or http:// for a server on your own network).</source>
        <translation>Adres API musi zaczynać się od https:// (lub http:// dla serwera we własnej sieci).</translation>
    </message>
    <message>
        <source>%1 is reached over http://, so the API token travels unencrypted and anyone on the network between can read it. Use https:// unless the server is on this computer.</source>
        <translation>Połączenie z %1 odbywa się przez http://, więc token API jest przesyłany bez szyfrowania i każdy w sieci pośredniej może go odczytać. Użyj https://, chyba że serwer działa na tym komputerze.</translation>
    </message>
    <message>
        <source>Give the account a name.</source>
        <translation>Nadaj kontu nazwę.</translation>
    </message>
    <message>
        <source>There is already an account named “%1”.</source>
        <translation>Konto o nazwie „%1” już istnieje.</translation>
    </message>
    <message>
        <source>Could not save the account.</source>
        <translation>Nie można zapisać konta.</translation>
    </message>
    <message>
        <source>“This computer” cannot be removed.</source>
        <translation>Nie można usunąć konta „Ten komputer”.</translation>
    </message>
    <message>
        <source>Could not remove the account.</source>
        <translation>Nie można usunąć konta.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::AccountSync</name>
    <message>
        <source>This account&apos;s service cannot list its links.</source>
        <translation>Usługa tego konta nie potrafi wyświetlić listy swoich linków.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Anulowano.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Analytics</name>
    <message>
        <source>Could not read the click statistics.</source>
        <translation>Nie można odczytać statystyk kliknięć.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::BitlyProvider</name>
    <message>
        <source>This back-half is already used on Bitly. Choose another one.</source>
        <translation>Ta końcówka jest już używana w Bitly. Wybierz inną.</translation>
    </message>
    <message>
        <source>Your Bitly plan&apos;s monthly limit is reached. Links can be created again next month, or after an upgrade.</source>
        <translation>Osiągnięto miesięczny limit planu Bitly. Linki będzie można znowu tworzyć w przyszłym miesiącu lub po zmianie planu na wyższy.</translation>
    </message>
    <message>
        <source>Bitly is limiting requests from this account. Wait a minute and try again.</source>
        <translation>Bitly ogranicza żądania tego konta. Odczekaj minutę i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>Bitly did not accept the API token of “%1”. Check it in Preferences &gt; Accounts.</source>
        <translation>Bitly nie zaakceptował tokenu API konta „%1”. Sprawdź go w Preferencje &gt; Konta.</translation>
    </message>
    <message>
        <source>Bitly refused: %1</source>
        <translation>Bitly odrzucił: %1</translation>
    </message>
    <message>
        <source>Bitly refused the destination address. Check that it is a complete web address.</source>
        <translation>Bitly odrzucił adres docelowy. Sprawdź, czy to pełny adres internetowy.</translation>
    </message>
    <message>
        <source>This domain is not set up in your Bitly account.</source>
        <translation>Ta domena nie jest skonfigurowana na Twoim koncie Bitly.</translation>
    </message>
    <message>
        <source>This Bitly account has no active group to keep links in.</source>
        <translation>To konto Bitly nie ma aktywnej grupy, w której można przechowywać linki.</translation>
    </message>
    <message>
        <source>Bitly gives no breakdown by %1.</source>
        <translation>Bitly nie podaje podziału według: %1.</translation>
    </message>
    <message>
        <source>Your Bitly plan does not include clicks by device.</source>
        <translation>Twój plan Bitly nie obejmuje kliknięć według urządzeń.</translation>
    </message>
    <message>
        <source>Your Bitly plan does not include this breakdown.</source>
        <translation>Twój plan Bitly nie obejmuje tego podziału.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Bulk::CampaignMatrix</name>
    <message>
        <source>Name the campaign.</source>
        <translation>Nadaj kampanii nazwę.</translation>
    </message>
    <message>
        <source>Enter at least one destination.</source>
        <translation>Wpisz co najmniej jeden adres docelowy.</translation>
    </message>
    <message>
        <source>Enter at least one source, such as newsletter or facebook.</source>
        <translation>Wpisz co najmniej jedno źródło, np. newsletter lub facebook.</translation>
    </message>
    <message>
        <source>Enter at least one medium, such as email or social.</source>
        <translation>Wpisz co najmniej jedno medium, np. email lub social.</translation>
    </message>
    <message>
        <source>This makes %1 links; a campaign matrix makes at most %2. Split it into several.</source>
        <translation>To dałoby %1 linków; kampania tworzy naraz najwyżej %2. Podziel ją na kilka.</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>„%1”: %2</translation>
    </message>
    <message>
        <source>The back-half pattern makes “%1”: %2</source>
        <translation>Wzorzec końcówek daje „%1”: %2</translation>
    </message>
    <message>
        <source>The back-half pattern makes “%1” twice (links %2 and %3): add {content}, {page} or {n} to it.</source>
        <translation>Wzorzec końcówek daje „%1” dwukrotnie (linki %2 i %3): dodaj do niego {content}, {page} lub {n}.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Bulk::ColumnMapping</name>
    <message>
        <source>No column holds the addresses the links go to. Name one &quot;destination&quot; or &quot;url&quot; in the first row, or choose it in the column mapping.</source>
        <translation>Żadna kolumna nie zawiera adresów, do których prowadzą linki. Nazwij jedną „destination” lub „url” w pierwszym wierszu albo wybierz ją w przypisaniu kolumn.</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(nie zaimportowano)</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Cel</translation>
    </message>
    <message>
        <source>Back-half</source>
        <translation>Końcówka</translation>
    </message>
    <message>
        <source>Short URL</source>
        <translation>Krótki link</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tagi</translation>
    </message>
    <message>
        <source>UTM source</source>
        <translation>Źródło UTM</translation>
    </message>
    <message>
        <source>UTM medium</source>
        <translation>Medium UTM</translation>
    </message>
    <message>
        <source>UTM campaign</source>
        <translation>Kampania UTM</translation>
    </message>
    <message>
        <source>UTM term</source>
        <translation>Termin UTM</translation>
    </message>
    <message>
        <source>UTM content</source>
        <translation>Treść UTM</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domena</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Początek</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Wygasa</translation>
    </message>
    <message>
        <source>Maximum clicks</source>
        <translation>Maksymalna liczba kliknięć</translation>
    </message>
    <message>
        <source>Then go to</source>
        <translation>Potem do</translation>
    </message>
    <message>
        <source>Redirect status</source>
        <translation>Kod przekierowania</translation>
    </message>
    <message>
        <source>Forward query</source>
        <translation>Przekazuj parametry</translation>
    </message>
    <message>
        <source>Crawlable</source>
        <translation>Indeksowany</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Utworzono</translation>
    </message>
    <message>
        <source>Clicks (not imported)</source>
        <translation>Kliknięcia (nie zaimportowano)</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Bulk::Exporter</name>
    <message>
        <source>The file could not be written.</source>
        <translation>Nie można zapisać pliku.</translation>
    </message>
    <message>
        <source>The export was stopped; no file was written.</source>
        <translation>Eksport został przerwany; nie zapisano żadnego pliku.</translation>
    </message>
    <message>
        <source>“%1” cannot be written: %2</source>
        <translation>Nie można zapisać „%1”: %2</translation>
    </message>
    <message>
        <source>“%1” cannot be written.</source>
        <translation>Nie można zapisać „%1”.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln link(s) from Bitly, Shlink or another service have empty countries, referrers and devices: Linkdeck has these only for links on this computer, and for a service&apos;s link once its statistics were shown from its first day to today.</source>
        <translation>
            <numerusform>%Ln link z Bitly, Shlink lub innej usługi ma puste kraje, strony odsyłające i urządzenia: Linkdeck ma je tylko dla linków na tym komputerze i dla linku usługi, gdy jego statystyki zostały wyświetlone od pierwszego dnia do dziś.</numerusform>
            <numerusform>%Ln linki z Bitly, Shlink lub innej usługi mają puste kraje, strony odsyłające i urządzenia: Linkdeck ma je tylko dla linków na tym komputerze i dla linku usługi, gdy jego statystyki zostały wyświetlone od pierwszego dnia do dziś.</numerusform>
            <numerusform>%Ln linków z Bitly, Shlink lub innej usługi ma puste kraje, strony odsyłające i urządzenia: Linkdeck ma je tylko dla linków na tym komputerze i dla linku usługi, gdy jego statystyki zostały wyświetlone od pierwszego dnia do dziś.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The services report no browsers or operating systems: those columns are empty for %Ln link(s) of theirs.</source>
        <translation>
            <numerusform>Usługi nie podają przeglądarek ani systemów operacyjnych: te kolumny są puste dla %Ln z ich linków.</numerusform>
            <numerusform>Usługi nie podają przeglądarek ani systemów operacyjnych: te kolumny są puste dla %Ln z ich linków.</numerusform>
            <numerusform>Usługi nie podają przeglądarek ani systemów operacyjnych: te kolumny są puste dla %Ln z ich linków.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Linkdeck::Bulk::ImportReport</name>
    <message>
        <source>Nothing was imported.</source>
        <translation>Nic nie zostało zaimportowane.</translation>
    </message>
    <message>
        <source>Dry run: %1 to create, %2 already there, %3 to update, %4 to create under another back-half, %5 skipped (back-half taken), %6 invalid.</source>
        <translation>Próba: do utworzenia %1, już istnieje %2, do aktualizacji %3, do utworzenia z inną końcówką %4, pominięto %5 (końcówka zajęta), nieprawidłowe %6.</translation>
    </message>
    <message>
        <source>%1 created, %2 already there, %3 updated, %4 created under another back-half, %5 skipped (back-half taken), %6 invalid, %7 failed.</source>
        <translation>Utworzono %1, już istniało %2, zaktualizowano %3, utworzono z inną końcówką %4, pominięto %5 (końcówka zajęta), nieprawidłowe %6, nieudane %7.</translation>
    </message>
    <message>
        <source>The import was stopped; import the file again to go on where it stopped.</source>
        <translation>Import został przerwany; zaimportuj plik ponownie, aby kontynuować od miejsca przerwania.</translation>
    </message>
    <message>
        <source>The report could not be written: %1</source>
        <translation>Nie można zapisać raportu: %1</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Bulk::Importer</name>
    <message>
        <source>created</source>
        <translation>utworzono</translation>
    </message>
    <message>
        <source>will create</source>
        <translation>zostanie utworzony</translation>
    </message>
    <message>
        <source>already there</source>
        <translation>już istnieje</translation>
    </message>
    <message>
        <source>skipped: back-half taken</source>
        <translation>pominięto: końcówka zajęta</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>zaktualizowano</translation>
    </message>
    <message>
        <source>will update</source>
        <translation>zostanie zaktualizowany</translation>
    </message>
    <message>
        <source>created under another back-half</source>
        <translation>utworzono z inną końcówką</translation>
    </message>
    <message>
        <source>will create under another back-half</source>
        <translation>zostanie utworzony z inną końcówką</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>nieprawidłowy</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>nieudane</translation>
    </message>
    <message>
        <source>Only a file can be imported (it is read twice).</source>
        <translation>Zaimportować można tylko plik (jest odczytywany dwukrotnie).</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Wiersz %1: %2</translation>
    </message>
    <message>
        <source>the destination is empty.</source>
        <translation>adres docelowy jest pusty.</translation>
    </message>
    <message>
        <source>“%1” is not a date; write it as 2026-12-31 or 2026-12-31T23:59:00Z.</source>
        <translation>„%1” nie jest datą; zapisz ją jako 2026-12-31 lub 2026-12-31T23:59:00Z.</translation>
    </message>
    <message>
        <source>the maximum of clicks “%1” is not a whole number of at least 1.</source>
        <translation>maksymalna liczba kliknięć „%1” nie jest liczbą całkowitą równą co najmniej 1.</translation>
    </message>
    <message>
        <source>the address to go to after the end: %1</source>
        <translation>adres, pod który kierować po zakończeniu: %1</translation>
    </message>
    <message>
        <source>the redirect status “%1” is not one of 301, 302, 307 or 308.</source>
        <translation>kod przekierowania „%1” nie jest żadnym z 301, 302, 307, 308.</translation>
    </message>
    <message>
        <source>“%1” is neither true nor false (forward query).</source>
        <translation>„%1” nie jest ani true, ani false (przekazuj parametry).</translation>
    </message>
    <message>
        <source>“%1” is neither true nor false (crawlable).</source>
        <translation>„%1” nie jest ani true, ani false (indeksowany).</translation>
    </message>
    <message>
        <source>No file is open.</source>
        <translation>Żaden plik nie jest otwarty.</translation>
    </message>
    <message>
        <source>Linkdeck cannot use this account.</source>
        <translation>Linkdeck nie może użyć tego konta.</translation>
    </message>
    <message>
        <source>The file has column names but no links below them.</source>
        <translation>Plik ma nazwy kolumn, ale pod nimi nie ma żadnych linków.</translation>
    </message>
    <message>
        <source>the back-half “%1” on %2 already goes to %3; the row was skipped.</source>
        <translation>końcówka „%1” w %2 prowadzi już do %3; wiersz został pominięty.</translation>
    </message>
    <message>
        <source>the back-half “%1” is used by a row above for %2; the row was skipped.</source>
        <translation>końcówka „%1” jest użyta przez wiersz powyżej dla %2; wiersz został pominięty.</translation>
    </message>
    <message>
        <source>no free back-half was found for “%1”; the row was skipped.</source>
        <translation>nie znaleziono wolnej końcówki dla „%1”; wiersz został pominięty.</translation>
    </message>
    <message>
        <source>the back-half “%1” was taken; the link is “%2”.</source>
        <translation>końcówka „%1” była zajęta; link to „%2”.</translation>
    </message>
    <message>
        <source>the link to update is gone.</source>
        <translation>link do aktualizacji już nie istnieje.</translation>
    </message>
    <message>
        <source>kept on this computer; it is sent when the service can be reached.</source>
        <translation>zachowano na tym komputerze; zostanie wysłany, gdy usługa będzie osiągalna.</translation>
    </message>
    <message>
        <source>The service still refuses more links for now (%1). Import the file again later to go on where it stopped.</source>
        <translation>Usługa na razie nadal odrzuca kolejne linki (%1). Zaimportuj plik ponownie później, aby kontynuować od miejsca przerwania.</translation>
    </message>
    <message numerus="yes">
        <source>About %n second(s) left at %1&apos;s request limits.</source>
        <translation>
            <numerusform>Pozostało około %n sekundy przy limitach żądań %1.</numerusform>
            <numerusform>Pozostało około %n sekund przy limitach żądań %1.</numerusform>
            <numerusform>Pozostało około %n sekund przy limitach żądań %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>About %n minute(s) left at %1&apos;s request limits.</source>
        <translation>
            <numerusform>Pozostało około %n minuty przy limitach żądań %1.</numerusform>
            <numerusform>Pozostało około %n minut przy limitach żądań %1.</numerusform>
            <numerusform>Pozostało około %n minut przy limitach żądań %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>About %n hour(s) left at %1&apos;s request limits.</source>
        <translation>
            <numerusform>Pozostało około %n godziny przy limitach żądań %1.</numerusform>
            <numerusform>Pozostało około %n godzin przy limitach żądań %1.</numerusform>
            <numerusform>Pozostało około %n godzin przy limitach żądań %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your %1 plan allows %n more link(s) this month; this import needs %2.</source>
        <translation>
            <numerusform>Plan %1 pozwala w tym miesiącu utworzyć jeszcze %n link; ten import potrzebuje %2.</numerusform>
            <numerusform>Plan %1 pozwala w tym miesiącu utworzyć jeszcze %n linki; ten import potrzebuje %2.</numerusform>
            <numerusform>Plan %1 pozwala w tym miesiącu utworzyć jeszcze %n linków; ten import potrzebuje %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Nothing more was sent: put the account right, then run again to go on where it stopped.</source>
        <translation>%1 Nic więcej nie wysłano: popraw konto, a potem uruchom ponownie, aby kontynuować od miejsca zatrzymania.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Bulk::LinkTransfer</name>
    <message>
        <source>Choose the links to copy or move.</source>
        <translation>Wybierz linki do skopiowania lub przeniesienia.</translation>
    </message>
    <message>
        <source>Linkdeck cannot use this account.</source>
        <translation>Linkdeck nie może użyć tego konta.</translation>
    </message>
    <message>
        <source>It has a password, which cannot go along: make it there by hand and set a password again.</source>
        <translation>Ma hasło, którego nie można przenieść: utwórz go tam ręcznie i ponownie ustaw hasło.</translation>
    </message>
    <message>
        <source>The old link stays as it was: its service cannot change where a link goes.</source>
        <translation>Stary link pozostaje bez zmian: jego usługa nie potrafi zmienić celu linku.</translation>
    </message>
    <message>
        <source>The new link exists; the old one still goes to the old address: %1</source>
        <translation>Nowy link istnieje; stary nadal prowadzi pod stary adres: %1</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Bulk::TableReader</name>
    <message>
        <source>Row %1: %2</source>
        <translation>Wiersz %1: %2</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>Nie można odczytać pliku.</translation>
    </message>
    <message>
        <source>The file is empty: there are no links to import.</source>
        <translation>Plik jest pusty: nie ma linków do zaimportowania.</translation>
    </message>
    <message>
        <source>The JSON file is larger than %1 MB; export the links as CSV instead, which is read in parts.</source>
        <translation>Plik JSON jest większy niż %1 MB; wyeksportuj linki jako CSV, który jest odczytywany w częściach.</translation>
    </message>
    <message>
        <source>The JSON file cannot be read: %1 in line %2.</source>
        <translation>Nie można odczytać pliku JSON: %1 w wierszu %2.</translation>
    </message>
    <message>
        <source>The JSON file holds no list of links.</source>
        <translation>Plik JSON nie zawiera listy linków.</translation>
    </message>
    <message>
        <source>Row %1: the JSON list holds something other than a link (an object).</source>
        <translation>Wiersz %1: lista JSON zawiera coś innego niż link (obiekt).</translation>
    </message>
    <message>
        <source>The JSON file holds no links.</source>
        <translation>Plik JSON nie zawiera linków.</translation>
    </message>
    <message>
        <source>The workbook&apos;s first sheet is empty: there are no links to import.</source>
        <translation>Pierwszy arkusz skoroszytu jest pusty: nie ma linków do zaimportowania.</translation>
    </message>
    <message>
        <source>the file holds binary data, not text; it is not a CSV or TSV table.</source>
        <translation>plik zawiera dane binarne, a nie tekst; to nie jest tabela CSV ani TSV.</translation>
    </message>
    <message>
        <source>a quoted field that starts in this row has no closing quote mark. Check the quotes in that row; nothing was imported from it on.</source>
        <translation>pole w cudzysłowie, które zaczyna się w tym wierszu, nie ma cudzysłowu zamykającego. Sprawdź cudzysłowy w tym wierszu; od tego miejsca nic nie zostało zaimportowane.</translation>
    </message>
    <message>
        <source>the row is longer than %1 characters; the file is probably not a table of links.</source>
        <translation>wiersz jest dłuższy niż %1 znaków; plik prawdopodobnie nie jest tabelą linków.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Bulk::TransferReport</name>
    <message numerus="yes">
        <source>%n link(s) moved</source>
        <translation>
            <numerusform>Przeniesiono %n link</numerusform>
            <numerusform>Przeniesiono %n linki</numerusform>
            <numerusform>Przeniesiono %n linków</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) copied</source>
        <translation>
            <numerusform>Skopiowano %n link</numerusform>
            <numerusform>Skopiowano %n linki</numerusform>
            <numerusform>Skopiowano %n linków</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n old link(s) pointed to the new one(s)</source>
        <translation>
            <numerusform>%n stary link przekierowano na nowy</numerusform>
            <numerusform>%n stare linki przekierowano na nowe</numerusform>
            <numerusform>%n starych linków przekierowano na nowe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not made</source>
        <translation>
            <numerusform>%n nieutworzony</numerusform>
            <numerusform>%n nieutworzone</numerusform>
            <numerusform>%n nieutworzonych</numerusform>
        </translation>
    </message>
    <message>
        <source>The mapping file could not be written: %1</source>
        <translation>Nie można zapisać pliku przypisań: %1</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Bulk::XlsxSheet</name>
    <message>
        <source>The Excel workbook cannot be read; it may be damaged. Save it again in Excel, or as CSV.</source>
        <translation>Nie można odczytać skoroszytu Excela; może być uszkodzony. Zapisz go ponownie w Excelu lub jako CSV.</translation>
    </message>
    <message>
        <source>The Excel workbook is too large to read; save it as CSV.</source>
        <translation>Skoroszyt Excela jest za duży do odczytania; zapisz go jako CSV.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::CachedProvider</name>
    <message>
        <source>%1 cannot start or end a link at a date.</source>
        <translation>%1 nie potrafi rozpocząć ani zakończyć linku w określonym dniu.</translation>
    </message>
    <message>
        <source>%1 cannot limit the clicks of a link.</source>
        <translation>%1 nie potrafi ograniczyć kliknięć linku.</translation>
    </message>
    <message>
        <source>%1 cannot give link previews a title, description or image; only links on this computer can.</source>
        <translation>%1 nie potrafi nadać podglądom linków tytułu, opisu ani obrazu; potrafią to tylko linki na tym komputerze.</translation>
    </message>
    <message>
        <source>%1 cannot split a link&apos;s visitors between destinations; only links on this computer can.</source>
        <translation>%1 nie potrafi dzielić odwiedzających linku między kilka celów; potrafią to tylko linki na tym komputerze.</translation>
    </message>
    <message>
        <source>%1 cannot send the visitors of an ended link to another address; only links on this computer can. Leave that address empty.</source>
        <translation>%1 nie potrafi kierować odwiedzających zakończonego linku pod inny adres; potrafią to tylko linki na tym komputerze. Pozostaw ten adres pusty.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::CampaignStats</name>
    <message>
        <source>%1 does not report browsers or operating systems: only the links on this computer are counted here.</source>
        <translation>%1 nie podaje przeglądarek ani systemów operacyjnych: liczone są tu tylko linki na tym komputerze.</translation>
    </message>
    <message>
        <source>%1 do not report browsers or operating systems: only the links on this computer are counted here.</source>
        <translation>%1 nie podają przeglądarek ani systemów operacyjnych: liczone są tu tylko linki na tym komputerze.</translation>
    </message>
    <message>
        <source>Only the links on this computer are in the chart: the clicks of %1 links over time cannot be filtered.</source>
        <translation>Na wykresie są tylko linki na tym komputerze: kliknięć linków z %1 nie można filtrować w czasie.</translation>
    </message>
    <message numerus="yes">
        <source>Totals only, not clicks over time, from %1: those links have %Ln click(s) in all, not in the series.</source>
        <translation>
            <numerusform>Z %1 tylko sumy, bez kliknięć w czasie: te linki mają łącznie %Ln kliknięcie, którego nie ma w serii.</numerusform>
            <numerusform>Z %1 tylko sumy, bez kliknięć w czasie: te linki mają łącznie %Ln kliknięcia, których nie ma w serii.</numerusform>
            <numerusform>Z %1 tylko sumy, bez kliknięć w czasie: te linki mają łącznie %Ln kliknięć, których nie ma w serii.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fetching the figures of %1…</source>
        <translation>Pobieranie danych z %1…</translation>
    </message>
    <message>
        <source>%1: %2 Showing the figures saved earlier.</source>
        <translation>%1: %2 Wyświetlane są wcześniej zapisane dane.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: your plan does not include click statistics for some links.</source>
        <translation>%1: Twój plan nie obejmuje statystyk kliknięć niektórych linków.</translation>
    </message>
    <message>
        <source>%1: %2 Its links are not in the series.</source>
        <translation>%1: %2 Jego linków nie ma w serii.</translation>
    </message>
    <message>
        <source>Figures from %1: %2.</source>
        <translation>Dane z %1: %2.</translation>
    </message>
    <message>
        <source>Variant %1: %2</source>
        <translation>Wariant %1: %2</translation>
    </message>
    <message>
        <source>Other clicks</source>
        <translation>Pozostałe kliknięcia</translation>
    </message>
    <message>
        <source>Other links</source>
        <translation>Pozostałe linki</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Cli</name>
    <message>
        <source>The keychain did not answer.</source>
        <translation>Pęk kluczy nie odpowiedział.</translation>
    </message>
    <message>
        <source>Run linkdeck-cli from a desktop session, where GNOME Keyring or KWallet is available.</source>
        <translation>Uruchom linkdeck-cli w sesji pulpitu, w której dostępny jest GNOME Keyring lub KWallet.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nigdy</translation>
    </message>
    <message>
        <source>Adds an account with a link service. The API token is read from the terminal without showing it, or with --token-stdin as the first line of stdin, and kept only in the keychain (GNOME Keyring, KWallet). The connection is tested before anything is saved.</source>
        <translation>Dodaje konto w usłudze linków. Token API jest wczytywany z terminala bez wyświetlania albo z opcją --token-stdin jako pierwszy wiersz stdin i przechowywany tylko w pęku kluczy (GNOME Keyring, KWallet). Połączenie jest sprawdzane przed zapisaniem czegokolwiek.</translation>
    </message>
    <message>
        <source>The service: bitly, rebrandly, shlink or cuttly.</source>
        <translation>Usługa: bitly, rebrandly, shlink lub cuttly.</translation>
    </message>
    <message>
        <source>The API address: required for Shlink (the server, e.g. https://s.example.com), otherwise the service&apos;s own.</source>
        <translation>Adres API: wymagany dla Shlink (serwer, np. https://s.example.com), w pozostałych przypadkach adres usługi.</translation>
    </message>
    <message>
        <source>The Rebrandly workspace or the Bitly group (default: the account&apos;s first).</source>
        <translation>Obszar roboczy Rebrandly lub grupa Bitly (domyślnie: pierwsza z konta).</translation>
    </message>
    <message>
        <source>The domain of new links when none is given.</source>
        <translation>Domena nowych linków, gdy żadna nie jest podana.</translation>
    </message>
    <message>
        <source>Read the token from the first line of stdin.</source>
        <translation>Wczytaj token z pierwszego wiersza stdin.</translation>
    </message>
    <message>
        <source>Save the account without testing the connection.</source>
        <translation>Zapisz konto bez sprawdzania połączenia.</translation>
    </message>
    <message>
        <source>A name for the account, e.g. Marketing.</source>
        <translation>Nazwa konta, np. Marketing.</translation>
    </message>
    <message>
        <source>accounts add needs exactly one account name.</source>
        <translation>accounts add wymaga dokładnie jednej nazwy konta.</translation>
    </message>
    <message>
        <source>accounts add needs --provider bitly, rebrandly, shlink or cuttly.</source>
        <translation>accounts add wymaga --provider bitly, rebrandly, shlink lub cuttly.</translation>
    </message>
    <message>
        <source>Unknown provider “%1”: use bitly, rebrandly, shlink or cuttly.</source>
        <translation>Nieznana usługa „%1”: użyj bitly, rebrandly, shlink lub cuttly.</translation>
    </message>
    <message>
        <source>Give the account a name.</source>
        <translation>Nadaj kontu nazwę.</translation>
    </message>
    <message>
        <source>There is already an account named “%1”.</source>
        <translation>Konto o nazwie „%1” już istnieje.</translation>
    </message>
    <message>
        <source>API token for “%1” (%2): </source>
        <translation>Token API dla „%1” (%2): </translation>
    </message>
    <message>
        <source>Give the token with --token-stdin.</source>
        <translation>Podaj token przez --token-stdin.</translation>
    </message>
    <message>
        <source>The token is empty: nothing was saved.</source>
        <translation>Token jest pusty: nic nie zostało zapisane.</translation>
    </message>
    <message>
        <source>Linkdeck cannot use accounts of %1.</source>
        <translation>Linkdeck nie może używać kont %1.</translation>
    </message>
    <message>
        <source>The account “%1” was not added: %2</source>
        <translation>Nie dodano konta „%1”: %2</translation>
    </message>
    <message>
        <source>Added the account “%1” (%2).</source>
        <translation>Dodano konto „%1” (%2).</translation>
    </message>
    <message>
        <source>Lists the accounts: id, name, service, default domain, API address and last sync. Tokens stay in the keychain and are never shown.</source>
        <translation>Wyświetla konta: identyfikator, nazwę, usługę, domyślną domenę, adres API i ostatnią synchronizację. Tokeny pozostają w pęku kluczy i nigdy nie są wyświetlane.</translation>
    </message>
    <message>
        <source>table (default), csv or json.</source>
        <translation>table (domyślnie), csv lub json.</translation>
    </message>
    <message>
        <source>accounts list takes no arguments, only options: “%1”.</source>
        <translation>accounts list nie przyjmuje argumentów, tylko opcje: „%1”.</translation>
    </message>
    <message>
        <source>Unknown format “%1”: use table, csv or json.</source>
        <translation>Nieznany format „%1”: użyj table, csv lub json.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAZWA</translation>
    </message>
    <message>
        <source>PROVIDER</source>
        <translation>USŁUGA</translation>
    </message>
    <message>
        <source>DOMAIN</source>
        <translation>DOMENA</translation>
    </message>
    <message>
        <source>API BASE</source>
        <translation>ADRES API</translation>
    </message>
    <message>
        <source>LAST SYNC</source>
        <translation>OSTATNIA SYNCHRONIZACJA</translation>
    </message>
    <message>
        <source>Could not write the list to the output.</source>
        <translation>Nie można zapisać listy na wyjście.</translation>
    </message>
    <message>
        <source>Removes an account from Linkdeck, with the links kept of it on this computer and its token in the keychain. The links stay with the service.</source>
        <translation>Usuwa konto z Linkdecka wraz z linkami tego konta przechowywanymi na tym komputerze i jego tokenem w pęku kluczy. Linki pozostają w usłudze.</translation>
    </message>
    <message>
        <source>The account&apos;s name.</source>
        <translation>Nazwa konta.</translation>
    </message>
    <message>
        <source>accounts remove needs exactly one account name.</source>
        <translation>accounts remove wymaga dokładnie jednej nazwy konta.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made offline in “%1” had not been sent yet; they are gone.</source>
        <translation>
            <numerusform>%n zmiana wprowadzona offline w „%1” nie została jeszcze wysłana; została utracona.</numerusform>
            <numerusform>%n zmiany wprowadzone offline w „%1” nie zostały jeszcze wysłane; zostały utracone.</numerusform>
            <numerusform>%n zmian wprowadzonych offline w „%1” nie zostało jeszcze wysłanych; zostały utracone.</numerusform>
        </translation>
    </message>
    <message>
        <source>The account “%1” was removed, but its token could not be removed from the keychain: %2</source>
        <translation>Konto „%1” zostało usunięte, ale nie można było usunąć jego tokenu z pęku kluczy: %2</translation>
    </message>
    <message>
        <source>Removed the account “%1”.</source>
        <translation>Usunięto konto „%1”.</translation>
    </message>
    <message>
        <source>Reads the links of the accounts with link services into this computer&apos;s list, then sends the changes made while a service could not be reached (those of every account). Fails if a service could not be reached or a change is still waiting.</source>
        <translation>Wczytuje linki kont w usługach linków do listy tego komputera, a następnie wysyła zmiany wprowadzone, gdy usługa była nieosiągalna (wszystkich kont). Kończy się błędem, jeśli usługa była nieosiągalna lub jakaś zmiana nadal czeka.</translation>
    </message>
    <message>
        <source>Only this account (default: every account with a link service).</source>
        <translation>Tylko to konto (domyślnie: każde konto w usłudze linków).</translation>
    </message>
    <message>
        <source>sync takes no arguments, only options: “%1”.</source>
        <translation>sync nie przyjmuje argumentów, tylko opcje: „%1”.</translation>
    </message>
    <message>
        <source>“%1” keeps its links on this computer: there is nothing to sync.</source>
        <translation>„%1” przechowuje swoje linki na tym komputerze: nie ma czego synchronizować.</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>„%1”: %2</translation>
    </message>
    <message numerus="yes">
        <source>“%1”: %n link(s).</source>
        <translation>
            <numerusform>„%1”: %n link.</numerusform>
            <numerusform>„%1”: %n linki.</numerusform>
            <numerusform>„%1”: %n linków.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %n change(s) made offline.</source>
        <translation>
            <numerusform>Wysłano %n zmianę wprowadzoną offline.</numerusform>
            <numerusform>Wysłano %n zmiany wprowadzone offline.</numerusform>
            <numerusform>Wysłano %n zmian wprowadzonych offline.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The services refused %n change(s) made offline; they are marked as not sent.</source>
        <translation>
            <numerusform>Usługi odrzuciły %n zmianę wprowadzoną offline; jest oznaczona jako niewysłana.</numerusform>
            <numerusform>Usługi odrzuciły %n zmiany wprowadzone offline; są oznaczone jako niewysłane.</numerusform>
            <numerusform>Usługi odrzuciły %n zmian wprowadzonych offline; są oznaczone jako niewysłane.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) still wait for the network.</source>
        <translation>
            <numerusform>%n zmiana nadal czeka na sieć.</numerusform>
            <numerusform>%n zmiany nadal czekają na sieć.</numerusform>
            <numerusform>%n zmian nadal czeka na sieć.</numerusform>
        </translation>
    </message>
    <message>
        <source>Creates the links of a table: CSV or TSV as Excel and LibreOffice save them (any separator, UTF-8 or UTF-16), Excel workbooks (XLSX, the first sheet), JSON, or the export of Linkdeck, Bitly, Rebrandly, Shlink, YOURLS or Kutt. The first row names the columns (destination or url, slug, title, tags, utm_*, domain, expires_at, ...). Links already there are left as they are, so a stopped import goes on when it is run again. A file that cannot be read changes nothing.</source>
        <translation>Tworzy linki z tabeli: CSV lub TSV w postaci zapisywanej przez Excel i LibreOffice (dowolny separator, UTF-8 lub UTF-16), skoroszyty Excela (XLSX, pierwszy arkusz), JSON albo eksport z Linkdecka, Bitly, Rebrandly, Shlink, YOURLS lub Kutt. Pierwszy wiersz nazywa kolumny (destination lub url, slug, title, tags, utm_*, domain, expires_at, ...). Istniejące już linki pozostają bez zmian, więc przerwany import jest kontynuowany po ponownym uruchomieniu. Plik, którego nie można odczytać, niczego nie zmienia.</translation>
    </message>
    <message>
        <source>The account to create them in (default: This computer).</source>
        <translation>Konto, w którym je utworzyć (domyślnie: Ten komputer).</translation>
    </message>
    <message>
        <source>The domain for rows that name none.</source>
        <translation>Domena dla wierszy, które jej nie podają.</translation>
    </message>
    <message>
        <source>Tell what would happen to each row; change nothing.</source>
        <translation>Pokaż, co stałoby się z każdym wierszem; niczego nie zmieniaj.</translation>
    </message>
    <message>
        <source>When a back-half is taken by another address: skip the row (default), rename (spring-2) or update the existing link.</source>
        <translation>Gdy końcówka jest zajęta przez inny adres: pomiń wiersz (skip, domyślnie), zmień nazwę (rename: spring-2) lub zaktualizuj istniejący link (update).</translation>
    </message>
    <message>
        <source>The file&apos;s format if its name does not tell: csv, tsv, json or xlsx.</source>
        <translation>Format pliku, jeśli nie wynika z jego nazwy: csv, tsv, json lub xlsx.</translation>
    </message>
    <message>
        <source>Write a CSV report of every row to this file.</source>
        <translation>Zapisz do tego pliku raport CSV z każdego wiersza.</translation>
    </message>
    <message>
        <source>The table of links.</source>
        <translation>Tabela linków.</translation>
    </message>
    <message>
        <source>links import needs exactly one FILE.</source>
        <translation>links import wymaga dokładnie jednego PLIKU.</translation>
    </message>
    <message>
        <source>Unknown --on-conflict “%1”: use skip, rename or update.</source>
        <translation>Nieznane --on-conflict „%1”: użyj skip, rename lub update.</translation>
    </message>
    <message>
        <source>Unknown format “%1”: use csv, tsv, json or xlsx.</source>
        <translation>Nieznany format „%1”: użyj csv, tsv, json lub xlsx.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>Nie można odczytać „%1”: %2</translation>
    </message>
    <message>
        <source>The report “%1” cannot be written: %2</source>
        <translation>Nie można zapisać raportu „%1”: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 asks to wait (%2); the import goes on in %n second(s).</source>
        <translation>
            <numerusform>%1 prosi o odczekanie (%2); import będzie kontynuowany za %n sekundę.</numerusform>
            <numerusform>%1 prosi o odczekanie (%2); import będzie kontynuowany za %n sekundy.</numerusform>
            <numerusform>%1 prosi o odczekanie (%2); import będzie kontynuowany za %n sekund.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <translation>%1 z %2 wierszy</translation>
    </message>
    <message>
        <source>Writes the links of an account with every field and their click totals, oldest first: CSV (opens in Excel as it is), JSON or an Excel workbook. A file written here imports back unchanged with &quot;links import&quot;.</source>
        <translation>Zapisuje linki konta ze wszystkimi polami i sumami kliknięć, od najstarszych: CSV (otwiera się od razu w Excelu), JSON lub skoroszyt Excela. Plik zapisany w ten sposób można bez zmian zaimportować ponownie poleceniem „links import”.</translation>
    </message>
    <message>
        <source>The account whose links to write (default: This computer).</source>
        <translation>Konto, którego linki zapisać (domyślnie: Ten komputer).</translation>
    </message>
    <message>
        <source>Only links whose back-half, address, title, tags or campaign contain TEXT.</source>
        <translation>Tylko linki, których końcówka, adres, tytuł, tagi lub kampania zawierają TEKST.</translation>
    </message>
    <message>
        <source>csv, json or xlsx (default: by the file name, else csv).</source>
        <translation>csv, json lub xlsx (domyślnie: według nazwy pliku, w przeciwnym razie csv).</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Plik do zapisania.</translation>
    </message>
    <message>
        <source>links export takes no arguments, only options: “%1”.</source>
        <translation>links export nie przyjmuje argumentów, tylko opcje: „%1”.</translation>
    </message>
    <message>
        <source>links export needs -o FILE.</source>
        <translation>links export wymaga -o PLIK.</translation>
    </message>
    <message>
        <source>Unknown format “%1”: use csv, json or xlsx.</source>
        <translation>Nieznany format „%1”: użyj csv, json lub xlsx.</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) written to %1.</source>
        <translation>
            <numerusform>Zapisano %n link do %1.</numerusform>
            <numerusform>Zapisano %n linki do %1.</numerusform>
            <numerusform>Zapisano %n linków do %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Makes the links of one account on another, with the same back-half where it is free there, titles, tags and UTM values, then points each old link to its new short URL where the old service allows it. No link is deleted.</source>
        <translation>Tworzy linki jednego konta na innym, z tą samą końcówką, jeśli jest tam wolna, z tytułami, tagami i wartościami UTM, a następnie przekierowuje każdy stary link na jego nowy krótki URL, jeśli stara usługa na to pozwala. Żaden link nie jest usuwany.</translation>
    </message>
    <message>
        <source>Makes the links of one account on another too, with the same back-half where it is free there, titles, tags and UTM values. The old links stay as they are.</source>
        <translation>Tworzy linki jednego konta również na innym, z tą samą końcówką, jeśli jest tam wolna, z tytułami, tagami i wartościami UTM. Stare linki pozostają bez zmian.</translation>
    </message>
    <message>
        <source>The account the links are on.</source>
        <translation>Konto, na którym są linki.</translation>
    </message>
    <message>
        <source>The account to make them on.</source>
        <translation>Konto, na którym je utworzyć.</translation>
    </message>
    <message>
        <source>Only the links matching this text, as the app&apos;s filter box.</source>
        <translation>Tylko linki pasujące do tego tekstu, tak jak w polu filtra aplikacji.</translation>
    </message>
    <message>
        <source>When the back-half is taken on the target: skip the link (default) or rename (spring-2).</source>
        <translation>Gdy końcówka jest zajęta na koncie docelowym: pomiń link (domyślnie) lub zmień nazwę (spring-2).</translation>
    </message>
    <message>
        <source>Write each old and new short URL to this CSV file.</source>
        <translation>Zapisz każdy stary i nowy krótki URL do tego pliku CSV.</translation>
    </message>
    <message>
        <source>This command takes no arguments, only options: “%1”.</source>
        <translation>To polecenie nie przyjmuje argumentów, tylko opcje: „%1”.</translation>
    </message>
    <message>
        <source>Name both accounts: --from and --to.</source>
        <translation>Podaj oba konta: --from i --to.</translation>
    </message>
    <message>
        <source>--on-conflict takes skip or rename, not “%1”.</source>
        <translation>--on-conflict przyjmuje skip lub rename, nie „%1”.</translation>
    </message>
    <message>
        <source>--from and --to name the same account.</source>
        <translation>--from i --to wskazują to samo konto.</translation>
    </message>
    <message>
        <source>No link of %1 matches.</source>
        <translation>Żaden link z %1 nie pasuje.</translation>
    </message>
    <message>
        <source>Could not write the mapping to %1: %2</source>
        <translation>Nie można zapisać przypisań do %1: %2</translation>
    </message>
    <message>
        <source>--data-dir needs a folder.</source>
        <translation>--data-dir wymaga folderu.</translation>
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
        <translation>Użycie: linkdeck-cli [--data-dir DIR] POLECENIE ...

Polecenia:
  links create URL [opcje]     tworzy krótki link i go wyświetla
  links list [opcje]           wyświetla linki jako tabelę, CSV lub JSON
  links update SLUG [--url URL] [--title T] [--tag T]... [--new-slug S]
  links show SLUG [--domain D]  pola linku, w tym czy wymaga hasła
  links delete SLUG [--domain D]
  links import FILE [--dry-run] [--on-conflict skip|rename|update]   linki z CSV, TSV, XLSX lub JSON
  links export --format csv|json|xlsx -o FILE [--filter TEXT]   wszystkie pola i sumy kliknięć
  accounts add NAME --provider bitly|rebrandly|shlink|cuttly [--api-base URL] [--token-stdin]
  accounts list [--format table|csv|json]
  accounts remove NAME
  sync [--account NAME]        wczytuje linki usług, wysyła zmiany wprowadzone offline
  qr TEXT_OR_SLUG -o FILE [opcje]   kod QR gotowy do druku (PNG, SVG, PDF, EPS)
  qr-sheet SLUG... -o FILE.pdf [--paper a4|letter] [--grid COLSxROWS]   arkusz etykiet
  stats clicks|countries|referrers|devices|browsers|os SLUG_OR_CAMPAIGN [--from] [--to] [--unit] [--tz] [--format]

Polecenia links i stats przyjmują --account NAME dla konta w usłudze linków
(domyślnie: &quot;This computer&quot;).
Uruchom &quot;linkdeck-cli links create --help&quot;, aby zobaczyć opcje polecenia.
Opcje globalne: --data-dir DIR (baza danych w DIR), --help, --version.
</translation>
    </message>
    <message>
        <source>See &quot;%1 --help&quot;.</source>
        <translation>Zobacz „%1 --help”.</translation>
    </message>
    <message>
        <source>Unknown command “%1”. Run &quot;linkdeck-cli --help&quot; for the commands.</source>
        <translation>Nieznane polecenie „%1”. Uruchom &quot;linkdeck-cli --help&quot;, aby zobaczyć polecenia.</translation>
    </message>
    <message>
        <source>%1 needs a command: %2.</source>
        <translation>%1 wymaga polecenia: %2.</translation>
    </message>
    <message>
        <source>Unknown command “%1 %2”: use %3.</source>
        <translation>Nieznane polecenie „%1 %2”: użyj %3.</translation>
    </message>
    <message>
        <source>The database has no account for this computer.</source>
        <translation>Baza danych nie ma konta dla tego komputera.</translation>
    </message>
    <message>
        <source>There is no account “%1”. Run &quot;linkdeck-cli accounts list&quot; for the accounts.</source>
        <translation>Nie ma konta „%1”. Uruchom &quot;linkdeck-cli accounts list&quot;, aby zobaczyć konta.</translation>
    </message>
    <message>
        <source>Linkdeck cannot use the account “%1”.</source>
        <translation>Linkdeck nie może użyć konta „%1”.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>ostrzeżenie: %1</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Wyświetl tę pomoc.</translation>
    </message>
    <message>
        <source>Keep the database in DIR (also accepted before the command).</source>
        <translation>Przechowuj bazę danych w DIR (akceptowane także przed poleceniem).</translation>
    </message>
    <message>
        <source>Usage: linkdeck-cli %1</source>
        <translation>Użycie: linkdeck-cli %1</translation>
    </message>
    <message>
        <source>“%1” is not a domain name.</source>
        <translation>„%1” nie jest nazwą domeny.</translation>
    </message>
    <message>
        <source>WHEN is YYYY-MM-DD or YYYY-MM-DDTHH:MM (a space for the T is fine), in your time zone unless it ends in Z or an offset such as +01:00.</source>
        <translation>KIEDY to RRRR-MM-DD lub RRRR-MM-DDTGG:MM (zamiast T może być spacja), w Twojej strefie czasowej, chyba że kończy się na Z lub przesunięcie, np. +01:00.</translation>
    </message>
    <message>
        <source>An option and its --no- option cannot be given together, e.g. --expires and --no-expiry.</source>
        <translation>Opcji i jej odpowiednika --no- nie można podać razem, np. --expires i --no-expiry.</translation>
    </message>
    <message>
        <source>--starts needs a date such as 2026-12-24 or 2026-12-24T18:00, not “%1”.</source>
        <translation>--starts wymaga daty, np. 2026-12-24 lub 2026-12-24T18:00, a nie „%1”.</translation>
    </message>
    <message>
        <source>--expires needs a date such as 2026-12-31 or 2026-12-31T23:59, not “%1”.</source>
        <translation>--expires wymaga daty, np. 2026-12-31 lub 2026-12-31T23:59, a nie „%1”.</translation>
    </message>
    <message>
        <source>--max-clicks needs a whole number of clicks, at least 1, not “%1”.</source>
        <translation>--max-clicks wymaga całkowitej liczby kliknięć, co najmniej 1, a nie „%1”.</translation>
    </message>
    <message>
        <source>--variant and --no-split cannot be given together.</source>
        <translation>--variant i --no-split nie można podać razem.</translation>
    </message>
    <message>
        <source>--variant takes an address and its share of the visitors in percent, as in --variant https://shop.example/b=30.</source>
        <translation>--variant przyjmuje adres i jego udział w odwiedzających w procentach, np. --variant https://shop.example/b=30.</translation>
    </message>
    <message>
        <source>%1 cannot protect a link by a password; only links on this computer can.</source>
        <translation>%1 nie potrafi chronić linku hasłem; potrafią to tylko linki na tym komputerze.</translation>
    </message>
    <message>
        <source>Creates a short link and prints it: on this computer, or with --account on a link service. An address without a scheme gets https://; the UTM options are added to its query, replacing those it has. When the service cannot be reached, the link is kept and created by &quot;sync&quot;. A link can start and end at a time and stop after a number of clicks; on this computer it then sends visitors to --fallback, or shows a page saying it has ended.</source>
        <translation>Tworzy krótki link i go wyświetla: na tym komputerze lub z --account w usłudze linków. Adres bez schematu otrzymuje https://; opcje UTM są dodawane do jego parametrów, zastępując istniejące. Gdy usługa jest nieosiągalna, link jest zachowywany i tworzony przez &quot;sync&quot;. Link może zaczynać się i kończyć o określonej porze oraz przestać działać po określonej liczbie kliknięć; na tym komputerze kieruje wtedy odwiedzających do --fallback lub pokazuje stronę z informacją, że się zakończył.</translation>
    </message>
    <message>
        <source>The back-half; random if not given.</source>
        <translation>Końcówka; losowa, jeśli nie podano.</translation>
    </message>
    <message>
        <source>The short link&apos;s domain.</source>
        <translation>Domena krótkiego linku.</translation>
    </message>
    <message>
        <source>A title for your link list.</source>
        <translation>Tytuł na Twojej liście linków.</translation>
    </message>
    <message>
        <source>A tag; repeat for several.</source>
        <translation>Tag; powtórz dla kilku.</translation>
    </message>
    <message>
        <source>utm_source, e.g. newsletter.</source>
        <translation>utm_source, np. newsletter.</translation>
    </message>
    <message>
        <source>utm_medium, e.g. email.</source>
        <translation>utm_medium, np. email.</translation>
    </message>
    <message>
        <source>utm_campaign, e.g. spring-sale.</source>
        <translation>utm_campaign, np. wiosenna-wyprzedaz.</translation>
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
        <translation>Zapisuj wartości UTM małymi literami.</translation>
    </message>
    <message>
        <source>The link works from this time on.</source>
        <translation>Link działa od tej chwili.</translation>
    </message>
    <message>
        <source>The link has ended from this time on (a date alone: after that day).</source>
        <translation>Link jest zakończony od tej chwili (sama data: po tym dniu).</translation>
    </message>
    <message>
        <source>The link has ended after N clicks.</source>
        <translation>Link kończy się po N kliknięciach.</translation>
    </message>
    <message>
        <source>Where visitors go before the start and after the end (this computer&apos;s links only).</source>
        <translation>Dokąd trafiają odwiedzający przed początkiem i po zakończeniu (tylko linki na tym komputerze).</translation>
    </message>
    <message>
        <source>Visitors must type a password, read from the first line of stdin, before they are redirected (this computer&apos;s links only). Only its hash is kept.</source>
        <translation>Odwiedzający muszą wpisać hasło, wczytane z pierwszego wiersza stdin, zanim zostaną przekierowani (tylko linki na tym komputerze). Przechowywany jest tylko jego skrót.</translation>
    </message>
    <message>
        <source>The title link previews show (LinkedIn, Facebook, X, Slack, ...; this computer&apos;s links only).</source>
        <translation>Tytuł pokazywany w podglądach linków (LinkedIn, Facebook, X, Slack, ...; tylko linki na tym komputerze).</translation>
    </message>
    <message>
        <source>The description link previews show.</source>
        <translation>Opis pokazywany w podglądach linków.</translation>
    </message>
    <message>
        <source>The address of the image link previews show.</source>
        <translation>Adres obrazu pokazywanego w podglądach linków.</translation>
    </message>
    <message>
        <source>An A/B split: another destination and its share of the visitors in percent (URL=PERCENT); repeat for up to nine. URL keeps the rest (this computer&apos;s links only).</source>
        <translation>Podział A/B: inny cel i jego udział w odwiedzających w procentach (URL=PROCENT); powtórz, maksymalnie dziewięć razy. URL otrzymuje resztę (tylko linki na tym komputerze).</translation>
    </message>
    <message>
        <source>The account to create it in (default: This computer).</source>
        <translation>Konto, w którym go utworzyć (domyślnie: Ten komputer).</translation>
    </message>
    <message>
        <source>The address the short link opens.</source>
        <translation>Adres, który otwiera krótki link.</translation>
    </message>
    <message>
        <source>links create needs exactly one URL.</source>
        <translation>links create wymaga dokładnie jednego URL.</translation>
    </message>
    <message>
        <source>Saved offline: the link will be created on %1 when the network is back.</source>
        <translation>Zapisano offline: link zostanie utworzony w %1, gdy sieć wróci.</translation>
    </message>
    <message>
        <source>Lists the links of an account, newest first. The links of a link service are read from it first; when it cannot be reached, those kept on this computer are listed. The table shows local times; CSV and JSON give times in ISO 8601 UTC, and JSON lists tags as an array.</source>
        <translation>Wyświetla linki konta, od najnowszych. Linki usługi linków są najpierw wczytywane z niej; gdy jest nieosiągalna, wyświetlane są linki przechowywane na tym komputerze. Tabela pokazuje czas lokalny; CSV i JSON podają czas w ISO 8601 UTC, a JSON podaje tagi jako tablicę.</translation>
    </message>
    <message>
        <source>table (default), csv or json. CSV joins tags with &quot;; &quot;. The table shows control characters as escapes (\x1b); CSV and JSON give the data exactly, for programs.</source>
        <translation>table (domyślnie), csv lub json. CSV łączy tagi znakami &quot;; &quot;. Tabela pokazuje znaki sterujące jako sekwencje ucieczki (\x1b); CSV i JSON podają dane dokładnie, dla programów.</translation>
    </message>
    <message>
        <source>Only links whose back-half, destination, title, tags or campaign contain TEXT.</source>
        <translation>Tylko linki, których końcówka, cel, tytuł, tagi lub kampania zawierają TEKST.</translation>
    </message>
    <message>
        <source>At most N links.</source>
        <translation>Najwyżej N linków.</translation>
    </message>
    <message>
        <source>The account whose links to list (default: This computer).</source>
        <translation>Konto, którego linki wyświetlić (domyślnie: Ten komputer).</translation>
    </message>
    <message>
        <source>links list takes no arguments, only options: “%1”.</source>
        <translation>links list nie przyjmuje argumentów, tylko opcje: „%1”.</translation>
    </message>
    <message>
        <source>--limit needs a number of links.</source>
        <translation>--limit wymaga liczby linków.</translation>
    </message>
    <message>
        <source>Changes a link found by its back-half and prints its short URL. Each link service allows other changes; what it does not allow is refused before anything is sent. The --no- options remove a start, an end, a click limit or the fallback address.</source>
        <translation>Zmienia link znaleziony po końcówce i wyświetla jego krótki URL. Każda usługa linków pozwala na inne zmiany; na co nie pozwala, zostaje odrzucone, zanim cokolwiek zostanie wysłane. Opcje --no- usuwają początek, koniec, limit kliknięć lub adres zastępczy.</translation>
    </message>
    <message>
        <source>The short link&apos;s domain (default: the account&apos;s, or the only one with SLUG).</source>
        <translation>Domena krótkiego linku (domyślnie: domena konta lub jedyna z SLUG).</translation>
    </message>
    <message>
        <source>The new destination.</source>
        <translation>Nowy cel.</translation>
    </message>
    <message>
        <source>The new title.</source>
        <translation>Nowy tytuł.</translation>
    </message>
    <message>
        <source>A tag, replacing the link&apos;s tags; repeat for several.</source>
        <translation>Tag, który zastępuje tagi linku; powtórz dla kilku.</translation>
    </message>
    <message>
        <source>A new back-half.</source>
        <translation>Nowa końcówka.</translation>
    </message>
    <message>
        <source>The link works at once (removes the start).</source>
        <translation>Link działa od razu (usuwa początek).</translation>
    </message>
    <message>
        <source>The link never ends by date (removes the end).</source>
        <translation>Link nigdy nie kończy się w określonym dniu (usuwa koniec).</translation>
    </message>
    <message>
        <source>Removes the click limit.</source>
        <translation>Usuwa limit kliknięć.</translation>
    </message>
    <message>
        <source>Removes the fallback address: an ended link shows a page saying so.</source>
        <translation>Usuwa adres zastępczy: zakończony link pokazuje stronę z taką informacją.</translation>
    </message>
    <message>
        <source>Protects the link by a new password, read from the first line of stdin (this computer&apos;s links only).</source>
        <translation>Chroni link nowym hasłem, wczytanym z pierwszego wiersza stdin (tylko linki na tym komputerze).</translation>
    </message>
    <message>
        <source>Removes the password: visitors are redirected at once.</source>
        <translation>Usuwa hasło: odwiedzający są przekierowywani od razu.</translation>
    </message>
    <message>
        <source>The title link previews show (this computer&apos;s links only).</source>
        <translation>Tytuł pokazywany w podglądach linków (tylko linki na tym komputerze).</translation>
    </message>
    <message>
        <source>Removes the link&apos;s preview: crawlers are redirected like people.</source>
        <translation>Usuwa podgląd linku: roboty są przekierowywane tak jak ludzie.</translation>
    </message>
    <message>
        <source>An A/B split, replacing the link&apos;s: another destination and its share of the visitors in percent (URL=PERCENT); repeat for up to nine. The link&apos;s destination keeps the rest.</source>
        <translation>Podział A/B zastępujący podział linku: inny cel i jego udział w odwiedzających w procentach (URL=PROCENT); powtórz, maksymalnie dziewięć razy. Cel linku otrzymuje resztę.</translation>
    </message>
    <message>
        <source>Removes the A/B split: every visitor goes to the destination.</source>
        <translation>Usuwa podział A/B: każdy odwiedzający trafia do celu.</translation>
    </message>
    <message>
        <source>The link&apos;s account (default: This computer).</source>
        <translation>Konto linku (domyślnie: Ten komputer).</translation>
    </message>
    <message>
        <source>The back-half of the link to change.</source>
        <translation>Końcówka linku do zmiany.</translation>
    </message>
    <message>
        <source>links update needs exactly one back-half.</source>
        <translation>links update wymaga dokładnie jednej końcówki.</translation>
    </message>
    <message>
        <source>--password-stdin and --no-password cannot be given together.</source>
        <translation>--password-stdin i --no-password nie można podać razem.</translation>
    </message>
    <message>
        <source>The link was changed, but not its password: %1</source>
        <translation>Link został zmieniony, ale jego hasło nie: %1</translation>
    </message>
    <message>
        <source>Saved offline: the change will be sent to %1 when the network is back.</source>
        <translation>Zapisano offline: zmiana zostanie wysłana do %1, gdy sieć wróci.</translation>
    </message>
    <message>
        <source>Shows a link found by its back-half: its addresses, title, tags, clicks, limits and whether visitors must type a password. Times are local.</source>
        <translation>Pokazuje link znaleziony po końcówce: jego adresy, tytuł, tagi, kliknięcia, limity i to, czy odwiedzający muszą wpisać hasło. Czas jest lokalny.</translation>
    </message>
    <message>
        <source>The back-half of the link to show.</source>
        <translation>Końcówka linku do pokazania.</translation>
    </message>
    <message>
        <source>links show needs exactly one back-half.</source>
        <translation>links show wymaga dokładnie jednej końcówki.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <source>Short URL</source>
        <translation>Krótki link</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Cel</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tagi</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Kliknięcia</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Początek</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Kończy się</translation>
    </message>
    <message>
        <source>Max clicks</source>
        <translation>Maks. kliknięć</translation>
    </message>
    <message>
        <source>Fallback</source>
        <translation>Adres zastępczy</translation>
    </message>
    <message>
        <source>Password protected</source>
        <translation>Chroniony hasłem</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>tak</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Preview title</source>
        <translation>Tytuł podglądu</translation>
    </message>
    <message>
        <source>Preview description</source>
        <translation>Opis podglądu</translation>
    </message>
    <message>
        <source>Preview image</source>
        <translation>Obraz podglądu</translation>
    </message>
    <message>
        <source>A/B split</source>
        <translation>Podział A/B</translation>
    </message>
    <message>
        <source>Deletes a link by its back-half; upper and lower case are the same.</source>
        <translation>Usuwa link według końcówki; wielkość liter nie ma znaczenia.</translation>
    </message>
    <message>
        <source>The back-half of the link to delete.</source>
        <translation>Końcówka linku do usunięcia.</translation>
    </message>
    <message>
        <source>links delete needs exactly one back-half.</source>
        <translation>links delete wymaga dokładnie jednej końcówki.</translation>
    </message>
    <message>
        <source>Saved offline: the link will be deleted on %1 when the network is back.</source>
        <translation>Zapisano offline: link zostanie usunięty w %1, gdy sieć wróci.</translation>
    </message>
    <message>
        <source>Deleted %1</source>
        <translation>Usunięto %1</translation>
    </message>
    <message>
        <source>SHORT LINK</source>
        <translation>KRÓTKI LINK</translation>
    </message>
    <message>
        <source>DESTINATION</source>
        <translation>CEL</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TYTUŁ</translation>
    </message>
    <message>
        <source>TAGS</source>
        <translation>TAGI</translation>
    </message>
    <message>
        <source>CLICKS</source>
        <translation>KLIKNIĘCIA</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>UTWORZONO</translation>
    </message>
    <message>
        <source>Error correction: L, M (default), Q or H.</source>
        <translation>Korekcja błędów: L, M (domyślnie), Q lub H.</translation>
    </message>
    <message>
        <source>Smallest QR version to use, 1 to 40 (default: the smallest that fits).</source>
        <translation>Najmniejsza wersja QR do użycia, od 1 do 40 (domyślnie: najmniejsza, która wystarcza).</translation>
    </message>
    <message>
        <source>Margin in modules (default 4).</source>
        <translation>Margines w modułach (domyślnie 4).</translation>
    </message>
    <message>
        <source>Colour of the modules: #rrggbb, a name, or cmyk(c,m,y,k) in percent.</source>
        <translation>Kolor modułów: #rrggbb, nazwa lub cmyk(c,m,y,k) w procentach.</translation>
    </message>
    <message>
        <source>Background colour, or &quot;transparent&quot;.</source>
        <translation>Kolor tła lub &quot;transparent&quot;.</translation>
    </message>
    <message>
        <source>square (default), rounded or dots.</source>
        <translation>square (domyślnie), rounded lub dots.</translation>
    </message>
    <message>
        <source>The corner marks: square (default) or rounded.</source>
        <translation>Znaczniki narożników: square (domyślnie) lub rounded.</translation>
    </message>
    <message>
        <source>A PNG or SVG logo centred on the code (uses error correction H).</source>
        <translation>Logo PNG lub SVG pośrodku kodu (używa korekcji błędów H).</translation>
    </message>
    <message>
        <source>--%1 takes a number from %2 to %3.</source>
        <translation>--%1 przyjmuje liczbę od %2 do %3.</translation>
    </message>
    <message>
        <source>“%1” is not a colour.</source>
        <translation>„%1” nie jest kolorem.</translation>
    </message>
    <message>
        <source>--ecc takes L, M, Q or H.</source>
        <translation>--ecc przyjmuje L, M, Q lub H.</translation>
    </message>
    <message>
        <source>--shape takes square, rounded or dots.</source>
        <translation>--shape przyjmuje square, rounded lub dots.</translation>
    </message>
    <message>
        <source>--finder takes square or rounded.</source>
        <translation>--finder przyjmuje square lub rounded.</translation>
    </message>
    <message>
        <source>--quiet-zone and --min-version take whole numbers.</source>
        <translation>--quiet-zone i --min-version przyjmują liczby całkowite.</translation>
    </message>
    <message>
        <source>png, svg, pdf or eps; by default from the file&apos;s extension.</source>
        <translation>png, svg, pdf lub eps; domyślnie według rozszerzenia pliku.</translation>
    </message>
    <message>
        <source>Printed width in millimetres, quiet zone included (default 30).</source>
        <translation>Szerokość wydruku w milimetrach, razem ze strefą ciszy (domyślnie 30).</translation>
    </message>
    <message>
        <source>Size of one module in millimetres (instead of --size-mm).</source>
        <translation>Rozmiar jednego modułu w milimetrach (zamiast --size-mm).</translation>
    </message>
    <message>
        <source>Resolution of PNG output (default 300).</source>
        <translation>Rozdzielczość wyjścia PNG (domyślnie 300).</translation>
    </message>
    <message>
        <source>Text printed under the code.</source>
        <translation>Tekst drukowany pod kodem.</translation>
    </message>
    <message>
        <source>CMYK output for print shops: PDF in DeviceCMYK, EPS in setcmykcolor; black is pure K.</source>
        <translation>Wyjście CMYK dla drukarni: PDF w DeviceCMYK, EPS w setcmykcolor; czerń to czyste K.</translation>
    </message>
    <message>
        <source>Name the file to write: -o FILE.</source>
        <translation>Podaj plik do zapisania: -o PLIK.</translation>
    </message>
    <message>
        <source>Choose a format: png, svg, pdf or eps (--format, or the file&apos;s extension).</source>
        <translation>Wybierz format: png, svg, pdf lub eps (--format albo rozszerzenie pliku).</translation>
    </message>
    <message>
        <source>Give either --size-mm or --module-mm, not both.</source>
        <translation>Podaj --size-mm albo --module-mm, nie oba.</translation>
    </message>
    <message>
        <source>--cmyk is for PDF and EPS output.</source>
        <translation>--cmyk dotyczy wyjścia PDF i EPS.</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>Plik PDF do zapisania.</translation>
    </message>
    <message>
        <source>a4 (default) or letter.</source>
        <translation>a4 (domyślnie) lub letter.</translation>
    </message>
    <message>
        <source>Columns x rows per page (default 4x6).</source>
        <translation>Kolumny x wiersze na stronę (domyślnie 4x6).</translation>
    </message>
    <message>
        <source>Page margin in millimetres (default 10).</source>
        <translation>Margines strony w milimetrach (domyślnie 10).</translation>
    </message>
    <message>
        <source>Gap between labels in millimetres (default 4).</source>
        <translation>Odstęp między etykietami w milimetrach (domyślnie 4).</translation>
    </message>
    <message>
        <source>Leave the short URLs off the labels.</source>
        <translation>Nie umieszczaj krótkich URL-i na etykietach.</translation>
    </message>
    <message>
        <source>Name the PDF to write: -o FILE.pdf.</source>
        <translation>Podaj plik PDF do zapisania: -o PLIK.pdf.</translation>
    </message>
    <message>
        <source>--paper takes a4 or letter.</source>
        <translation>--paper przyjmuje a4 lub letter.</translation>
    </message>
    <message>
        <source>--grid takes columns x rows, e.g. 4x6.</source>
        <translation>--grid przyjmuje kolumny x wiersze, np. 4x6.</translation>
    </message>
    <message>
        <source>A link&apos;s back-half (its short URL is encoded), or any text or URL.</source>
        <translation>Końcówka linku (kodowany jest jego krótki URL) albo dowolny tekst lub URL.</translation>
    </message>
    <message>
        <source>qr needs exactly one text, URL or back-half.</source>
        <translation>qr wymaga dokładnie jednego tekstu, URL-a lub końcówki.</translation>
    </message>
    <message>
        <source>Back-halves of the links to print.</source>
        <translation>Końcówki linków do wydrukowania.</translation>
    </message>
    <message>
        <source>qr-sheet needs back-halves and an output file: qr-sheet SLUG... -o FILE.pdf</source>
        <translation>qr-sheet wymaga końcówek i pliku wyjściowego: qr-sheet SLUG... -o PLIK.pdf</translation>
    </message>
    <message>
        <source>There is no link “%1” on %2.</source>
        <translation>Nie ma linku „%1” w %2.</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>ten komputer</translation>
    </message>
    <message>
        <source>the service&apos;s website</source>
        <translation>witryna usługi</translation>
    </message>
    <message>
        <source>%1 cannot list links through its API: only the links made with Linkdeck are listed.</source>
        <translation>%1 nie potrafi wyświetlić listy linków przez swoje API: wyświetlane są tylko linki utworzone w Linkdecku.</translation>
    </message>
    <message>
        <source>%1 cannot create links through its API; create it on %2.</source>
        <translation>%1 nie potrafi tworzyć linków przez swoje API; utwórz go w %2.</translation>
    </message>
    <message>
        <source>%1 cannot change links through its API; change it on %2.</source>
        <translation>%1 nie potrafi zmieniać linków przez swoje API; zmień go w %2.</translation>
    </message>
    <message>
        <source>%1 cannot change where a link leads through its API; change it on %2.</source>
        <translation>%1 nie potrafi zmienić celu linku przez swoje API; zmień go w %2.</translation>
    </message>
    <message>
        <source>%1 cannot change a link&apos;s title through its API; change it on %2.</source>
        <translation>%1 nie potrafi zmienić tytułu linku przez swoje API; zmień go w %2.</translation>
    </message>
    <message>
        <source>%1 cannot change a link&apos;s tags through its API; change them on %2.</source>
        <translation>%1 nie potrafi zmienić tagów linku przez swoje API; zmień je w %2.</translation>
    </message>
    <message>
        <source>%1 cannot change a link&apos;s back-half; create a new link instead.</source>
        <translation>%1 nie potrafi zmienić końcówki linku; utwórz zamiast tego nowy link.</translation>
    </message>
    <message>
        <source>%1 cannot delete links through its API; delete it on %2.</source>
        <translation>%1 nie potrafi usuwać linków przez swoje API; usuń go w %2.</translation>
    </message>
    <message>
        <source>%1 cannot give a link a back-half of your choice; leave out --slug.</source>
        <translation>%1 nie potrafi nadać linkowi wybranej przez Ciebie końcówki; pomiń --slug.</translation>
    </message>
    <message>
        <source>%1 cannot give links a title through its API; leave out --title.</source>
        <translation>%1 nie potrafi nadawać linkom tytułów przez swoje API; pomiń --title.</translation>
    </message>
    <message>
        <source>%1 cannot tag links through its API; leave out --tag.</source>
        <translation>%1 nie potrafi tagować linków przez swoje API; pomiń --tag.</translation>
    </message>
    <message>
        <source>%1 cannot report clicks over time through its API; see them on %2.</source>
        <translation>%1 nie potrafi podać kliknięć w czasie przez swoje API; zobacz je w %2.</translation>
    </message>
    <message>
        <source>Reading the links of “%1”: %2</source>
        <translation>Wczytywanie linków konta „%1”: %2</translation>
    </message>
    <message>
        <source>There is no link “%1” in the account “%2”.</source>
        <translation>Nie ma linku „%1” na koncie „%2”.</translation>
    </message>
    <message>
        <source>There is no link “%1” on %2 in the account “%3”.</source>
        <translation>Nie ma linku „%1” w %2 na koncie „%3”.</translation>
    </message>
    <message>
        <source>The account “%1” has several links whose back-half differs from “%2” only in case (%3): write the one you mean exactly.</source>
        <translation>Konto „%1” ma kilka linków, których końcówka różni się od „%2” tylko wielkością liter (%3): wpisz dokładnie tę, o którą chodzi.</translation>
    </message>
    <message>
        <source>The account “%1” has a link “%2” on several domains (%3): choose one with --domain.</source>
        <translation>Konto „%1” ma link „%2” w kilku domenach (%3): wybierz jedną za pomocą --domain.</translation>
    </message>
    <message>
        <source>Counts the clicks of a link or a campaign: on this computer, and as the link services count them; with --account, the link or campaign of that account only. &quot;variants&quot; gives a link&apos;s A/B split: each destination&apos;s clicks and whether the difference is significant.</source>
        <translation>Liczy kliknięcia linku lub kampanii: na tym komputerze i tak, jak liczą je usługi linków; z --account tylko link lub kampanię tego konta. &quot;variants&quot; podaje podział A/B linku: kliknięcia każdego celu i to, czy różnica jest istotna.</translation>
    </message>
    <message>
        <source>First day, YYYY-MM-DD (default: 29 days before --to).</source>
        <translation>Pierwszy dzień, RRRR-MM-DD (domyślnie: 29 dni przed --to).</translation>
    </message>
    <message>
        <source>Last day, YYYY-MM-DD (default: today).</source>
        <translation>Ostatni dzień, RRRR-MM-DD (domyślnie: dzisiaj).</translation>
    </message>
    <message>
        <source>hour, day, week or month (default: chosen for the range).</source>
        <translation>hour, day, week lub month (domyślnie: dobrane do zakresu).</translation>
    </message>
    <message>
        <source>Time zone of the buckets, e.g. Europe/Berlin (default: this computer&apos;s).</source>
        <translation>Strefa czasowa przedziałów, np. Europe/Warsaw (domyślnie: strefa tego komputera).</translation>
    </message>
    <message>
        <source>json (default) or csv.</source>
        <translation>json (domyślnie) lub csv.</translation>
    </message>
    <message>
        <source>Count visits by bots too (this computer&apos;s links only).</source>
        <translation>Licz także wizyty botów (tylko linki na tym komputerze).</translation>
    </message>
    <message>
        <source>The link&apos;s domain (default: the account&apos;s, or the only one with SLUG).</source>
        <translation>Domena linku (domyślnie: domena konta lub jedyna z SLUG).</translation>
    </message>
    <message>
        <source>The account of the link or campaign (default: a link of This computer, a campaign in every account).</source>
        <translation>Konto linku lub kampanii (domyślnie: link z konta Ten komputer, kampania na każdym koncie).</translation>
    </message>
    <message>
        <source>clicks, countries, referrers, devices, browsers, os or variants.</source>
        <translation>clicks, countries, referrers, devices, browsers, os lub variants.</translation>
    </message>
    <message>
        <source>A link&apos;s back-half, or a campaign (utm_campaign or tag).</source>
        <translation>Końcówka linku albo kampania (utm_campaign lub tag).</translation>
    </message>
    <message>
        <source>stats needs what to count (clicks, countries, referrers, devices, browsers, os or variants) and a back-half or campaign.</source>
        <translation>stats wymaga tego, co liczyć (clicks, countries, referrers, devices, browsers, os lub variants), oraz końcówki lub kampanii.</translation>
    </message>
    <message>
        <source>Unknown time zone “%1”.</source>
        <translation>Nieznana strefa czasowa „%1”.</translation>
    </message>
    <message>
        <source>Give dates as YYYY-MM-DD, with --from not after --to.</source>
        <translation>Podaj daty jako RRRR-MM-DD, przy czym --from nie może być po --to.</translation>
    </message>
    <message>
        <source>Unknown format “%1”: use json or csv.</source>
        <translation>Nieznany format „%1”: użyj json lub csv.</translation>
    </message>
    <message>
        <source>--unit takes hour, day, week or month.</source>
        <translation>--unit przyjmuje hour, day, week lub month.</translation>
    </message>
    <message>
        <source>There is no link “%1” and no campaign or tag of that name in the account “%2”.</source>
        <translation>Nie ma linku „%1” ani kampanii czy tagu o tej nazwie na koncie „%2”.</translation>
    </message>
    <message>
        <source>There is no link “%1” and no campaign or tag of that name.</source>
        <translation>Nie ma linku „%1” ani kampanii czy tagu o tej nazwie.</translation>
    </message>
    <message>
        <source>There is no link “%1”; variants are a link&apos;s, not a campaign&apos;s.</source>
        <translation>Nie ma linku „%1”; warianty należą do linku, a nie do kampanii.</translation>
    </message>
    <message>
        <source>The link “%1” has no A/B split.</source>
        <translation>Link „%1” nie ma podziału A/B.</translation>
    </message>
    <message>
        <source>There are no figures for “%1” in this period.</source>
        <translation>Brak danych dla „%1” w tym okresie.</translation>
    </message>
    <message>
        <source>Rule %1: %2</source>
        <translation>Reguła %1: %2</translation>
    </message>
    <message>
        <source>A targeting rule, &quot;CONDITIONS -&gt; URL&quot;, e.g. &quot;device=ios -&gt; https://apps.apple.com/app/id1&quot; or &quot;language=de, country=AT -&gt; https://shop.example/at&quot; (device, language, country, city, browser, ip, before, after, param:NAME=VALUE); repeat for several, the first that matches wins.</source>
        <translation>Reguła kierowania, &quot;WARUNKI -&gt; URL&quot;, np. &quot;device=ios -&gt; https://apps.apple.com/app/id1&quot; lub &quot;language=de, country=AT -&gt; https://shop.example/at&quot; (device, language, country, city, browser, ip, before, after, param:NAZWA=WARTOŚĆ); powtórz dla kilku, wygrywa pierwsza pasująca.</translation>
    </message>
    <message>
        <source>The link %1 was created, but not its rules: %2</source>
        <translation>Link %1 został utworzony, ale jego reguły nie: %2</translation>
    </message>
    <message>
        <source>A targeting rule, &quot;CONDITIONS -&gt; URL&quot;, replacing the link&apos;s rules; repeat for several (see links create).</source>
        <translation>Reguła kierowania, &quot;WARUNKI -&gt; URL&quot;, zastępująca reguły linku; powtórz dla kilku (zobacz links create).</translation>
    </message>
    <message>
        <source>Removes the link&apos;s targeting rules.</source>
        <translation>Usuwa reguły kierowania linku.</translation>
    </message>
    <message>
        <source>--rule and --no-rules cannot be given together.</source>
        <translation>--rule i --no-rules nie można podać razem.</translation>
    </message>
    <message>
        <source>links update needs something to change: --url, --title, --tag, --new-slug, a limit (--starts, --expires, --max-clicks, --fallback or their --no- options), --password-stdin, --no-password, a --preview- option, --no-preview, --variant, --no-split, --rule or --no-rules.</source>
        <translation>links update wymaga czegoś do zmiany: --url, --title, --tag, --new-slug, limitu (--starts, --expires, --max-clicks, --fallback lub ich opcji --no-), --password-stdin, --no-password, opcji --preview-, --no-preview, --variant, --no-split, --rule lub --no-rules.</translation>
    </message>
    <message>
        <source>The link was changed, but not its rules: %1</source>
        <translation>Link został zmieniony, ale jego reguły nie: %1</translation>
    </message>
    <message>
        <source>Rules: could not be read: %1</source>
        <translation>Reguły: nie można odczytać: %1</translation>
    </message>
    <message>
        <source>Rules: none</source>
        <translation>Reguły: brak</translation>
    </message>
    <message>
        <source>Also write each link&apos;s clicks by country, referrer, device, browser and operating system, most first, as the statistics count them (bots left out).</source>
        <translation>Zapisz też kliknięcia każdego linku według kraju, strony odsyłającej, urządzenia, przeglądarki i systemu operacyjnego, najliczniejsze najpierw, liczone jak w statystykach (bez botów).</translation>
    </message>
    <message>
        <source>%1 of %2 links written</source>
        <translation>Zapisano %1 z %2 linków</translation>
    </message>
</context>
<context>
    <name>Linkdeck::ClickSeriesModel</name>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Kliknięcia</translation>
    </message>
</context>
<context>
    <name>Linkdeck::CuttlyProvider</name>
    <message>
        <source>Cuttly did not accept the API key of “%1”. Check it in Preferences &gt; Accounts.</source>
        <translation>Cuttly nie zaakceptował klucza API konta „%1”. Sprawdź go w Preferencje &gt; Konta.</translation>
    </message>
    <message>
        <source>The Cuttly plan of “%1” allows only a few requests a minute. Linkdeck will try again shortly; wait a minute if it fails.</source>
        <translation>Plan Cuttly konta „%1” pozwala tylko na kilka żądań na minutę. Linkdeck wkrótce spróbuje ponownie; jeśli się nie uda, odczekaj minutę.</translation>
    </message>
    <message>
        <source>This address is already a Cuttly short link.</source>
        <translation>Ten adres jest już krótkim linkiem Cuttly.</translation>
    </message>
    <message>
        <source>Cuttly says the destination is not a valid web address.</source>
        <translation>Cuttly informuje, że cel nie jest prawidłowym adresem internetowym.</translation>
    </message>
    <message>
        <source>This back-half is already used on Cuttly. Choose another one.</source>
        <translation>Ta końcówka jest już używana w Cuttly. Wybierz inną.</translation>
    </message>
    <message>
        <source>Cuttly did not accept the API key. Check it in Preferences &gt; Accounts.</source>
        <translation>Cuttly nie zaakceptował klucza API. Sprawdź go w Preferencje &gt; Konta.</translation>
    </message>
    <message>
        <source>Cuttly accepts only letters, digits, “-” and “_” in a back-half.</source>
        <translation>Cuttly akceptuje w końcówce tylko litery, cyfry, „-” i „_”.</translation>
    </message>
    <message>
        <source>Cuttly blocks links to this destination&apos;s domain.</source>
        <translation>Cuttly blokuje linki do domeny tego celu.</translation>
    </message>
    <message>
        <source>Your Cuttly plan&apos;s monthly link limit is reached.</source>
        <translation>Osiągnięto miesięczny limit linków w Twoim planie Cuttly.</translation>
    </message>
    <message>
        <source>Cuttly sent a reply Linkdeck could not understand. Try again later.</source>
        <translation>Cuttly wysłał odpowiedź, której Linkdeck nie rozumie. Spróbuj ponownie później.</translation>
    </message>
    <message>
        <source>Cuttly checks the back-half when the link is created.</source>
        <translation>Cuttly sprawdza końcówkę przy tworzeniu linku.</translation>
    </message>
    <message>
        <source>Cuttly does not know this link any more.</source>
        <translation>Cuttly nie zna już tego linku.</translation>
    </message>
    <message>
        <source>Cuttly&apos;s API cannot change a link. Edit it on cutt.ly.</source>
        <translation>API Cuttly nie potrafi zmienić linku. Edytuj go w cutt.ly.</translation>
    </message>
    <message>
        <source>Cuttly&apos;s API cannot delete a link. Delete it on cutt.ly.</source>
        <translation>API Cuttly nie potrafi usunąć linku. Usuń go w cutt.ly.</translation>
    </message>
    <message>
        <source>Cuttly&apos;s API cannot list links; Linkdeck shows the ones made here.</source>
        <translation>API Cuttly nie potrafi wyświetlić listy linków; Linkdeck pokazuje te utworzone tutaj.</translation>
    </message>
    <message>
        <source>Cuttly gives a link&apos;s total clicks only, not clicks over time.</source>
        <translation>Cuttly podaje tylko łączną liczbę kliknięć linku, a nie kliknięcia w czasie.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Database</name>
    <message>
        <source>The link database “%1” is damaged (SQLite found errors in it); restore a backup.</source>
        <translation>Baza linków „%1” jest uszkodzona (SQLite znalazł w niej błędy); przywróć kopię zapasową.</translation>
    </message>
    <message>
        <source>“%1” is not a Linkdeck database: it is not an SQLite file. Move it away, or choose another folder for Linkdeck&apos;s data.</source>
        <translation>„%1” nie jest bazą danych Linkdecka: to nie jest plik SQLite. Przenieś go w inne miejsce lub wybierz inny folder na dane Linkdecka.</translation>
    </message>
    <message>
        <source>The link database “%1” cannot be opened for writing: the file or its folder is read-only, or the folder cannot be created. Choose a folder you may write to, or change its permissions.</source>
        <translation>Nie można otworzyć bazy linków „%1” do zapisu: plik lub jego folder są tylko do odczytu albo nie można utworzyć folderu. Wybierz folder, w którym możesz zapisywać, lub zmień jego uprawnienia.</translation>
    </message>
    <message>
        <source>The link database “%1” cannot be written: the disk is full. Free some space and try again.</source>
        <translation>Nie można zapisać bazy linków „%1”: dysk jest pełny. Zwolnij miejsce i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>The link database “%1” could not be read or written (an input/output error): check the disk.</source>
        <translation>Nie można odczytać ani zapisać bazy linków „%1” (błąd wejścia/wyjścia): sprawdź dysk.</translation>
    </message>
    <message>
        <source>The link database “%1” is busy in another program; try again in a moment.</source>
        <translation>Baza linków „%1” jest zajęta przez inny program; spróbuj ponownie za chwilę.</translation>
    </message>
    <message>
        <source>Could not open the link database “%1”.</source>
        <translation>Nie można otworzyć bazy linków „%1”.</translation>
    </message>
    <message>
        <source>The disk is full: free some space and try again. Nothing was lost.</source>
        <translation>Dysk jest pełny: zwolnij miejsce i spróbuj ponownie. Nic nie zostało utracone.</translation>
    </message>
    <message>
        <source>The database file cannot be written (it is read-only).</source>
        <translation>Nie można zapisać pliku bazy danych (jest tylko do odczytu).</translation>
    </message>
    <message>
        <source>The database is busy in another program; try again in a moment.</source>
        <translation>Baza danych jest zajęta przez inny program; spróbuj ponownie za chwilę.</translation>
    </message>
    <message>
        <source>The link database is damaged; restore a backup.</source>
        <translation>Baza linków jest uszkodzona; przywróć kopię zapasową.</translation>
    </message>
    <message>
        <source>The link database “%1” was written by a newer version of Linkdeck. Update Linkdeck to open it.</source>
        <translation>Baza linków „%1” została zapisana przez nowszą wersję Linkdecka. Zaktualizuj Linkdecka, aby ją otworzyć.</translation>
    </message>
    <message>
        <source>Could not back up the link database before updating it.</source>
        <translation>Nie można utworzyć kopii zapasowej bazy linków przed jej aktualizacją.</translation>
    </message>
    <message>
        <source>Could not update the link database.</source>
        <translation>Nie można zaktualizować bazy linków.</translation>
    </message>
    <message>
        <source>Could not update the link database to version %1. It was left as it was.</source>
        <translation>Nie można zaktualizować bazy linków do wersji %1. Pozostała bez zmian.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::AccountDialog</name>
    <message>
        <source>Default domain</source>
        <translation>Domyślna domena</translation>
    </message>
    <message>
        <source>Show the token</source>
        <translation>Pokaż token</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Dodaj</translation>
    </message>
    <message>
        <source>Edit Account</source>
        <translation>Edytuj konto</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Zapisz</translation>
    </message>
    <message>
        <source>unchanged (kept until you quit)</source>
        <translation>bez zmian (zachowany do zamknięcia)</translation>
    </message>
    <message>
        <source>This computer has no keychain: the token is kept only until Linkdeck quits, not in Linkdeck&apos;s files.</source>
        <translation>Ten komputer nie ma pęku kluczy: token jest przechowywany tylko do zamknięcia Linkdecka, a nie w jego plikach.</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>bez zmian</translation>
    </message>
    <message>
        <source>unchanged (kept in the keychain)</source>
        <translation>bez zmian (zachowany w pęku kluczy)</translation>
    </message>
    <message>
        <source>not kept: type the token</source>
        <translation>nie zachowano: wpisz token</translation>
    </message>
    <message>
        <source>not in the keychain: type the token</source>
        <translation>brak w pęku kluczy: wpisz token</translation>
    </message>
    <message>
        <source>This computer has no keychain, so the token was not kept after Linkdeck quit.</source>
        <translation>Ten komputer nie ma pęku kluczy, więc token nie został zachowany po zamknięciu Linkdecka.</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>&amp;Adres serwera:</translation>
    </message>
    <message>
        <source>API &amp;address:</source>
        <translation>&amp;Adres API:</translation>
    </message>
    <message>
        <source>https://s.example.com</source>
        <translation>https://s.example.com</translation>
    </message>
    <message>
        <source>the service&apos;s own (leave empty)</source>
        <translation>adres usługi (pozostaw puste)</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Grupa:</translation>
    </message>
    <message>
        <source>&amp;Workspace:</source>
        <translation>&amp;Obszar roboczy:</translation>
    </message>
    <message>
        <source>the account&apos;s default group</source>
        <translation>domyślna grupa konta</translation>
    </message>
    <message>
        <source>none (the main workspace)</source>
        <translation>brak (główny obszar roboczy)</translation>
    </message>
    <message>
        <source>Give the account a name.</source>
        <translation>Nadaj kontu nazwę.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Łączenie…</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>Połączono.</translation>
    </message>
    <message numerus="yes">
        <source>Connected. %n domain(s) available.</source>
        <translation>
            <numerusform>Połączono. Dostępna jest %n domena.</numerusform>
            <numerusform>Połączono. Dostępne są %n domeny.</numerusform>
            <numerusform>Połączono. Dostępnych jest %n domen.</numerusform>
        </translation>
    </message>
    <message>
        <source>No Keychain</source>
        <translation>Brak pęku kluczy</translation>
    </message>
    <message>
        <source>%1

Linkdeck can use the token until you quit, without saving it anywhere. You will be asked for it again next time.</source>
        <translation>%1

Linkdeck może używać tokenu do zamknięcia, nigdzie go nie zapisując. Następnym razem zostaniesz o niego poproszony ponownie.</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Niezapisane zmiany</translation>
    </message>
    <message>
        <source>The account has changes that are not saved. Save them?</source>
        <translation>Konto ma niezapisane zmiany. Zapisać je?</translation>
    </message>
    <message>
        <source>The account has changes that are not saved, and they cannot be saved as they are. Discard them?</source>
        <translation>Konto ma niezapisane zmiany, których nie można zapisać w obecnej postaci. Odrzucić je?</translation>
    </message>
    <message>
        <source>Account Not Added</source>
        <translation>Konto nie zostało dodane</translation>
    </message>
    <message>
        <source>The account has not been added yet. Add it now?</source>
        <translation>Konto nie zostało jeszcze dodane. Dodać je teraz?</translation>
    </message>
    <message>
        <source>The account has not been added, and it cannot be added as it is. Discard what you typed?</source>
        <translation>Konto nie zostało dodane i nie można go dodać w obecnej postaci. Odrzucić to, co wpisano?</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::AccountsPage</name>
    <message>
        <source>Accounts</source>
        <translation>Konta</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Usługa</translation>
    </message>
    <message>
        <source>Default domain</source>
        <translation>Domyślna domena</translation>
    </message>
    <message>
        <source>Last synchronised</source>
        <translation>Ostatnia synchronizacja</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Dodaj…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Edytuj…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Sprawdź &amp;połączenie</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nigdy</translation>
    </message>
    <message>
        <source>%1 cannot list an account&apos;s links: Linkdeck shows the ones made here and updates their clicks.</source>
        <translation>%1 nie potrafi wyświetlić listy linków konta: Linkdeck pokazuje linki utworzone tutaj i aktualizuje ich kliknięcia.</translation>
    </message>
    <message>
        <source>“%1” was added. Its links appear in the main window after the next sync.</source>
        <translation>Dodano „%1”. Jego linki pojawią się w oknie głównym po następnej synchronizacji.</translation>
    </message>
    <message>
        <source>Remove Account</source>
        <translation>Usuń konto</translation>
    </message>
    <message>
        <source>Remove “%1” from Linkdeck? Its links stay on %2; Linkdeck forgets its copy of them and its token.</source>
        <translation>Usunąć „%1” z Linkdecka? Jego linki pozostaną w %2; Linkdeck zapomni swoją kopię tych linków i token.</translation>
    </message>
    <message>
        <source>the Shlink server</source>
        <translation>serwer Shlink</translation>
    </message>
    <message>
        <source>the service</source>
        <translation>usługa</translation>
    </message>
    <message>
        <source>“%1” was removed.</source>
        <translation>Usunięto „%1”.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Łączenie…</translation>
    </message>
    <message>
        <source>Connected: the token works.</source>
        <translation>Połączono: token działa.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::CampaignDialog</name>
    <message>
        <source>New Campaign</source>
        <translation>Nowa kampania</translation>
    </message>
    <message>
        <source>&amp;Campaign:</source>
        <translation>&amp;Kampania:</translation>
    </message>
    <message>
        <source>spring-sale</source>
        <translation>wiosenna-wyprzedaz</translation>
    </message>
    <message>
        <source>https://shop.example/spring
(one address per line)</source>
        <translation>https://shop.example/wiosna
(jeden adres w wierszu)</translation>
    </message>
    <message>
        <source>&amp;Destinations:</source>
        <translation>&amp;Cele:</translation>
    </message>
    <message>
        <source>&amp;Sources:</source>
        <translation>Ź&amp;ródła:</translation>
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
        <translation>Tr&amp;eści:</translation>
    </message>
    <message>
        <source>optional: hero, footer</source>
        <translation>opcjonalnie: hero, footer</translation>
    </message>
    <message>
        <source>&amp;Back-halves:</source>
        <translation>Końcó&amp;wki:</translation>
    </message>
    <message>
        <source>Made of {campaign}, {source}, {medium}, {content}, {term}, {page} (the destination&apos;s last part) and {n} (1, 2, 3, …)</source>
        <translation>Utworzone z {campaign}, {source}, {medium}, {content}, {term}, {page} (ostatnia część celu) i {n} (1, 2, 3, …)</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Tagi:</translation>
    </message>
    <message>
        <source>optional: spring, 2027</source>
        <translation>opcjonalnie: wiosna, 2027</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>K&amp;onto:</translation>
    </message>
    <message>
        <source>Links of the campaign</source>
        <translation>Linki kampanii</translation>
    </message>
    <message>
        <source>Back-half</source>
        <translation>Końcówka</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Cel</translation>
    </message>
    <message>
        <source>Create Links</source>
        <translation>Utwórz linki</translation>
    </message>
    <message>
        <source>&amp;QR Codes…</source>
        <translation>Kody &amp;QR…</translation>
    </message>
    <message>
        <source>&amp;Print Labels…</source>
        <translation>&amp;Drukuj etykiety…</translation>
    </message>
    <message numerus="yes">
        <source>Create %Ln Link(s)</source>
        <translation>
            <numerusform>Utwórz %Ln link</numerusform>
            <numerusform>Utwórz %Ln linki</numerusform>
            <numerusform>Utwórz %Ln linków</numerusform>
        </translation>
    </message>
    <message>
        <source>Linkdeck cannot use this account.</source>
        <translation>Linkdeck nie może użyć tego konta.</translation>
    </message>
    <message>
        <source>Creating the links…</source>
        <translation>Tworzenie linków…</translation>
    </message>
    <message>
        <source>Links Not Created</source>
        <translation>Linki nie zostały utworzone</translation>
    </message>
    <message>
        <source>The campaign&apos;s links have not been created yet. Create them now?</source>
        <translation>Linki kampanii nie zostały jeszcze utworzone. Utworzyć je teraz?</translation>
    </message>
    <message>
        <source>The campaign&apos;s links have not been created, and they cannot be created as they are. Discard what you typed?</source>
        <translation>Linki kampanii nie zostały utworzone i nie można ich utworzyć w obecnej postaci. Odrzucić to, co wpisano?</translation>
    </message>
    <message>
        <source>Stopped: %1 created. Press “%2” to make the rest; links already made are not made twice.</source>
        <translation>Zatrzymano: utworzono %1. Naciśnij „%2”, aby utworzyć resztę; już utworzone linki nie zostaną utworzone ponownie.</translation>
    </message>
    <message>
        <source>Stop Creating Links?</source>
        <translation>Przerwać tworzenie linków?</translation>
    </message>
    <message>
        <source>%1 of %2 links are done so far. Stop now? The links already made stay, and this window lists them.</source>
        <translation>Gotowe dotąd: %1 z %2 linków. Zatrzymać teraz? Już utworzone linki pozostaną, a to okno je pokaże.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Zatrzymaj</translation>
    </message>
    <message>
        <source>Keep Creating</source>
        <translation>Twórz dalej</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Zatrzymywanie…</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::DetailPane</name>
    <message>
        <source>Select a link to see its details.</source>
        <translation>Wybierz link, aby zobaczyć szczegóły.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiuj</translation>
    </message>
    <message>
        <source>Copy the short link to the clipboard</source>
        <translation>Kopiuj krótki link do schowka</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Otwórz</translation>
    </message>
    <message>
        <source>Open the short link in the web browser</source>
        <translation>Otwórz krótki link w przeglądarce</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Edytuj…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Redirect Rules…</source>
        <translation>Reguły przekierowań…</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Cel</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tagi</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampania</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>Śledzenie</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Kliknięcia</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Utworzono</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Zmieniono</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Limity</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stan</translation>
    </message>
    <message>
        <source>QR Code…</source>
        <translation>Kod QR…</translation>
    </message>
    <message>
        <source>Make a print-ready QR code of this link</source>
        <translation>Utwórz kod QR tego linku gotowy do druku</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Brak</translation>
    </message>
    <message>
        <source>source: %1</source>
        <translation>źródło: %1</translation>
    </message>
    <message>
        <source>medium: %1</source>
        <translation>medium: %1</translation>
    </message>
    <message>
        <source>term: %1</source>
        <translation>termin: %1</translation>
    </message>
    <message>
        <source>content: %1</source>
        <translation>treść: %1</translation>
    </message>
    <message>
        <source>starts %1</source>
        <translation>od %1</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>wygasa %1</translation>
    </message>
    <message numerus="yes">
        <source>at most %n click(s)</source>
        <translation>
            <numerusform>najwyżej %n kliknięcie</numerusform>
            <numerusform>najwyżej %n kliknięcia</numerusform>
            <numerusform>najwyżej %n kliknięć</numerusform>
        </translation>
    </message>
    <message>
        <source>then goes to %1</source>
        <translation>potem prowadzi do %1</translation>
    </message>
    <message>
        <source>password-protected: visitors type a password first</source>
        <translation>chroniony hasłem: odwiedzający najpierw wpisują hasło</translation>
    </message>
    <message numerus="yes">
        <source>%Ln link(s) selected</source>
        <translation>
            <numerusform>Wybrano %Ln link</numerusform>
            <numerusform>Wybrano %Ln linki</numerusform>
            <numerusform>Wybrano %Ln linków</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln click(s) together</source>
        <translation>
            <numerusform>Łącznie %Ln kliknięcie</numerusform>
            <numerusform>Łącznie %Ln kliknięcia</numerusform>
            <numerusform>Łącznie %Ln kliknięć</numerusform>
        </translation>
    </message>
    <message>
        <source>A/B split</source>
        <translation>Podział A/B</translation>
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
        <translation>Eksportuj linki</translation>
    </message>
    <message>
        <source>The links the table shows, with every field and their clicks. A file ending in .csv opens in Excel as it is; .xlsx is an Excel workbook, .json is for other programs.</source>
        <translation>Linki widoczne w tabeli, ze wszystkimi polami i kliknięciami. Plik z końcówką .csv otwiera się w Excelu bez zmian; .xlsx to skoroszyt Excela, .json jest dla innych programów.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Prze&amp;glądaj…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Plik:</translation>
    </message>
    <message>
        <source>&amp;Include each link&apos;s countries, referrers and devices</source>
        <translation>&amp;Dołącz kraje, strony odsyłające i urządzenia każdego linku</translation>
    </message>
    <message>
        <source>One column each for countries, referrers, devices, browsers and operating systems, most clicks first, as the statistics count them. A link of another service has them once its statistics were shown from its first day to today.</source>
        <translation>Po jednej kolumnie na kraje, strony odsyłające, urządzenia, przeglądarki i systemy operacyjne, najwięcej kliknięć najpierw, liczone tak jak w statystykach. Link innej usługi ma je, gdy jego statystyki zostały wyświetlone od pierwszego dnia do dziś.</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Eksportuj</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv);;Excel workbook (*.xlsx);;JSON (*.json)</source>
        <translation>CSV dla Excela (*.csv);;Skoroszyt Excela (*.xlsx);;JSON (*.json)</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::GettingStartedDialog</name>
    <message>
        <source>Getting Started with Linkdeck</source>
        <translation>Pierwsze kroki z Linkdeckiem</translation>
    </message>
    <message>
        <source>Getting started guide</source>
        <translation>Przewodnik dla początkujących</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Pierwsze kroki</translation>
    </message>
    <message>
        <source>1. Create a short link</source>
        <translation>1. Utwórz krótki link</translation>
    </message>
    <message>
        <source>Press %1 (File &gt; New Link), paste the address your link should open and choose a back-half, such as &lt;i&gt;spring-sale&lt;/i&gt;. Links on “This computer” are served by Linkdeck&apos;s own link server, shown under the sidebar.</source>
        <translation>Naciśnij %1 (Plik &gt; Nowy link), wklej adres, który ma otwierać link, i wybierz końcówkę, np. &lt;i&gt;wiosenna-wyprzedaz&lt;/i&gt;. Linki na koncie „Ten komputer” obsługuje własny serwer linków Linkdecka, widoczny pod paskiem bocznym.</translation>
    </message>
    <message>
        <source>2. Or connect a link service</source>
        <translation>2. Albo podłącz usługę linków</translation>
    </message>
    <message>
        <source>In File &gt; Accounts, add your Bitly, Rebrandly, Shlink or Cuttly account with its API token. Its links appear in the table, and new links can be made there too. Tokens stay in your system&apos;s keychain.</source>
        <translation>W menu Plik &gt; Konta dodaj swoje konto Bitly, Rebrandly, Shlink lub Cuttly z tokenem API. Jego linki pojawią się w tabeli i można tam też tworzyć nowe. Tokeny pozostają w pęku kluczy systemu.</translation>
    </message>
    <message>
        <source>3. Track a campaign</source>
        <translation>3. Śledź kampanię</translation>
    </message>
    <message>
        <source>In New Link, fill in the tracking fields (source, medium, campaign). The sidebar then lists the campaign; choose it and press %1 to see its clicks over time, countries, referrers and devices.</source>
        <translation>W oknie Nowy link wypełnij pola śledzenia (źródło, medium, kampania). Pasek boczny wyświetli wtedy kampanię; wybierz ją i naciśnij %1, aby zobaczyć kliknięcia w czasie, kraje, strony odsyłające i urządzenia.</translation>
    </message>
    <message>
        <source>4. Print a QR code</source>
        <translation>4. Wydrukuj kod QR</translation>
    </message>
    <message>
        <source>Select a link and press %1 for the QR studio: size in millimetres, colours, a logo, and export for print (PDF, SVG, EPS). %2 prints the selected links as labels.</source>
        <translation>Wybierz link i naciśnij %1, aby otworzyć studio QR: rozmiar w milimetrach, kolory, logo i eksport do druku (PDF, SVG, EPS). %2 drukuje wybrane linki jako etykiety.</translation>
    </message>
    <message>
        <source>Working with the keyboard</source>
        <translation>Praca z klawiaturą</translation>
    </message>
    <message>
        <source>%1 moves between the sidebar, the links and the details, and Tab within them. %2 finds a link, Esc clears the filter, %3 copies the selected short link.</source>
        <translation>%1 przełącza między paskiem bocznym, linkami i szczegółami, a Tab przechodzi wewnątrz nich. %2 wyszukuje link, Esc czyści filtr, %3 kopiuje wybrany krótki link.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::ImportWizard</name>
    <message>
        <source>Row</source>
        <translation>Wiersz</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Wynik</translation>
    </message>
    <message>
        <source>Short link</source>
        <translation>Krótki link</translation>
    </message>
    <message>
        <source>Destination or reason</source>
        <translation>Cel lub powód</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Wiersze</translation>
    </message>
    <message>
        <source>Choose a File</source>
        <translation>Wybierz plik</translation>
    </message>
    <message>
        <source>A spreadsheet saved as CSV or Unicode text, a JSON file, or an export of Bitly, Rebrandly, Shlink, YOURLS or Kutt.</source>
        <translation>Arkusz zapisany jako CSV lub tekst Unicode, plik JSON albo eksport z Bitly, Rebrandly, Shlink, YOURLS lub Kutt.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Plik</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Prze&amp;glądaj…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Plik:</translation>
    </message>
    <message>
        <source>&amp;Into:</source>
        <translation>&amp;Do:</translation>
    </message>
    <message>
        <source>Skip the row</source>
        <translation>Pomiń wiersz</translation>
    </message>
    <message>
        <source>Use the next free back-half</source>
        <translation>Użyj następnej wolnej końcówki</translation>
    </message>
    <message>
        <source>Point the existing link to the row&apos;s destination</source>
        <translation>Skieruj istniejący link do celu z wiersza</translation>
    </message>
    <message>
        <source>When a back-half is &amp;taken:</source>
        <translation>Gdy końcówka jest &amp;zajęta:</translation>
    </message>
    <message>
        <source>Import Links</source>
        <translation>Importuj linki</translation>
    </message>
    <message>
        <source>Tables of links (*.csv *.tsv *.txt *.json);;All files (*)</source>
        <translation>Tabele linków (*.csv *.tsv *.txt *.json);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Check the Columns</source>
        <translation>Sprawdź kolumny</translation>
    </message>
    <message>
        <source>Each column becomes what its menu says; choose “%1” to leave one out.</source>
        <translation>Każda kolumna staje się tym, co wskazuje jej menu; wybierz „%1”, aby ją pominąć.</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Kolumny</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Kolumna</translation>
    </message>
    <message>
        <source>Becomes</source>
        <translation>Staje się</translation>
    </message>
    <message>
        <source>First row</source>
        <translation>Pierwszy wiersz</translation>
    </message>
    <message>
        <source>%1, columns separated by “%2”.</source>
        <translation>%1, kolumny rozdzielone znakiem „%2”.</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulator</translation>
    </message>
    <message>
        <source>This looks like an export of %1.</source>
        <translation>To wygląda na eksport z %1.</translation>
    </message>
    <message>
        <source>Column %1 becomes</source>
        <translation>Kolumna %1 staje się</translation>
    </message>
    <message>
        <source>Check Every Row</source>
        <translation>Sprawdź każdy wiersz</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importuj</translation>
    </message>
    <message>
        <source>Nothing is made yet. Import makes the links marked “will create”.</source>
        <translation>Nic jeszcze nie zostało utworzone. Import tworzy linki oznaczone „zostanie utworzony”.</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>Zatrzy&amp;maj</translation>
    </message>
    <message>
        <source>Save &amp;Report…</source>
        <translation>Zapisz &amp;raport…</translation>
    </message>
    <message>
        <source>Save Import Report</source>
        <translation>Zapisz raport importu</translation>
    </message>
    <message>
        <source>import report.csv</source>
        <translation>raport importu.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Pliki CSV (*.csv)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importuj</translation>
    </message>
    <message>
        <source>Reading every row…</source>
        <translation>Odczytywanie każdego wiersza…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importowanie…</translation>
    </message>
    <message>
        <source>Report saved in %1.</source>
        <translation>Zapisano raport w %1.</translation>
    </message>
    <message>
        <source>Could not save the report: %1</source>
        <translation>Nie można zapisać raportu: %1</translation>
    </message>
    <message>
        <source>“%1” cannot be opened: %2</source>
        <translation>Nie można otworzyć „%1”: %2</translation>
    </message>
    <message>
        <source>Linkdeck cannot use this account.</source>
        <translation>Linkdeck nie może użyć tego konta.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::LinkCommands</name>
    <message>
        <source>Export Links</source>
        <translation>Eksportuj linki</translation>
    </message>
    <message>
        <source>links.csv</source>
        <translation>linki.csv</translation>
    </message>
    <message>
        <source>Choose a file name ending in .csv, .xlsx or .json.</source>
        <translation>Wybierz nazwę pliku kończącą się na .csv, .xlsx lub .json.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln link(s) saved in %1.</source>
        <translation>
            <numerusform>Zapisano %Ln link w %1.</numerusform>
            <numerusform>Zapisano %Ln linki w %1.</numerusform>
            <numerusform>Zapisano %Ln linków w %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied %1 to the clipboard</source>
        <translation>Skopiowano %1 do schowka</translation>
    </message>
    <message>
        <source>Delete %1? People who open it will no longer reach %2.</source>
        <translation>Usunąć %1? Osoby, które go otworzą, nie trafią już do %2.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n link(s)? People who open them will no longer reach their destinations.</source>
        <translation>
            <numerusform>Usunąć %n link? Osoby, które go otworzą, nie trafią już do celu.</numerusform>
            <numerusform>Usunąć %n linki? Osoby, które je otworzą, nie trafią już do celów.</numerusform>
            <numerusform>Usunąć %n linków? Osoby, które je otworzą, nie trafią już do celów.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Links</source>
        <translation>Usuń linki</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>Usunięto.</translation>
    </message>
    <message>
        <source>Some Links Were Not Deleted</source>
        <translation>Niektóre linki nie zostały usunięte</translation>
    </message>
    <message>
        <source>Removed the redirect rules of %1</source>
        <translation>Usunięto reguły przekierowań linku %1</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n redirect rule(s) of %1</source>
        <translation>
            <numerusform>Zapisano %n regułę przekierowań linku %1</numerusform>
            <numerusform>Zapisano %n reguły przekierowań linku %1</numerusform>
            <numerusform>Zapisano %n reguł przekierowań linku %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Zapisano %1</translation>
    </message>
    <message>
        <source>Labels Not Printed</source>
        <translation>Etykiety nie zostały wydrukowane</translation>
    </message>
    <message>
        <source>Print QR Labels</source>
        <translation>Drukuj etykiety QR</translation>
    </message>
    <message>
        <source>Exporting links…</source>
        <translation>Eksportowanie linków…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>The file could not be written.</source>
        <translation>Nie można zapisać pliku.</translation>
    </message>
    <message>
        <source>Export stopped; no file was written.</source>
        <translation>Eksport przerwany; nie zapisano żadnego pliku.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::LinkDialog</name>
    <message>
        <source>New Link</source>
        <translation>Nowy link</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>K&amp;onto:</translation>
    </message>
    <message>
        <source>https://example.com/spring-sale</source>
        <translation>https://example.com/wiosenna-wyprzedaz</translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation>&amp;Cel:</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domena</translation>
    </message>
    <message>
        <source>random</source>
        <translation>losowa</translation>
    </message>
    <message>
        <source>Back-half</source>
        <translation>Końcówka</translation>
    </message>
    <message>
        <source>Short &amp;link:</source>
        <translation>Krótki &amp;link:</translation>
    </message>
    <message>
        <source>Shown in your link list only</source>
        <translation>Widoczny tylko na Twojej liście linków</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Tytuł:</translation>
    </message>
    <message>
        <source>Separate tags with commas, e.g. print, spring</source>
        <translation>Oddziel tagi przecinkami, np. druk, wiosna</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>T&amp;agi:</translation>
    </message>
    <message>
        <source>Campaign trac&amp;king (UTM)</source>
        <translation>Śledzenie kampanii (&amp;UTM)</translation>
    </message>
    <message>
        <source>Choose a preset…</source>
        <translation>Wybierz szablon…</translation>
    </message>
    <message>
        <source>P&amp;reset:</source>
        <translation>&amp;Szablon:</translation>
    </message>
    <message>
        <source>where the visitor comes from, e.g. newsletter</source>
        <translation>skąd przychodzi odwiedzający, np. newsletter</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>Ź&amp;ródło:</translation>
    </message>
    <message>
        <source>the kind of channel, e.g. email</source>
        <translation>rodzaj kanału, np. email</translation>
    </message>
    <message>
        <source>Med&amp;ium:</source>
        <translation>&amp;Medium:</translation>
    </message>
    <message>
        <source>e.g. spring-sale</source>
        <translation>np. wiosenna-wyprzedaz</translation>
    </message>
    <message>
        <source>&amp;Campaign:</source>
        <translation>&amp;Kampania:</translation>
    </message>
    <message>
        <source>optional: paid search keyword</source>
        <translation>opcjonalnie: płatne słowo kluczowe</translation>
    </message>
    <message>
        <source>Term:</source>
        <translation>T&amp;ermin:</translation>
    </message>
    <message>
        <source>optional: which ad or button</source>
        <translation>opcjonalnie: która reklama lub przycisk</translation>
    </message>
    <message>
        <source>Co&amp;ntent:</source>
        <translation>Tre&amp;ść:</translation>
    </message>
    <message>
        <source>Use lower case (analytics tools count “Email” and “email” apart)</source>
        <translation>Używaj małych liter (narzędzia analityczne liczą „Email” i „email” osobno)</translation>
    </message>
    <message>
        <source>Final address</source>
        <translation>Adres końcowy</translation>
    </message>
    <message>
        <source>Opens:</source>
        <translation>Otwiera:</translation>
    </message>
    <message>
        <source>Create Link</source>
        <translation>Utwórz link</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Limity</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>&amp;Początek:</translation>
    </message>
    <message>
        <source>Before this time the link is not active yet.</source>
        <translation>Przed tą chwilą link nie jest jeszcze aktywny.</translation>
    </message>
    <message>
        <source>Start date and time</source>
        <translation>Data i godzina początku</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>Kon&amp;iec:</translation>
    </message>
    <message>
        <source>From this time on the link has ended.</source>
        <translation>Od tej chwili link jest zakończony.</translation>
    </message>
    <message>
        <source>End date and time</source>
        <translation>Data i godzina końca</translation>
    </message>
    <message>
        <source>At &amp;most:</source>
        <translation>&amp;Najwyżej:</translation>
    </message>
    <message>
        <source>After this many clicks the link has ended.</source>
        <translation>Po tylu kliknięciach link jest zakończony.</translation>
    </message>
    <message>
        <source>Most clicks</source>
        <translation>Najwięcej kliknięć</translation>
    </message>
    <message>
        <source>clicks</source>
        <translation>kliknięć</translation>
    </message>
    <message>
        <source>empty: a page says the link has ended</source>
        <translation>puste: strona informuje, że link się zakończył</translation>
    </message>
    <message>
        <source>Address after the end</source>
        <translation>Adres po zakończeniu</translation>
    </message>
    <message>
        <source>T&amp;hen go to:</source>
        <translation>Potem &amp;do:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Hasło:</translation>
    </message>
    <message>
        <source>Visitors must type this password before they are sent on.</source>
        <translation>Odwiedzający muszą wpisać to hasło, zanim zostaną przekierowani.</translation>
    </message>
    <message>
        <source>Password for visitors</source>
        <translation>Hasło dla odwiedzających</translation>
    </message>
    <message>
        <source>Social pre&amp;view</source>
        <translation>Podgląd &amp;w mediach społecznościowych</translation>
    </message>
    <message>
        <source>What link previews show when the short link is pasted into LinkedIn, Facebook, X, Slack or a chat. People who click it are sent on as always.</source>
        <translation>Co pokazują podglądy linków, gdy krótki link zostanie wklejony w LinkedIn, Facebooku, X, Slacku lub czacie. Osoby, które klikną, są przekierowywane jak zawsze.</translation>
    </message>
    <message>
        <source>e.g. Spring sale: half price</source>
        <translation>np. Wiosenna wyprzedaż: połowa ceny</translation>
    </message>
    <message>
        <source>one or two sentences</source>
        <translation>jedno lub dwa zdania</translation>
    </message>
    <message>
        <source>https://… (1200 × 630 pixels suit most)</source>
        <translation>https://… (1200 × 630 pikseli pasuje w większości miejsc)</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>T&amp;ytuł:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Opis:</translation>
    </message>
    <message>
        <source>Image address:</source>
        <translation>Adres obrazu:</translation>
    </message>
    <message>
        <source>Preview card</source>
        <translation>Karta podglądu</translation>
    </message>
    <message>
        <source>No image: a small card</source>
        <translation>Bez obrazu: mała karta</translation>
    </message>
    <message>
        <source>Image from %1</source>
        <translation>Obraz z %1</translation>
    </message>
    <message>
        <source>(no title yet)</source>
        <translation>(jeszcze bez tytułu)</translation>
    </message>
    <message>
        <source>%1 cannot send visitors to another address after the end; only links on this computer can. Visitors see the service&apos;s own page.</source>
        <translation>%1 nie potrafi kierować odwiedzających pod inny adres po zakończeniu; potrafią to tylko linki na tym komputerze. Odwiedzający zobaczą stronę usługi.</translation>
    </message>
    <message>
        <source>not possible with %1</source>
        <translation>niemożliwe w %1</translation>
    </message>
    <message>
        <source>Times are in your time zone, %1.</source>
        <translation>Czas jest podany w Twojej strefie czasowej, %1.</translation>
    </message>
    <message>
        <source>Protected (type a new password to change it)</source>
        <translation>Chroniony (wpisz nowe hasło, aby je zmienić)</translation>
    </message>
    <message>
        <source>the password visitors type</source>
        <translation>hasło, które wpisują odwiedzający</translation>
    </message>
    <message>
        <source>Type the password visitors will need, or untick Password.</source>
        <translation>Wpisz hasło, którego będą potrzebować odwiedzający, lub odznacz Hasło.</translation>
    </message>
    <message>
        <source>chosen by the service</source>
        <translation>wybrana przez usługę</translation>
    </message>
    <message>
        <source>Edit Link</source>
        <translation>Edytuj link</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Zapisz</translation>
    </message>
    <message>
        <source>This service does not allow changing the back-half of an existing link.</source>
        <translation>Ta usługa nie pozwala zmienić końcówki istniejącego linku.</translation>
    </message>
    <message>
        <source>Will be saved as %1</source>
        <translation>Zostanie zapisany jako %1</translation>
    </message>
    <message>
        <source>An existing link needs a back-half.</source>
        <translation>Istniejący link wymaga końcówki.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Sprawdzanie…</translation>
    </message>
    <message>
        <source>Could not check whether “%1” is free: %2</source>
        <translation>Nie można sprawdzić, czy „%1” jest wolna: %2</translation>
    </message>
    <message>
        <source>“%1” is available.</source>
        <translation>„%1” jest dostępna.</translation>
    </message>
    <message>
        <source>“%1” is already used on %2. Choose another back-half.</source>
        <translation>„%1” jest już używana w %2. Wybierz inną końcówkę.</translation>
    </message>
    <message>
        <source>The link was saved, but not its password: %1</source>
        <translation>Link został zapisany, ale jego hasło nie: %1</translation>
    </message>
    <message>
        <source>The link was saved, but not its targeting rules: %1</source>
        <translation>Link został zapisany, ale jego reguły kierowania nie: %1</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Niezapisane zmiany</translation>
    </message>
    <message>
        <source>The link has changes that are not saved. Save them?</source>
        <translation>Link ma niezapisane zmiany. Zapisać je?</translation>
    </message>
    <message>
        <source>The link has changes that are not saved, and they cannot be saved as they are. Discard them?</source>
        <translation>Link ma niezapisane zmiany, których nie można zapisać w obecnej postaci. Odrzucić je?</translation>
    </message>
    <message>
        <source>Link Not Created</source>
        <translation>Link nie został utworzony</translation>
    </message>
    <message>
        <source>The new link has not been created yet. Create it now?</source>
        <translation>Nowy link nie został jeszcze utworzony. Utworzyć go teraz?</translation>
    </message>
    <message>
        <source>The new link has not been created, and it cannot be created as it is. Discard what you typed?</source>
        <translation>Nowy link nie został utworzony i nie można go utworzyć w obecnej postaci. Odrzucić to, co wpisano?</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::LinkListView</name>
    <message>
        <source>Filter links</source>
        <translation>Filtruj linki</translation>
    </message>
    <message>
        <source>Filter by back-half, destination, title, tag or campaign</source>
        <translation>Filtruj według końcówki, celu, tytułu, tagu lub kampanii</translation>
    </message>
    <message>
        <source>Clear Filter</source>
        <translation>Wyczyść filtr</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Linki</translation>
    </message>
    <message>
        <source>No links here yet.</source>
        <translation>Nie ma tu jeszcze linków.</translation>
    </message>
    <message>
        <source>No links match “%1”</source>
        <translation>Żaden link nie pasuje do „%1”</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::LocalServerPanel</name>
    <message>
        <source>Stopped: short links on this computer do not open.</source>
        <translation>Zatrzymany: krótkie linki na tym komputerze się nie otwierają.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Uruchamianie…</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Działa</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Zatrzymywanie…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln visit(s) recorded</source>
        <translation>
            <numerusform>Zarejestrowano %Ln wizytę</numerusform>
            <numerusform>Zarejestrowano %Ln wizyty</numerusform>
            <numerusform>Zarejestrowano %Ln wizyt</numerusform>
        </translation>
    </message>
    <message>
        <source>The link database is damaged: SQLite found errors in it. Short links still open, but changes and visits may not be saved. Quit Linkdeck and restore a backup of the database.</source>
        <translation>Baza linków jest uszkodzona: SQLite znalazł w niej błędy. Krótkie linki nadal się otwierają, ale zmiany i wizyty mogą nie zostać zapisane. Zamknij Linkdecka i przywróć kopię zapasową bazy danych.</translation>
    </message>
    <message numerus="yes">
        <source>Visits are not being recorded: the link server cannot write to its disk (it is full or read-only). Short links still open. %Ln visit(s) not recorded so far.</source>
        <translation>
            <numerusform>Wizyty nie są rejestrowane: serwer linków nie może zapisywać na dysku (jest pełny lub tylko do odczytu). Krótkie linki nadal się otwierają. Dotąd niezarejestrowana %Ln wizyta.</numerusform>
            <numerusform>Wizyty nie są rejestrowane: serwer linków nie może zapisywać na dysku (jest pełny lub tylko do odczytu). Krótkie linki nadal się otwierają. Dotąd niezarejestrowane %Ln wizyty.</numerusform>
            <numerusform>Wizyty nie są rejestrowane: serwer linków nie może zapisywać na dysku (jest pełny lub tylko do odczytu). Krótkie linki nadal się otwierają. Dotąd niezarejestrowanych %Ln wizyt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln visit(s) could not be recorded while the disk was full.</source>
        <translation>
            <numerusform>Nie można było zarejestrować %Ln wizyty, gdy dysk był pełny.</numerusform>
            <numerusform>Nie można było zarejestrować %Ln wizyt, gdy dysk był pełny.</numerusform>
            <numerusform>Nie można było zarejestrować %Ln wizyt, gdy dysk był pełny.</numerusform>
        </translation>
    </message>
    <message>
        <source>Visits reach the statistics %1 seconds late: the database is busy. None is lost.</source>
        <translation>Wizyty trafiają do statystyk z %1-sekundowym opóźnieniem: baza danych jest zajęta. Żadna nie zostanie utracona.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Zatrzymaj</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Uruchom</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::MainWindow</name>
    <message>
        <source>&amp;New Link…</source>
        <translation>&amp;Nowy link…</translation>
    </message>
    <message>
        <source>Create a short link (%1)</source>
        <translation>Utwórz krótki link (%1)</translation>
    </message>
    <message>
        <source>&amp;Edit Link…</source>
        <translation>&amp;Edytuj link…</translation>
    </message>
    <message>
        <source>&amp;Copy Short Link</source>
        <translation>&amp;Kopiuj krótki link</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Usuń…</translation>
    </message>
    <message>
        <source>&amp;Open in Browser</source>
        <translation>&amp;Otwórz w przeglądarce</translation>
    </message>
    <message>
        <source>&amp;QR Code…</source>
        <translation>Kod &amp;QR…</translation>
    </message>
    <message>
        <source>Make a print-ready QR code of the short link</source>
        <translation>Utwórz kod QR krótkiego linku gotowy do druku</translation>
    </message>
    <message>
        <source>&amp;Print QR Labels…</source>
        <translation>&amp;Drukuj etykiety QR…</translation>
    </message>
    <message>
        <source>Print the selected links as QR code labels, 24 to an A4 page</source>
        <translation>Drukuj wybrane linki jako etykiety z kodem QR, 24 na stronę A4</translation>
    </message>
    <message>
        <source>&amp;Statistics…</source>
        <translation>S&amp;tatystyki…</translation>
    </message>
    <message>
        <source>Clicks over time, countries and referrers of the selected links or campaign</source>
        <translation>Kliknięcia w czasie, kraje i strony odsyłające wybranych linków lub kampanii</translation>
    </message>
    <message>
        <source>Cop&amp;y to Account…</source>
        <translation>Kopiuj &amp;do konta…</translation>
    </message>
    <message>
        <source>Make the selected links on another account too</source>
        <translation>Utwórz wybrane linki także na innym koncie</translation>
    </message>
    <message>
        <source>&amp;Move to Account…</source>
        <translation>&amp;Przenieś do konta…</translation>
    </message>
    <message>
        <source>Make the selected links on another account and send the old ones&apos; visitors there</source>
        <translation>Utwórz wybrane linki na innym koncie i kieruj tam odwiedzających starych</translation>
    </message>
    <message>
        <source>Redirect &amp;Rules…</source>
        <translation>&amp;Reguły przekierowań…</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Znajdź…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>Pre&amp;ferencje…</translation>
    </message>
    <message>
        <source>New &amp;Campaign…</source>
        <translation>Nowa &amp;kampania…</translation>
    </message>
    <message>
        <source>Make a campaign&apos;s links at once: each destination for each source and medium</source>
        <translation>Utwórz naraz linki kampanii: każdy cel dla każdego źródła i medium</translation>
    </message>
    <message>
        <source>&amp;Import Links…</source>
        <translation>&amp;Importuj linki…</translation>
    </message>
    <message>
        <source>Make links from a spreadsheet or another service&apos;s export</source>
        <translation>Utwórz linki z arkusza kalkulacyjnego lub eksportu innej usługi</translation>
    </message>
    <message>
        <source>E&amp;xport Links…</source>
        <translation>&amp;Eksportuj linki…</translation>
    </message>
    <message>
        <source>Save the links the table shows as CSV, Excel or JSON</source>
        <translation>Zapisz linki widoczne w tabeli jako CSV, Excel lub JSON</translation>
    </message>
    <message>
        <source>&amp;Synchronise Accounts</source>
        <translation>&amp;Synchronizuj konta</translation>
    </message>
    <message>
        <source>Fetch the links of your Bitly, Rebrandly, Shlink and Cuttly accounts and send the changes made offline (%1)</source>
        <translation>Pobierz linki z kont Bitly, Rebrandly, Shlink i Cuttly i wyślij zmiany wprowadzone offline (%1)</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>K&amp;onta…</translation>
    </message>
    <message>
        <source>Add or edit your Bitly, Rebrandly, Shlink and Cuttly accounts</source>
        <translation>Dodaj lub edytuj konta Bitly, Rebrandly, Shlink i Cuttly</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Zakończ</translation>
    </message>
    <message>
        <source>&amp;Getting Started</source>
        <translation>&amp;Pierwsze kroki</translation>
    </message>
    <message>
        <source>&amp;About Linkdeck</source>
        <translation>&amp;O programie Linkdeck</translation>
    </message>
    <message>
        <source>About Linkdeck</source>
        <translation>O programie Linkdeck</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Linkdeck %1&lt;/h3&gt;&lt;p&gt;Branded short links, campaign charts and print-grade QR codes.&lt;/p&gt;&lt;p&gt;Released under the MIT licence.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Linkdeck %1&lt;/h3&gt;&lt;p&gt;Krótkie linki z własną marką, wykresy kampanii i kody QR w jakości do druku.&lt;/p&gt;&lt;p&gt;Udostępniany na licencji MIT.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edycja</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Pomo&amp;c</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Główny pasek narzędzi</translation>
    </message>
    <message>
        <source>Linkdeck</source>
        <translation>Linkdeck</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Liczenie…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln link(s)</source>
        <translation>
            <numerusform>%Ln link</numerusform>
            <numerusform>%Ln linki</numerusform>
            <numerusform>%Ln linków</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln link(s)</source>
        <translation>
            <numerusform>%1 z %Ln linku</numerusform>
            <numerusform>%1 z %Ln linków</numerusform>
            <numerusform>%1 z %Ln linków</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved offline: the link will be created on %1 when the network is back.</source>
        <translation>Zapisano offline: link zostanie utworzony w %1, gdy sieć wróci.</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>Utworzono %1</translation>
    </message>
    <message>
        <source>Saved offline: the change will be sent to %1 when the network is back.</source>
        <translation>Zapisano offline: zmiana zostanie wysłana do %1, gdy sieć wróci.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Zapisano %1</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n link</numerusform>
            <numerusform>%n linki</numerusform>
            <numerusform>%n linków</numerusform>
        </translation>
    </message>
    <message>
        <source>Select links, or a campaign or tag in the sidebar, to see their statistics.</source>
        <translation>Wybierz linki albo kampanię lub tag na pasku bocznym, aby zobaczyć ich statystyki.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::PaneFocus</name>
    <message>
        <source>Next Pane</source>
        <translation>Następny panel</translation>
    </message>
    <message>
        <source>Previous Pane</source>
        <translation>Poprzedni panel</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::PreferencesDialog</name>
    <message>
        <source>None</source>
        <translation>Brak</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konta</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::QrPreview</name>
    <message>
        <source>Drag the code into another application</source>
        <translation>Przeciągnij kod do innej aplikacji</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::QrStudioDialog</name>
    <message numerus="yes">
        <source>QR Codes for %n Link(s)</source>
        <translation>
            <numerusform>Kody QR dla %n linku</numerusform>
            <numerusform>Kody QR dla %n linków</numerusform>
            <numerusform>Kody QR dla %n linków</numerusform>
        </translation>
    </message>
    <message>
        <source>The preview shows the first link; each link gets its own file, named by its back-half.</source>
        <translation>Podgląd pokazuje pierwszy link; każdy link dostaje własny plik, nazwany według końcówki.</translation>
    </message>
    <message>
        <source>There is no preset “%1”.</source>
        <translation>Nie ma szablonu „%1”.</translation>
    </message>
    <message>
        <source>The preset “%1” cannot be used: %2</source>
        <translation>Nie można użyć szablonu „%1”: %2</translation>
    </message>
    <message>
        <source>Save Preset</source>
        <translation>Zapisz szablon</translation>
    </message>
    <message>
        <source>Name of the preset:</source>
        <translation>Nazwa szablonu:</translation>
    </message>
    <message>
        <source>Version %1, %2 × %2 modules, %3 mm each, %4 × %5 mm</source>
        <translation>Wersja %1, %2 × %2 modułów, po %3 mm, %4 × %5 mm</translation>
    </message>
    <message>
        <source>Folder for the QR Codes</source>
        <translation>Folder na kody QR</translation>
    </message>
    <message>
        <source>Writing QR codes…</source>
        <translation>Zapisywanie kodów QR…</translation>
    </message>
    <message>
        <source>Save QR Code</source>
        <translation>Zapisz kod QR</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>Pliki %1 (*.%2)</translation>
    </message>
    <message>
        <source>Save Label Sheet</source>
        <translation>Zapisz arkusz etykiet</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Pliki PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the label sheet…</source>
        <translation>Zapisywanie arkusza etykiet…</translation>
    </message>
    <message>
        <source>Print QR Labels</source>
        <translation>Drukuj etykiety QR</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::QrStyleForm</name>
    <message>
        <source>Choose a Logo</source>
        <translation>Wybierz logo</translation>
    </message>
    <message>
        <source>Images (*.png *.svg *.jpg *.jpeg)</source>
        <translation>Obrazy (*.png *.svg *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wybierz…</translation>
    </message>
    <message>
        <source>“%1” is not a colour: use #rrggbb, a name such as black, or cmyk(0,0,0,100).</source>
        <translation>„%1” nie jest kolorem: użyj #rrggbb, nazwy takiej jak black lub cmyk(0,0,0,100).</translation>
    </message>
    <message>
        <source>Choose a colour</source>
        <translation>Wybierz kolor</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::RedirectRulesDialog</name>
    <message>
        <source>Condition</source>
        <translation>Warunek</translation>
    </message>
    <message>
        <source>Language code, e.g. en or de-CH</source>
        <translation>Kod języka, np. pl lub en-GB</translation>
    </message>
    <message>
        <source>Name, e.g. ref</source>
        <translation>Nazwa, np. ref</translation>
    </message>
    <message>
        <source>Value, e.g. news</source>
        <translation>Wartość, np. news</translation>
    </message>
    <message>
        <source>Parameter name</source>
        <translation>Nazwa parametru</translation>
    </message>
    <message>
        <source>192.0.2.10, 192.168.0.0/16 or 10.0.*.*</source>
        <translation>192.0.2.10, 192.168.0.0/16 lub 10.0.*.*</translation>
    </message>
    <message>
        <source>Country code, e.g. DE</source>
        <translation>Kod kraju, np. PL</translation>
    </message>
    <message>
        <source>City, e.g. Berlin</source>
        <translation>Miasto, np. Kraków</translation>
    </message>
    <message>
        <source>In your computer&apos;s time zone</source>
        <translation>W strefie czasowej Twojego komputera</translation>
    </message>
    <message>
        <source>Remove this condition</source>
        <translation>Usuń ten warunek</translation>
    </message>
    <message>
        <source>Remove condition</source>
        <translation>Usuń warunek</translation>
    </message>
    <message>
        <source>Redirect Rules of %1</source>
        <translation>Reguły przekierowań linku %1</translation>
    </message>
    <message>
        <source>Loading the rules…</source>
        <translation>Wczytywanie reguł…</translation>
    </message>
    <message>
        <source>Send some visitors of %1 somewhere else than %2. The rules are tried from the top; the first whose conditions all match decides, and everyone else goes to the link&apos;s own destination.</source>
        <translation>Kieruj niektórych odwiedzających %1 gdzie indziej niż do %2. Reguły są sprawdzane od góry; decyduje pierwsza, której wszystkie warunki są spełnione, a wszyscy pozostali trafiają do celu samego linku.</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Reguły</translation>
    </message>
    <message>
        <source>&amp;Add Rule</source>
        <translation>&amp;Dodaj regułę</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Usuń</translation>
    </message>
    <message>
        <source>Move up: try this rule earlier</source>
        <translation>W górę: sprawdzaj tę regułę wcześniej</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>W górę</translation>
    </message>
    <message>
        <source>Move down: try this rule later</source>
        <translation>W dół: sprawdzaj tę regułę później</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>W dół</translation>
    </message>
    <message>
        <source>Selected rule</source>
        <translation>Wybrana reguła</translation>
    </message>
    <message>
        <source>https://example.com/for-these-visitors</source>
        <translation>https://example.com/dla-tych-odwiedzajacych</translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation>&amp;Cel:</translation>
    </message>
    <message>
        <source>Visitors who meet all of these conditions:</source>
        <translation>Odwiedzający, którzy spełniają wszystkie te warunki:</translation>
    </message>
    <message>
        <source>Add &amp;Condition</source>
        <translation>Dodaj &amp;warunek</translation>
    </message>
    <message>
        <source>&amp;Save Rules</source>
        <translation>&amp;Zapisz reguły</translation>
    </message>
    <message>
        <source>Rule %1</source>
        <translation>Reguła %1</translation>
    </message>
    <message>
        <source>No rule selected</source>
        <translation>Nie wybrano reguły</translation>
    </message>
    <message>
        <source>(no condition yet)</source>
        <translation>(jeszcze bez warunku)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>(no destination yet)</source>
        <translation>(jeszcze bez celu)</translation>
    </message>
    <message>
        <source>%1. %2 → %3</source>
        <translation>%1. %2 → %3</translation>
    </message>
    <message>
        <source>No rules: every visitor goes to %1.</source>
        <translation>Brak reguł: każdy odwiedzający trafia do %1.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Zapisywanie…</translation>
    </message>
    <message>
        <source>Targeting Rules</source>
        <translation>Reguły kierowania</translation>
    </message>
    <message>
        <source>Send some visitors of the new link somewhere else than %1. The rules are tried from the top; the first whose conditions all match decides, and everyone else goes to the link&apos;s own destination.</source>
        <translation>Kieruj niektórych odwiedzających nowego linku gdzie indziej niż do %1. Reguły są sprawdzane od góry; decyduje pierwsza, której wszystkie warunki są spełnione, a wszyscy pozostali trafiają do celu samego linku.</translation>
    </message>
    <message>
        <source>Send some visitors of the new link to addresses of their own. The rules are tried from the top and come before the A/B split: the first rule whose conditions all match decides, and only the visitors no rule matches are shared by the split (%1).</source>
        <translation>Kieruj niektórych odwiedzających nowy link na osobne adresy. Reguły są sprawdzane od góry i mają pierwszeństwo przed podziałem A/B: decyduje pierwsza reguła, której wszystkie warunki są spełnione, a podział rozdziela tylko odwiedzających, do których nie pasuje żadna reguła (%1).</translation>
    </message>
    <message>
        <source>Send some visitors of %1 to addresses of their own. The rules are tried from the top and come before the A/B split: the first rule whose conditions all match decides, and only the visitors no rule matches are shared by the split (%2).</source>
        <translation>Kieruj niektórych odwiedzających %1 na osobne adresy. Reguły są sprawdzane od góry i mają pierwszeństwo przed podziałem A/B: decyduje pierwsza reguła, której wszystkie warunki są spełnione, a podział rozdziela tylko odwiedzających, do których nie pasuje żadna reguła (%2).</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>No rules: the A/B split shares every visitor (%1).</source>
        <translation>Brak reguł: podział A/B rozdziela wszystkich odwiedzających (%1).</translation>
    </message>
    <message>
        <source>Unsaved Rules</source>
        <translation>Niezapisane reguły</translation>
    </message>
    <message>
        <source>The redirect rules have changes that are not saved. Save them?</source>
        <translation>Reguły przekierowań mają niezapisane zmiany. Zapisać je?</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::RulesSection</name>
    <message>
        <source>Targeting rules</source>
        <translation>Reguły kierowania</translation>
    </message>
    <message>
        <source>Send some visitors elsewhere: phones to an app store, Germans to the German page, …</source>
        <translation>Kieruj niektórych odwiedzających gdzie indziej: telefony do sklepu z aplikacjami, Niemców na stronę po niemiecku, …</translation>
    </message>
    <message>
        <source>Edit R&amp;ules…</source>
        <translation>Edytuj re&amp;guły…</translation>
    </message>
    <message>
        <source>Try a visitor:</source>
        <translation>Sprawdź odwiedzającego:</translation>
    </message>
    <message>
        <source>The visitor&apos;s device</source>
        <translation>Urządzenie odwiedzającego</translation>
    </message>
    <message>
        <source>any device</source>
        <translation>dowolne urządzenie</translation>
    </message>
    <message>
        <source>iPhone</source>
        <translation>iPhone</translation>
    </message>
    <message>
        <source>Android phone</source>
        <translation>Telefon z Androidem</translation>
    </message>
    <message>
        <source>Windows PC</source>
        <translation>Komputer z Windows</translation>
    </message>
    <message>
        <source>Mac</source>
        <translation>Mac</translation>
    </message>
    <message>
        <source>Linux PC</source>
        <translation>Komputer z Linuksem</translation>
    </message>
    <message>
        <source>The visitor&apos;s language</source>
        <translation>Język odwiedzającego</translation>
    </message>
    <message>
        <source>any language</source>
        <translation>dowolny język</translation>
    </message>
    <message>
        <source>The visitor&apos;s country</source>
        <translation>Kraj odwiedzającego</translation>
    </message>
    <message>
        <source>any country</source>
        <translation>dowolny kraj</translation>
    </message>
    <message>
        <source>The rules could not be read: %1</source>
        <translation>Nie można odczytać reguł: %1</translation>
    </message>
    <message>
        <source>Reading the rules…</source>
        <translation>Wczytywanie reguł…</translation>
    </message>
    <message>
        <source>No rules: every visitor goes to the destination.</source>
        <translation>Brak reguł: każdy odwiedzający trafia do celu.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>No rules: the A/B split shares every visitor.</source>
        <translation>Brak reguł: podział A/B rozdziela wszystkich odwiedzających.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::Sidebar</name>
    <message>
        <source>Accounts and saved filters</source>
        <translation>Konta i zapisane filtry</translation>
    </message>
    <message>
        <source>All links</source>
        <translation>Wszystkie linki</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Konta</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tagi</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Kampanie</translation>
    </message>
    <message numerus="yes">
        <source>%Ln link(s)</source>
        <translation>
            <numerusform>%Ln link</numerusform>
            <numerusform>%Ln linki</numerusform>
            <numerusform>%Ln linków</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::SplitEditor</name>
    <message>
        <source>Share the visitors between this destination and others, to see which page works best. Each visitor keeps the destination they first got.</source>
        <translation>Dziel odwiedzających między ten cel i inne, aby sprawdzić, która strona działa najlepiej. Każdy odwiedzający zachowuje cel, który dostał za pierwszym razem.</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Cel</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Odwiedzający</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>the destination above</source>
        <translation>cel powyżej</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>Destination %1</source>
        <translation>Cel %1</translation>
    </message>
    <message>
        <source>Share of visitors for destination %1</source>
        <translation>Udział odwiedzających dla celu %1</translation>
    </message>
    <message>
        <source>Remove destination %1</source>
        <translation>Usuń cel %1</translation>
    </message>
    <message>
        <source>A/&amp;B split</source>
        <translation>Podział A/&amp;B</translation>
    </message>
    <message>
        <source>Add ne&amp;w destination</source>
        <translation>Doda&amp;j nowy cel</translation>
    </message>
    <message>
        <source>Share evenl&amp;y</source>
        <translation>Pod&amp;ziel równo</translation>
    </message>
    <message>
        <source>Together: %1</source>
        <translation>Razem: %1</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::StatsChart</name>
    <message numerus="yes">
        <source>%1, %2: %Ln click(s)</source>
        <translation>
            <numerusform>%1, %2: %Ln kliknięcie</numerusform>
            <numerusform>%1, %2: %Ln kliknięcia</numerusform>
            <numerusform>%1, %2: %Ln kliknięć</numerusform>
        </translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Kliknięcia</translation>
    </message>
    <message>
        <source>The file cannot be written.</source>
        <translation>Nie można zapisać pliku.</translation>
    </message>
    <message>
        <source>Choose a file name ending in .png, .svg or .pdf.</source>
        <translation>Wybierz nazwę pliku kończącą się na .png, .svg lub .pdf.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::StatsDialog</name>
    <message>
        <source>Statistics: %1</source>
        <translation>Statystyki: %1</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Dzisiaj</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Ostatnie 7 dni</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Ostatnie 30 dni</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Ostatnie 90 dni</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Ten miesiąc</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Niestandardowy</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatycznie</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Godziny</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Dni</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>Tygodnie</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Miesiące</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linia</translation>
    </message>
    <message>
        <source>Bars</source>
        <translation>Słupki</translation>
    </message>
    <message>
        <source>All together</source>
        <translation>Wszystko razem</translation>
    </message>
    <message>
        <source>By link</source>
        <translation>Według linku</translation>
    </message>
    <message>
        <source>By account</source>
        <translation>Według konta</translation>
    </message>
    <message>
        <source>By variant</source>
        <translation>Według wariantu</translation>
    </message>
    <message>
        <source>Include bots</source>
        <translation>Uwzględnij boty</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Odśwież</translation>
    </message>
    <message>
        <source>Fetch the figures of Bitly and Shlink links again</source>
        <translation>Pobierz ponownie dane linków Bitly i Shlink</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Eksportuj</translation>
    </message>
    <message>
        <source>Chart as PNG Image…</source>
        <translation>Wykres jako obraz PNG…</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Obrazy PNG (*.png)</translation>
    </message>
    <message>
        <source>Chart as SVG Drawing…</source>
        <translation>Wykres jako rysunek SVG…</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>Rysunki SVG (*.svg)</translation>
    </message>
    <message>
        <source>Chart as PDF…</source>
        <translation>Wykres jako PDF…</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumenty PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Report as PDF…</source>
        <translation>Raport jako PDF…</translation>
    </message>
    <message>
        <source>Data as CSV…</source>
        <translation>Dane jako CSV…</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Pliki CSV (*.csv)</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Okres:</translation>
    </message>
    <message>
        <source>Per:</source>
        <translation>Co:</translation>
    </message>
    <message>
        <source>Show &amp;All Clicks</source>
        <translation>Pokaż &amp;wszystkie kliknięcia</translation>
    </message>
    <message>
        <source>%1 report.pdf</source>
        <translation>%1 raport.pdf</translation>
    </message>
    <message>
        <source>%1 clicks.%2</source>
        <translation>%1 kliknięcia.%2</translation>
    </message>
    <message>
        <source>Export Statistics</source>
        <translation>Eksportuj statystyki</translation>
    </message>
    <message>
        <source>Saved “%1” in %2.</source>
        <translation>Zapisano „%1” w %2.</translation>
    </message>
    <message>
        <source>Could not save “%1”: %2</source>
        <translation>Nie można zapisać „%1”: %2</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wczytywanie…</translation>
    </message>
    <message>
        <source>Only the clicks of %1: %2</source>
        <translation>Tylko kliknięcia z %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>(+%Ln bot(s), not counted)</source>
        <translation>
            <numerusform>(+%Ln bot, nie liczony)</numerusform>
            <numerusform>(+%Ln boty, nie liczone)</numerusform>
            <numerusform>(+%Ln botów, nie liczonych)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln click(s)</source>
        <translation>
            <numerusform>%Ln kliknięcie</numerusform>
            <numerusform>%Ln kliknięcia</numerusform>
            <numerusform>%Ln kliknięć</numerusform>
        </translation>
    </message>
    <message>
        <source>Clicks by people and visits by bots together.</source>
        <translation>Kliknięcia ludzi i wizyty botów razem.</translation>
    </message>
    <message>
        <source> (%1 against the period before)</source>
        <translation> (%1 względem poprzedniego okresu)</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::StatsReport</name>
    <message>
        <source>No clicks</source>
        <translation>Brak kliknięć</translation>
    </message>
    <message>
        <source>Top links</source>
        <translation>Najczęściej klikane linki</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Kraje</translation>
    </message>
    <message>
        <source>Referrers</source>
        <translation>Strony odsyłające</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Urządzenia</translation>
    </message>
    <message>
        <source>Browsers</source>
        <translation>Przeglądarki</translation>
    </message>
    <message>
        <source>Operating systems</source>
        <translation>Systemy operacyjne</translation>
    </message>
    <message>
        <source>Made with Linkdeck on %1.</source>
        <translation>Utworzono w Linkdecku %1.</translation>
    </message>
    <message>
        <source>The file cannot be written.</source>
        <translation>Nie można zapisać pliku.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::StatsTables</name>
    <message>
        <source>Clicks</source>
        <translation>Kliknięcia</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Udział</translation>
    </message>
    <message>
        <source>Variants</source>
        <translation>Warianty</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Wariant</translation>
    </message>
    <message>
        <source>Click a row to see its clicks alone in the chart</source>
        <translation>Kliknij wiersz, aby zobaczyć na wykresie tylko jego kliknięcia</translation>
    </message>
    <message>
        <source>A/B split</source>
        <translation>Podział A/B</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Double-click a link to open it</source>
        <translation>Kliknij dwukrotnie link, aby go otworzyć</translation>
    </message>
    <message>
        <source>Top links</source>
        <translation>Najczęściej klikane linki</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Kraje</translation>
    </message>
    <message>
        <source>Referrer</source>
        <translation>Strona odsyłająca</translation>
    </message>
    <message>
        <source>Referrers</source>
        <translation>Strony odsyłające</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Urządzenie</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Urządzenia</translation>
    </message>
    <message>
        <source>Browser</source>
        <translation>Przeglądarka</translation>
    </message>
    <message>
        <source>Browsers</source>
        <translation>Przeglądarki</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>System operacyjny</translation>
    </message>
    <message>
        <source>Systems</source>
        <translation>Systemy</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>Bezpośrednio</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Nieznane</translation>
    </message>
    <message>
        <source>Desktop</source>
        <comment>device kind</comment>
        <translation>Komputer</translation>
    </message>
    <message>
        <source>Mobile</source>
        <comment>device kind</comment>
        <translation>Telefon</translation>
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
        <translation>Inne</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Share set</source>
        <translation>Ustawiony udział</translation>
    </message>
    <message>
        <source>No clicks in this period.</source>
        <translation>Brak kliknięć w tym okresie.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::SyncStatus</name>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Stop synchronising; the links fetched so far are kept</source>
        <translation>Zatrzymaj synchronizację; dotąd pobrane linki zostaną zachowane</translation>
    </message>
    <message>
        <source>Synchronising…</source>
        <translation>Synchronizowanie…</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln link(s)</source>
        <translation>
            <numerusform>%1: %Ln link</numerusform>
            <numerusform>%1: %Ln linki</numerusform>
            <numerusform>%1: %Ln linków</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Accounts are up to date.</source>
        <translation>Konta są aktualne.</translation>
    </message>
    <message>
        <source>Showing the links saved on this computer: %1 could not be synchronised.</source>
        <translation>Wyświetlane są linki zapisane na tym komputerze: nie można zsynchronizować %1.</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n change(s) made offline.</source>
        <translation>
            <numerusform>Wysłano %n zmianę wprowadzoną offline.</numerusform>
            <numerusform>Wysłano %n zmiany wprowadzone offline.</numerusform>
            <numerusform>Wysłano %n zmian wprowadzonych offline.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some Changes Were Refused</source>
        <translation>Niektóre zmiany zostały odrzucone</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made offline were refused by the service. They are marked “not sent” in the table: edit or delete them.</source>
        <translation>
            <numerusform>Usługa odrzuciła %n zmianę wprowadzoną offline. W tabeli jest oznaczona jako „niewysłana”: edytuj ją lub usuń.</numerusform>
            <numerusform>Usługa odrzuciła %n zmiany wprowadzone offline. W tabeli są oznaczone jako „niewysłane”: edytuj je lub usuń.</numerusform>
            <numerusform>Usługa odrzuciła %n zmian wprowadzonych offline. W tabeli są oznaczone jako „niewysłane”: edytuj je lub usuń.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::TransferDialog</name>
    <message numerus="yes">
        <source>Move %n Link(s) to Another Account</source>
        <translation>
            <numerusform>Przenieś %n link na inne konto</numerusform>
            <numerusform>Przenieś %n linki na inne konto</numerusform>
            <numerusform>Przenieś %n linków na inne konto</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copy %n Link(s) to Another Account</source>
        <translation>
            <numerusform>Kopiuj %n link na inne konto</numerusform>
            <numerusform>Kopiuj %n linki na inne konto</numerusform>
            <numerusform>Kopiuj %n linków na inne konto</numerusform>
        </translation>
    </message>
    <message>
        <source>Each link is made on the account you choose; then the old link sends its visitors to the new one where its service allows it. No link is deleted.</source>
        <translation>Każdy link jest tworzony na wybranym koncie; potem stary link kieruje swoich odwiedzających do nowego, jeśli jego usługa na to pozwala. Żaden link nie jest usuwany.</translation>
    </message>
    <message>
        <source>Each link is made on the account you choose; the old links stay as they are.</source>
        <translation>Każdy link jest tworzony na wybranym koncie; stare linki pozostają bez zmian.</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Na:</translation>
    </message>
    <message>
        <source>Skip the link</source>
        <translation>Pomiń link</translation>
    </message>
    <message>
        <source>Use the next free back-half</source>
        <translation>Użyj następnej wolnej końcówki</translation>
    </message>
    <message>
        <source>When the back-half is &amp;taken there:</source>
        <translation>Gdy końcówka jest tam &amp;zajęta:</translation>
    </message>
    <message>
        <source>Old and new short links</source>
        <translation>Stare i nowe krótkie linki</translation>
    </message>
    <message>
        <source>Old short link</source>
        <translation>Stary krótki link</translation>
    </message>
    <message>
        <source>New short link</source>
        <translation>Nowy krótki link</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Uwaga</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Przenieś</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiuj</translation>
    </message>
    <message>
        <source>Save &amp;Mapping…</source>
        <translation>Zapisz prz&amp;ypisania…</translation>
    </message>
    <message>
        <source>A table of each old short link and its new one, for the print team</source>
        <translation>Tabela każdego starego krótkiego linku i jego nowego odpowiednika, dla zespołu od druku</translation>
    </message>
    <message>
        <source>Add another account first (File &gt; Accounts…).</source>
        <translation>Najpierw dodaj inne konto (Plik &gt; Konta…).</translation>
    </message>
    <message>
        <source>Save Mapping</source>
        <translation>Zapisz przypisania</translation>
    </message>
    <message>
        <source>link mapping.csv</source>
        <translation>przypisania linków.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Pliki CSV (*.csv)</translation>
    </message>
    <message>
        <source>Moving…</source>
        <translation>Przenoszenie…</translation>
    </message>
    <message>
        <source>Copying…</source>
        <translation>Kopiowanie…</translation>
    </message>
    <message>
        <source>The old link now goes to the new one.</source>
        <translation>Stary link prowadzi teraz do nowego.</translation>
    </message>
    <message>
        <source>Mapping saved in %1.</source>
        <translation>Zapisano przypisania w %1.</translation>
    </message>
    <message>
        <source>Could not save the mapping: %1</source>
        <translation>Nie można zapisać przypisań: %1</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::WelcomePage</name>
    <message>
        <source>Welcome to Linkdeck</source>
        <translation>Witamy w Linkdecku</translation>
    </message>
    <message>
        <source>You have no links yet. Start with one of these two steps.</source>
        <translation>Nie masz jeszcze linków. Zacznij od jednego z tych dwóch kroków.</translation>
    </message>
    <message>
        <source>Create your first link</source>
        <translation>Utwórz pierwszy link</translation>
    </message>
    <message>
        <source>A short link on this computer, served by Linkdeck&apos;s own link server: ready to test, share or print as a QR code.</source>
        <translation>Krótki link na tym komputerze, obsługiwany przez własny serwer linków Linkdecka: gotowy do testów, udostępnienia lub wydruku jako kod QR.</translation>
    </message>
    <message>
        <source>Connect Bitly, Rebrandly, Shlink…</source>
        <translation>Podłącz Bitly, Rebrandly, Shlink…</translation>
    </message>
    <message>
        <source>Add the account you already use (Bitly, Rebrandly, Shlink or Cuttly) with its API token: its links appear here.</source>
        <translation>Dodaj konto, którego już używasz (Bitly, Rebrandly, Shlink lub Cuttly), z tokenem API: jego linki pojawią się tutaj.</translation>
    </message>
    <message>
        <source>Getting Started</source>
        <translation>Pierwsze kroki</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::WithProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
</context>
<context>
    <name>Linkdeck::InstanceLock</name>
    <message>
        <source>Linkdeck is already open with these links. Switch to its window: a second Linkdeck cannot run the link server for the same links.</source>
        <translation>Linkdeck jest już otwarty z tymi linkami. Przejdź do jego okna: drugi Linkdeck nie może uruchomić serwera linków dla tych samych linków.</translation>
    </message>
    <message>
        <source>Linkdeck cannot write to its data folder.</source>
        <translation>Linkdeck nie może zapisywać w swoim folderze danych.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::KeychainSecretStore</name>
    <message>
        <source>No token is stored for this account.</source>
        <translation>Dla tego konta nie zapisano tokenu.</translation>
    </message>
    <message>
        <source>The keychain refused access to the token.</source>
        <translation>Pęk kluczy odmówił dostępu do tokenu.</translation>
    </message>
    <message>
        <source>This computer has no usable keychain (such as GNOME Keyring or KWallet), so the token cannot be stored safely.</source>
        <translation>Ten komputer nie ma działającego pęku kluczy (takiego jak GNOME Keyring lub KWallet), więc nie można bezpiecznie przechować tokenu.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::LinkLimits</name>
    <message>
        <source>The link would end before it starts: choose an end later than the start.</source>
        <translation>Link zakończyłby się przed rozpoczęciem: wybierz koniec późniejszy niż początek.</translation>
    </message>
    <message>
        <source>The click limit must be at least 1 click.</source>
        <translation>Limit kliknięć musi wynosić co najmniej 1 kliknięcie.</translation>
    </message>
    <message>
        <source>The address for visitors after the end is only used by a link that ends: set an end, a start or a click limit, or leave that address empty.</source>
        <translation>Adres dla odwiedzających po zakończeniu jest używany tylko przez link, który się kończy: ustaw koniec, początek lub limit kliknięć albo pozostaw ten adres pusty.</translation>
    </message>
    <message>
        <source>The address for visitors after the end cannot be used: %1</source>
        <translation>Nie można użyć adresu dla odwiedzających po zakończeniu: %1</translation>
    </message>
</context>
<context>
    <name>Linkdeck::LinkPassword</name>
    <message>
        <source>The password is empty: type one, or remove the protection.</source>
        <translation>Hasło jest puste: wpisz je lub usuń ochronę.</translation>
    </message>
    <message>
        <source>A password cannot contain a line break.</source>
        <translation>Hasło nie może zawierać podziału wiersza.</translation>
    </message>
    <message>
        <source>The password is too long: at most %1 characters.</source>
        <translation>Hasło jest za długie: najwyżej %1 znaków.</translation>
    </message>
    <message>
        <source>The password could not be protected: the computer is short of memory.</source>
        <translation>Nie można zabezpieczyć hasła: komputerowi brakuje pamięci.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::LinkPreview</name>
    <message>
        <source>The preview title is too long: at most %1 characters.</source>
        <translation>Tytuł podglądu jest za długi: najwyżej %1 znaków.</translation>
    </message>
    <message>
        <source>The preview description is too long: at most %1 characters.</source>
        <translation>Opis podglądu jest za długi: najwyżej %1 znaków.</translation>
    </message>
    <message>
        <source>A preview needs a title: link previews show nothing without one.</source>
        <translation>Podgląd wymaga tytułu: bez niego podglądy linków nic nie pokazują.</translation>
    </message>
    <message>
        <source>The preview image&apos;s address cannot be used: %1</source>
        <translation>Nie można użyć adresu obrazu podglądu: %1</translation>
    </message>
</context>
<context>
    <name>Linkdeck::LinkProvider</name>
    <message>
        <source>This service gives no breakdown of clicks.</source>
        <translation>Ta usługa nie podaje podziału kliknięć.</translation>
    </message>
    <message>
        <source>This service cannot send visitors to different addresses; redirect rules need a Shlink server or this computer.</source>
        <translation>Ta usługa nie potrafi kierować odwiedzających pod różne adresy; reguły przekierowań wymagają serwera Shlink lub tego komputera.</translation>
    </message>
    <message>
        <source>This service cannot protect a link by a password; only links on this computer can.</source>
        <translation>Ta usługa nie potrafi chronić linku hasłem; potrafią to tylko linki na tym komputerze.</translation>
    </message>
    <message>
        <source>This service cannot look up a single link.</source>
        <translation>Ta usługa nie potrafi wyszukać pojedynczego linku.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::LinkRepository</name>
    <message>
        <source>Could not save the link&apos;s tags.</source>
        <translation>Nie można zapisać tagów linku.</translation>
    </message>
    <message>
        <source>The back-half “%1” is already used on %2. Choose another one.</source>
        <translation>Końcówka „%1” jest już używana w %2. Wybierz inną.</translation>
    </message>
    <message>
        <source>Could not save the link.</source>
        <translation>Nie można zapisać linku.</translation>
    </message>
    <message>
        <source>Could not save the link&apos;s password.</source>
        <translation>Nie można zapisać hasła linku.</translation>
    </message>
    <message>
        <source>The link no longer exists; it may have been deleted.</source>
        <translation>Link już nie istnieje; być może został usunięty.</translation>
    </message>
    <message>
        <source>Could not change the address of the links.</source>
        <translation>Nie można zmienić adresu linków.</translation>
    </message>
    <message>
        <source>The back-halves %1 are already used on %2, so the links cannot move there. Nothing was changed.</source>
        <translation>Końcówki %1 są już używane w %2, więc nie można tam przenieść linków. Nic nie zostało zmienione.</translation>
    </message>
    <message>
        <source>Could not save the links of the account.</source>
        <translation>Nie można zapisać linków konta.</translation>
    </message>
    <message>
        <source>Could not update the links of the account.</source>
        <translation>Nie można zaktualizować linków konta.</translation>
    </message>
    <message>
        <source>Could not delete the link.</source>
        <translation>Nie można usunąć linku.</translation>
    </message>
    <message>
        <source>The link no longer exists; it may have been deleted already.</source>
        <translation>Link już nie istnieje; być może został już usunięty.</translation>
    </message>
    <message>
        <source>There is no tag “%1”.</source>
        <translation>Nie ma tagu „%1”.</translation>
    </message>
    <message>
        <source>There is already a tag “%1”.</source>
        <translation>Tag „%1” już istnieje.</translation>
    </message>
    <message>
        <source>Could not rename the tag.</source>
        <translation>Nie można zmienić nazwy tagu.</translation>
    </message>
    <message>
        <source>Could not delete the tags.</source>
        <translation>Nie można usunąć tagów.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::LinkSelection</name>
    <message>
        <source>Not sent: %1</source>
        <translation>Nie wysłano: %1</translation>
    </message>
    <message>
        <source>the service refused it.</source>
        <translation>usługa go odrzuciła.</translation>
    </message>
    <message>
        <source>Waiting to be sent to %1 when it can be reached.</source>
        <translation>Czeka na wysłanie do %1, gdy będzie osiągalna.</translation>
    </message>
    <message>
        <source>Last try: %1</source>
        <translation>Ostatnia próba: %1</translation>
    </message>
    <message>
        <source>Send visitors to other addresses by device, language, country, date and more</source>
        <translation>Kieruj odwiedzających pod inne adresy według urządzenia, języka, kraju, daty i nie tylko</translation>
    </message>
    <message>
        <source>%1 cannot send visitors to different addresses. Redirect rules need a Shlink account or this computer.</source>
        <translation>%1 nie potrafi kierować odwiedzających pod różne adresy. Reguły przekierowań wymagają konta Shlink lub tego komputera.</translation>
    </message>
    <message>
        <source>This link is waiting to be created on %1; its redirect rules can be set once it is there.</source>
        <translation>Ten link czeka na utworzenie w %1; jego reguły przekierowań można będzie ustawić, gdy tam trafi.</translation>
    </message>
    <message>
        <source>Select one link to edit its redirect rules.</source>
        <translation>Wybierz jeden link, aby edytować jego reguły przekierowań.</translation>
    </message>
    <message>
        <source>Add another account first (File &gt; Accounts…): the links are copied or moved to it.</source>
        <translation>Najpierw dodaj inne konto (Plik &gt; Konta…): linki zostaną do niego skopiowane lub przeniesione.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::LinkSplit</name>
    <message>
        <source>A split needs at least two destinations.</source>
        <translation>Podział wymaga co najmniej dwóch celów.</translation>
    </message>
    <message>
        <source>A split can have at most %1 destinations.</source>
        <translation>Podział może mieć najwyżej %1 celów.</translation>
    </message>
    <message>
        <source>Give destination %1 a share between 1% and 99% of the visitors.</source>
        <translation>Nadaj celowi %1 udział od 1% do 99% odwiedzających.</translation>
    </message>
    <message>
        <source>Enter an address for destination %1 of the split.</source>
        <translation>Wpisz adres celu %1 podziału.</translation>
    </message>
    <message>
        <source>Destination %1 of the split cannot be used: %2</source>
        <translation>Nie można użyć celu %1 podziału: %2</translation>
    </message>
    <message>
        <source>The shares of the split must add up to 100% (now %1%).</source>
        <translation>Udziały w podziale muszą sumować się do 100% (teraz %1%).</translation>
    </message>
</context>
<context>
    <name>Linkdeck::LinkTableModel</name>
    <message>
        <source>Made while the service could not be reached. Linkdeck sends it when the network is back.</source>
        <translation>Utworzony, gdy usługa była nieosiągalna. Linkdeck wyśle go, gdy sieć wróci.</translation>
    </message>
    <message>
        <source>The service refused this change. Edit the link to try again, or delete it.</source>
        <translation>Usługa odrzuciła tę zmianę. Edytuj link, aby spróbować ponownie, lub go usuń.</translation>
    </message>
    <message>
        <source>%1 (waiting to be sent)</source>
        <translation>%1 (czeka na wysłanie)</translation>
    </message>
    <message>
        <source>%1 (changes waiting to be sent)</source>
        <translation>%1 (zmiany czekają na wysłanie)</translation>
    </message>
    <message>
        <source>%1 (deletion waiting to be sent)</source>
        <translation>%1 (usunięcie czeka na wysłanie)</translation>
    </message>
    <message>
        <source>%1 (not sent)</source>
        <translation>%1 (nie wysłano)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (+%Ln bot(s))</source>
        <extracomment>The clicks of people, then the visits of bots apart, e.g. &quot;41 (+1 bot)&quot;</extracomment>
        <translation>
            <numerusform>%1 (+%Ln bot)</numerusform>
            <numerusform>%1 (+%Ln boty)</numerusform>
            <numerusform>%1 (+%Ln botów)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln click(s) by people.</source>
        <translation>
            <numerusform>%Ln kliknięcie przez ludzi.</numerusform>
            <numerusform>%Ln kliknięcia przez ludzi.</numerusform>
            <numerusform>%Ln kliknięć przez ludzi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln visit(s) by bots (link previews, crawlers), not counted.</source>
        <translation>
            <numerusform>%Ln wizyta botów (podglądy linków, roboty), nie liczona.</numerusform>
            <numerusform>%Ln wizyty botów (podglądy linków, roboty), nie liczone.</numerusform>
            <numerusform>%Ln wizyt botów (podglądy linków, roboty), nie liczonych.</numerusform>
        </translation>
    </message>
    <message>
        <source>Clicks by people since the link was made, as the statistics count them. Visits by bots (link previews, crawlers) are not counted; where there were some, they are shown apart: “41 (+1 bot)”.</source>
        <translation>Kliknięcia ludzi od utworzenia linku, liczone tak jak w statystykach. Wizyty botów (podglądy linków, roboty) nie są liczone; jeśli były, są pokazane osobno: „41 (+1 bot)”.</translation>
    </message>
    <message>
        <source>Short link</source>
        <translation>Krótki link</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Cel</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tagi</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampania</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Kliknięcia</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Utworzono</translation>
    </message>
</context>
<context>
    <name>Linkdeck::LocalAddress</name>
    <message>
        <source>Enter the public address as https://go.example.com, or leave it empty.</source>
        <translation>Wpisz adres publiczny w postaci https://go.example.com lub pozostaw puste.</translation>
    </message>
    <message>
        <source>A public address is a domain only, such as https://go.example.com, with no path after it.</source>
        <translation>Adres publiczny to tylko domena, np. https://go.example.com, bez ścieżki.</translation>
    </message>
    <message>
        <source>The account of this computer&apos;s links is missing.</source>
        <translation>Brakuje konta linków tego komputera.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::LocalProvider</name>
    <message>
        <source>This link no longer exists; it may have been deleted.</source>
        <translation>Ten link już nie istnieje; być może został usunięty.</translation>
    </message>
    <message>
        <source>Could not read the click statistics.</source>
        <translation>Nie można odczytać statystyk kliknięć.</translation>
    </message>
    <message>
        <source>Could not read the redirect rules.</source>
        <translation>Nie można odczytać reguł przekierowań.</translation>
    </message>
    <message>
        <source>Could not save the redirect rules.</source>
        <translation>Nie można zapisać reguł przekierowań.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::LocalServerController</name>
    <message>
        <source>The link server (linkdeck-server) is not installed next to Linkdeck.</source>
        <translation>Serwer linków (linkdeck-server) nie jest zainstalowany obok Linkdecka.</translation>
    </message>
    <message>
        <source>The link server could not be started: %1</source>
        <translation>Nie można uruchomić serwera linków: %1</translation>
    </message>
    <message>
        <source>Port %1 is already used by another program. Choose another port in Preferences.</source>
        <translation>Port %1 jest już używany przez inny program. Wybierz inny port w Preferencjach.</translation>
    </message>
    <message>
        <source>Another Linkdeck link server already uses these links (is Linkdeck open twice?). Close the other one, then start the server here.</source>
        <translation>Inny serwer linków Linkdecka już używa tych linków (czy Linkdeck jest otwarty dwa razy?). Zamknij tamten, a potem uruchom serwer tutaj.</translation>
    </message>
    <message>
        <source>The link server stopped unexpectedly: %1</source>
        <translation>Serwer linków nieoczekiwanie się zatrzymał: %1</translation>
    </message>
</context>
<context>
    <name>Linkdeck::MemorySecretStore</name>
    <message>
        <source>No token is stored for this account.</source>
        <translation>Dla tego konta nie zapisano tokenu.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Print::LabelSheet</name>
    <message>
        <source>Label %1 (“%2”): %3</source>
        <translation>Etykieta %1 („%2”): %3</translation>
    </message>
    <message>
        <source>There are no labels to print.</source>
        <translation>Nie ma etykiet do wydrukowania.</translation>
    </message>
    <message>
        <source>The labels would be smaller than 5 mm: use fewer rows or columns, or smaller margins.</source>
        <translation>Etykiety byłyby mniejsze niż 5 mm: użyj mniej wierszy lub kolumn albo mniejszych marginesów.</translation>
    </message>
    <message>
        <source>Could not start printing the labels.</source>
        <translation>Nie można rozpocząć drukowania etykiet.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Anulowano.</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>Nie można zapisać „%1”: %2</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Print::QrBatch</name>
    <message>
        <source>Could not create the folder “%1”.</source>
        <translation>Nie można utworzyć folderu „%1”.</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>„%1”: %2</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Print::QrChecks</name>
    <message>
        <source>A code with a logo needs error correction H; it will be used.</source>
        <translation>Kod z logo wymaga korekcji błędów H; zostanie ona użyta.</translation>
    </message>
    <message>
        <source>The logo “%1” cannot be read as a PNG, JPEG or SVG image.</source>
        <translation>Nie można odczytać logo „%1” jako obrazu PNG, JPEG ani SVG.</translation>
    </message>
    <message numerus="yes">
        <source>The quiet zone is %n module(s) wide; scanners expect 4. Leave a margin around the printed code.</source>
        <translation>
            <numerusform>Strefa ciszy ma szerokość %n modułu; czytniki oczekują 4. Zostaw margines wokół wydrukowanego kodu.</numerusform>
            <numerusform>Strefa ciszy ma szerokość %n modułów; czytniki oczekują 4. Zostaw margines wokół wydrukowanego kodu.</numerusform>
            <numerusform>Strefa ciszy ma szerokość %n modułów; czytniki oczekują 4. Zostaw margines wokół wydrukowanego kodu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Each module prints %1 mm wide; below about 0.3 mm many printers and phones fail. Make the code larger.</source>
        <translation>Każdy moduł ma po wydruku %1 mm szerokości; poniżej około 0,3 mm wiele drukarek i telefonów sobie nie radzi. Powiększ kod.</translation>
    </message>
    <message>
        <source>The code is light on dark. Many phone cameras only read dark modules on a light background.</source>
        <translation>Kod jest jasny na ciemnym tle. Wiele aparatów w telefonach odczytuje tylko ciemne moduły na jasnym tle.</translation>
    </message>
    <message>
        <source>The colours are too close (contrast %1:1); aim for at least 4.5:1, ideally dark on white.</source>
        <translation>Kolory są zbyt podobne (kontrast %1:1); staraj się o co najmniej 4,5:1, najlepiej ciemne na białym.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Print::QrPresets</name>
    <message>
        <source>Standard</source>
        <translation>Standardowy</translation>
    </message>
    <message>
        <source>Brand print</source>
        <translation>Druk firmowy</translation>
    </message>
    <message>
        <source>Business card</source>
        <translation>Wizytówka</translation>
    </message>
    <message>
        <source>Poster</source>
        <translation>Plakat</translation>
    </message>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation>liczba całkowita od %1 do %2</translation>
    </message>
    <message>
        <source>a number from %1 to %2</source>
        <translation>liczba od %1 do %2</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>jedno z: %1</translation>
    </message>
    <message>
        <source>a colour such as #14213d or cmyk(0,0,0,100)</source>
        <translation>kolor, np. #14213d lub cmyk(0,0,0,100)</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true lub false</translation>
    </message>
    <message>
        <source>“%1” in the preset should be %2, not “%3”.</source>
        <translation>„%1” w szablonie powinno mieć wartość %2, a nie „%3”.</translation>
    </message>
    <message>
        <source>The preset is empty.</source>
        <translation>Szablon jest pusty.</translation>
    </message>
    <message>
        <source>The preset&apos;s version “%1” is not a format number.</source>
        <translation>Wersja szablonu „%1” nie jest numerem formatu.</translation>
    </message>
    <message>
        <source>The preset was saved by a newer Linkdeck (format %1; this one reads formats up to %2).</source>
        <translation>Szablon został zapisany przez nowszego Linkdecka (format %1; ta wersja odczytuje formaty do %2).</translation>
    </message>
    <message>
        <source>“%1” in the preset should be 0 (size by width) or at least %2 mm.</source>
        <translation>„%1” w szablonie powinno wynosić 0 (rozmiar według szerokości) lub co najmniej %2 mm.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Print::QrRenderer</name>
    <message>
        <source>The logo “%1” cannot be read as a PNG, JPEG or SVG image.</source>
        <translation>Nie można odczytać logo „%1” jako obrazu PNG, JPEG ani SVG.</translation>
    </message>
    <message>
        <source>Could not write “%1”.</source>
        <translation>Nie można zapisać „%1”.</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>Nie można zapisać „%1”: %2</translation>
    </message>
</context>
<context>
    <name>Linkdeck::ProviderRegistry</name>
    <message>
        <source>A generic access token from Bitly&apos;s settings (Developer settings &gt; API).</source>
        <translation>Ogólny token dostępu z ustawień Bitly (Developer settings &gt; API).</translation>
    </message>
    <message>
        <source>An API key from Rebrandly&apos;s account settings.</source>
        <translation>Klucz API z ustawień konta Rebrandly.</translation>
    </message>
    <message>
        <source>Shlink (or Linkdeck server)</source>
        <translation>Shlink (lub serwer Linkdeck)</translation>
    </message>
    <message>
        <source>An API key of the Shlink server (shlink api-key:generate).</source>
        <translation>Klucz API serwera Shlink (shlink api-key:generate).</translation>
    </message>
    <message>
        <source>The API key from Cuttly&apos;s Edit Account page.</source>
        <translation>Klucz API ze strony Edit Account w Cuttly.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::ProviderStats</name>
    <message>
        <source>Could not keep the statistics for offline use.</source>
        <translation>Nie można zachować statystyk do użytku offline.</translation>
    </message>
    <message>
        <source>updated just now</source>
        <translation>zaktualizowano przed chwilą</translation>
    </message>
    <message numerus="yes">
        <source>updated %n minute(s) ago</source>
        <translation>
            <numerusform>zaktualizowano %n minutę temu</numerusform>
            <numerusform>zaktualizowano %n minuty temu</numerusform>
            <numerusform>zaktualizowano %n minut temu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>updated %n hour(s) ago</source>
        <translation>
            <numerusform>zaktualizowano %n godzinę temu</numerusform>
            <numerusform>zaktualizowano %n godziny temu</numerusform>
            <numerusform>zaktualizowano %n godzin temu</numerusform>
        </translation>
    </message>
    <message>
        <source>updated on %1</source>
        <translation>zaktualizowano %1</translation>
    </message>
</context>
<context>
    <name>Linkdeck::QrCode</name>
    <message>
        <source>Enter the text or address the QR code should hold.</source>
        <translation>Wpisz tekst lub adres, który ma zawierać kod QR.</translation>
    </message>
    <message>
        <source>The text contains a NUL character, which a QR code cannot hold here.</source>
        <translation>Tekst zawiera znak NUL, którego kod QR nie może tu zawierać.</translation>
    </message>
    <message numerus="yes">
        <source>The text is too long for a QR code at this error correction level (%n byte(s)). Shorten it, or choose a lower level.</source>
        <translation>
            <numerusform>Tekst jest za długi na kod QR przy tym poziomie korekcji błędów (%n bajt). Skróć go lub wybierz niższy poziom.</numerusform>
            <numerusform>Tekst jest za długi na kod QR przy tym poziomie korekcji błędów (%n bajty). Skróć go lub wybierz niższy poziom.</numerusform>
            <numerusform>Tekst jest za długi na kod QR przy tym poziomie korekcji błędów (%n bajtów). Skróć go lub wybierz niższy poziom.</numerusform>
        </translation>
    </message>
    <message>
        <source>The QR code could not be made.</source>
        <translation>Nie można utworzyć kodu QR.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::RebrandlyProvider</name>
    <message>
        <source>This back-half is already used on this Rebrandly domain. Choose another one.</source>
        <translation>Ta końcówka jest już używana w tej domenie Rebrandly. Wybierz inną.</translation>
    </message>
    <message>
        <source>Rebrandly accepts back-halves of 1 to 40 letters, digits, “-” and “_”.</source>
        <translation>Rebrandly akceptuje końcówki od 1 do 40 znaków: litery, cyfry, „-” i „_”.</translation>
    </message>
    <message>
        <source>Rebrandly refused the destination address. Check that it is a complete web address.</source>
        <translation>Rebrandly odrzucił adres docelowy. Sprawdź, czy to pełny adres internetowy.</translation>
    </message>
    <message>
        <source>Rebrandly needs a title of 3 to 255 characters, or none.</source>
        <translation>Rebrandly wymaga tytułu o długości od 3 do 255 znaków albo żadnego.</translation>
    </message>
    <message>
        <source>This domain is not set up in your Rebrandly account.</source>
        <translation>Ta domena nie jest skonfigurowana na Twoim koncie Rebrandly.</translation>
    </message>
    <message>
        <source>The Rebrandly token of “%1” has no access to the workspace “%2”.</source>
        <translation>Token Rebrandly konta „%1” nie ma dostępu do obszaru roboczego „%2”.</translation>
    </message>
    <message>
        <source>Rebrandly refused the link: %1</source>
        <translation>Rebrandly odrzucił link: %1</translation>
    </message>
    <message>
        <source>Rebrandly gives a link&apos;s total clicks only, not clicks over time.</source>
        <translation>Rebrandly podaje tylko łączną liczbę kliknięć linku, a nie kliknięcia w czasie.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::RemoteProvider</name>
    <message>
        <source>No API token is set for “%1”.</source>
        <translation>Dla „%1” nie ustawiono tokenu API.</translation>
    </message>
    <message>
        <source>No API token is stored for “%1”. Enter it in Preferences &gt; Accounts.</source>
        <translation>Dla „%1” nie zapisano tokenu API. Wpisz go w Preferencje &gt; Konta.</translation>
    </message>
    <message>
        <source>%1 sent a reply Linkdeck could not understand. Try again later.</source>
        <translation>%1 wysłał odpowiedź, której Linkdeck nie rozumie. Spróbuj ponownie później.</translation>
    </message>
    <message>
        <source>%1 did not answer in time. Check your connection and try again.</source>
        <translation>%1 nie odpowiedział na czas. Sprawdź połączenie i spróbuj ponownie.</translation>
    </message>
    <message>
        <source>Could not reach %1. Check your internet connection.</source>
        <translation>Nie można połączyć się z %1. Sprawdź połączenie z internetem.</translation>
    </message>
    <message>
        <source>%1 did not accept the API token of “%2”. Check it in Preferences &gt; Accounts.</source>
        <translation>%1 nie zaakceptował tokenu API konta „%2”. Sprawdź go w Preferencje &gt; Konta.</translation>
    </message>
    <message>
        <source>Your %1 plan does not include this.</source>
        <translation>Twój plan %1 tego nie obejmuje.</translation>
    </message>
    <message>
        <source>%1 does not allow the account “%2” to do this.</source>
        <translation>%1 nie pozwala na to kontu „%2”.</translation>
    </message>
    <message>
        <source>%1 does not know this link; it may have been deleted there.</source>
        <translation>%1 nie zna tego linku; być może został tam usunięty.</translation>
    </message>
    <message>
        <source>This back-half is already used on %1. Choose another one.</source>
        <translation>Ta końcówka jest już używana w %1. Wybierz inną.</translation>
    </message>
    <message>
        <source>%1 is receiving too many requests from this account. Wait a minute and try again.</source>
        <translation>%1 otrzymuje zbyt wiele żądań z tego konta. Odczekaj minutę i spróbuj ponownie.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is receiving too many requests from this account. Try again in %n second(s).</source>
        <translation>
            <numerusform>%1 otrzymuje zbyt wiele żądań z tego konta. Spróbuj ponownie za %n sekundę.</numerusform>
            <numerusform>%1 otrzymuje zbyt wiele żądań z tego konta. Spróbuj ponownie za %n sekundy.</numerusform>
            <numerusform>%1 otrzymuje zbyt wiele żądań z tego konta. Spróbuj ponownie za %n sekund.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has a problem right now (error %2). Try again later.</source>
        <translation>%1 ma teraz problem (błąd %2). Spróbuj ponownie później.</translation>
    </message>
    <message>
        <source>%1 refused the request (error %2).</source>
        <translation>%1 odrzucił żądanie (błąd %2).</translation>
    </message>
    <message>
        <source>%1 refused the link: %2</source>
        <translation>%1 odrzucił link: %2</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Żądanie zostało anulowane.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Rules</name>
    <message>
        <source>Device</source>
        <translation>Urządzenie</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>Query parameter with value</source>
        <translation>Parametr adresu z wartością</translation>
    </message>
    <message>
        <source>Query parameter present</source>
        <translation>Parametr adresu obecny</translation>
    </message>
    <message>
        <source>Query parameter without value</source>
        <translation>Parametr adresu bez wartości</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>Adres IP</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Miasto</translation>
    </message>
    <message>
        <source>Before a date</source>
        <translation>Przed datą</translation>
    </message>
    <message>
        <source>After a date</source>
        <translation>Po dacie</translation>
    </message>
    <message>
        <source>Browser</source>
        <translation>Przeglądarka</translation>
    </message>
    <message>
        <source>Android</source>
        <translation>Android</translation>
    </message>
    <message>
        <source>iPhone or iPad</source>
        <translation>iPhone lub iPad</translation>
    </message>
    <message>
        <source>Any phone or tablet</source>
        <translation>Dowolny telefon lub tablet</translation>
    </message>
    <message>
        <source>Any computer</source>
        <translation>Dowolny komputer</translation>
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
        <translation>Wybierz urządzenie.</translation>
    </message>
    <message>
        <source>Choose a browser.</source>
        <translation>Wybierz przeglądarkę.</translation>
    </message>
    <message>
        <source>Enter a language code such as en or de-CH.</source>
        <translation>Wpisz kod języka, np. pl lub en-GB.</translation>
    </message>
    <message>
        <source>Enter the name of the query parameter.</source>
        <translation>Wpisz nazwę parametru adresu.</translation>
    </message>
    <message>
        <source>Enter an IP address (192.0.2.10), a range (192.168.0.0/16) or a pattern (10.0.*.*).</source>
        <translation>Wpisz adres IP (192.0.2.10), zakres (192.168.0.0/16) lub wzorzec (10.0.*.*).</translation>
    </message>
    <message>
        <source>Enter a two-letter country code such as DE or US.</source>
        <translation>Wpisz dwuliterowy kod kraju, np. PL lub DE.</translation>
    </message>
    <message>
        <source>Enter the name of a city.</source>
        <translation>Wpisz nazwę miasta.</translation>
    </message>
    <message>
        <source>Choose a date and time.</source>
        <translation>Wybierz datę i godzinę.</translation>
    </message>
    <message>
        <source>This condition is not valid.</source>
        <translation>Ten warunek jest nieprawidłowy.</translation>
    </message>
    <message>
        <source>Add at least one condition: who should go to this destination?</source>
        <translation>Dodaj co najmniej jeden warunek: kto ma trafiać do tego celu?</translation>
    </message>
    <message>
        <source>Rule %1: %2</source>
        <translation>Reguła %1: %2</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>on Android</source>
        <translation>na Androidzie</translation>
    </message>
    <message>
        <source>on an iPhone or iPad</source>
        <translation>na iPhonie lub iPadzie</translation>
    </message>
    <message>
        <source>on a phone or tablet</source>
        <translation>na telefonie lub tablecie</translation>
    </message>
    <message>
        <source>on a computer</source>
        <translation>na komputerze</translation>
    </message>
    <message>
        <source>on Windows</source>
        <translation>w systemie Windows</translation>
    </message>
    <message>
        <source>on a Mac</source>
        <translation>na Macu</translation>
    </message>
    <message>
        <source>on Linux</source>
        <translation>w systemie Linux</translation>
    </message>
    <message>
        <source>on ChromeOS</source>
        <translation>w systemie ChromeOS</translation>
    </message>
    <message>
        <source>on a device “%1”</source>
        <translation>na urządzeniu „%1”</translation>
    </message>
    <message>
        <source>whose browser asks for the language “%1”</source>
        <translation>którego przeglądarka prosi o język „%1”</translation>
    </message>
    <message>
        <source>whose browser asks for %1 (%2)</source>
        <translation>którego przeglądarka prosi o %1 (%2)</translation>
    </message>
    <message>
        <source>whose link has ?%1=%2</source>
        <translation>którego link ma ?%1=%2</translation>
    </message>
    <message>
        <source>whose link has the parameter “%1”</source>
        <translation>którego link ma parametr „%1”</translation>
    </message>
    <message>
        <source>whose link has “%1” without a value</source>
        <translation>którego link ma „%1” bez wartości</translation>
    </message>
    <message>
        <source>from the address %1</source>
        <translation>z adresu %1</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>w: %1</translation>
    </message>
    <message>
        <source>before %1</source>
        <translation>przed %1</translation>
    </message>
    <message>
        <source>after %1</source>
        <translation>po %1</translation>
    </message>
    <message>
        <source>using %1</source>
        <translation>używający %1</translation>
    </message>
    <message>
        <source>using the browser “%1”</source>
        <translation>używający przeglądarki „%1”</translation>
    </message>
    <message>
        <source>No visitor goes to %1 yet: add a condition.</source>
        <translation>Żaden odwiedzający nie trafia jeszcze do %1: dodaj warunek.</translation>
    </message>
    <message>
        <source>A visitor %1 goes to %2.</source>
        <translation>Odwiedzający %1 trafia do %2.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> i </translation>
    </message>
    <message>
        <source>No visitor is sent anywhere yet: add a condition and an address.</source>
        <translation>Na razie nikt nie jest przekierowywany: dodaj warunek i adres.</translation>
    </message>
    <message>
        <source>A visitor %1 goes to the address this rule is given.</source>
        <translation>Odwiedzający %1 trafia pod adres podany w tej regule.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Rules::PreviewText</name>
    <message>
        <source>Goes to %1 (rule %2).</source>
        <translation>Trafia do %1 (reguła %2).</translation>
    </message>
    <message>
        <source>No rule matches: the A/B split sends this visitor to one of %1.</source>
        <translation>Żadna reguła nie pasuje: podział A/B kieruje tego odwiedzającego do jednego z celów: %1.</translation>
    </message>
    <message>
        <source>No rule matches: goes to the destination.</source>
        <translation>Żadna reguła nie pasuje: trafia do celu.</translation>
    </message>
    <message>
        <source>No rule matches: goes to the destination, %1.</source>
        <translation>Żadna reguła nie pasuje: trafia do celu, %1.</translation>
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
        <translation>Regułę zapisuje się jako WARUNKI -&gt; ADRES, np. „device=ios -&gt; https://apps.apple.com/app/id1”; „%1” nie ma „-&gt;”.</translation>
    </message>
    <message>
        <source>Unknown condition “%1”: use device, language, country, city, browser, ip, before, after (each as NAME=VALUE) or param:NAME=VALUE.</source>
        <translation>Nieznany warunek „%1”: użyj device, language, country, city, browser, ip, before, after (każdy jako NAZWA=WARTOŚĆ) lub param:NAZWA=WARTOŚĆ.</translation>
    </message>
    <message>
        <source>%1 cannot send visitors elsewhere by device, language or country; links on this computer and on Shlink can.</source>
        <translation>%1 nie potrafi kierować odwiedzających gdzie indziej według urządzenia, języka lub kraju; potrafią to linki na tym komputerze i w Shlink.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Server::Pg::DbCopy</name>
    <message>
        <source>Nothing was copied: the PostgreSQL database is as it was.</source>
        <translation>Nic nie zostało skopiowane: baza PostgreSQL pozostała bez zmian.</translation>
    </message>
    <message>
        <source>db:copy needs a target: --to postgresql://USER@HOST:PORT/DATABASE, or Shlink&apos;s variables DB_DRIVER=postgres with DB_HOST, DB_PORT, DB_NAME, DB_USER and DB_PASSWORD (or DB_UNIX_SOCKET).</source>
        <translation>db:copy wymaga celu: --to postgresql://UŻYTKOWNIK@HOST:PORT/BAZA albo zmiennych Shlink DB_DRIVER=postgres z DB_HOST, DB_PORT, DB_NAME, DB_USER i DB_PASSWORD (lub DB_UNIX_SOCKET).</translation>
    </message>
    <message>
        <source>DB_DRIVER is “%1”: db:copy moves a server to PostgreSQL only (DB_DRIVER=postgres).</source>
        <translation>DB_DRIVER ma wartość „%1”: db:copy przenosi serwer tylko do PostgreSQL (DB_DRIVER=postgres).</translation>
    </message>
    <message>
        <source>DB_PORT wants a port number, not “%1”.</source>
        <translation>DB_PORT wymaga numeru portu, a nie „%1”.</translation>
    </message>
    <message>
        <source>db:copy needs the SQLite file to copy: --from FILE.sqlite.</source>
        <translation>db:copy wymaga pliku SQLite do skopiowania: --from PLIK.sqlite.</translation>
    </message>
    <message>
        <source>There is no SQLite file at “%1”.</source>
        <translation>Pod „%1” nie ma pliku SQLite.</translation>
    </message>
    <message>
        <source>“%1” has schema version %2, and this linkdeck-server&apos;s PostgreSQL schema is version %3: update linkdeck-server to copy it.</source>
        <translation>„%1” ma schemat w wersji %2, a schemat PostgreSQL tego linkdeck-server ma wersję %3: zaktualizuj linkdeck-server, aby go skopiować.</translation>
    </message>
    <message>
        <source>Could not read “%1”.</source>
        <translation>Nie można odczytać „%1”.</translation>
    </message>
    <message>
        <source>The PostgreSQL database %1 is not empty (it holds %2): db:copy moves a server into an empty database only. Nothing was copied.</source>
        <translation>Baza PostgreSQL %1 nie jest pusta (zawiera %2): db:copy przenosi serwer tylko do pustej bazy. Nic nie zostało skopiowane.</translation>
    </message>
    <message>
        <source>“%1” has no table %2.</source>
        <translation>„%1” nie ma tabeli %2.</translation>
    </message>
    <message>
        <source>The PostgreSQL schema has no column %1.%2, which “%3” has: update linkdeck-server.</source>
        <translation>Schemat PostgreSQL nie ma kolumny %1.%2, którą ma „%3”: zaktualizuj linkdeck-server.</translation>
    </message>
    <message>
        <source>Could not read the %1 of “%2”.</source>
        <translation>Nie można odczytać %1 z „%2”.</translation>
    </message>
    <message>
        <source>db:copy: %1 of %2 %3 (%4%)</source>
        <translation>db:copy: %1 z %2 %3 (%4%)</translation>
    </message>
    <message>
        <source>PostgreSQL refused the %1 of “%2”: %3</source>
        <translation>PostgreSQL odrzucił %1 z „%2”: %3</translation>
    </message>
    <message>
        <source>%1 of %2 %3 arrived in PostgreSQL.</source>
        <translation>%1 z %2 %3 trafiło do PostgreSQL.</translation>
    </message>
    <message>
        <source>db:copy: %1 %2 copied</source>
        <translation>db:copy: skopiowano %1 %2</translation>
    </message>
    <message>
        <source>PostgreSQL counts %1 %2 after the copy, and “%3” has %4.</source>
        <translation>Po kopiowaniu PostgreSQL liczy %1 %2, a „%3” ma %4.</translation>
    </message>
    <message>
        <source>db:copy: copied %1 from %2 in %3 s; every table&apos;s count matches.</source>
        <translation>db:copy: skopiowano %1 z %2 w %3 s; liczba wierszy każdej tabeli się zgadza.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Server::Pg::PgClickWriter</name>
    <message>
        <source>A batch of clicks needs its journal and a position after its start.</source>
        <translation>Partia kliknięć wymaga swojego dziennika i pozycji za jego początkiem.</translation>
    </message>
    <message>
        <source>The clicks of journal %1 from %2 do not follow on what PostgreSQL has stored (up to %3); nothing was stored.</source>
        <translation>Kliknięcia z dziennika %1 od %2 nie są kontynuacją tego, co zapisał PostgreSQL (do %3); nic nie zostało zapisane.</translation>
    </message>
    <message>
        <source>PostgreSQL stored %1 of %2 clicks; nothing was stored.</source>
        <translation>PostgreSQL zapisał %1 z %2 kliknięć; nic nie zostało zapisane.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Server::Pg::PgConnection</name>
    <message>
        <source>“%1” is not a PostgreSQL address: %2. Write it as postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>„%1” nie jest adresem PostgreSQL: %2. Zapisz go jako postgresql://UŻYTKOWNIK@HOST:PORT/BAZA.</translation>
    </message>
    <message>
        <source>Could not connect to PostgreSQL: out of memory.</source>
        <translation>Nie można połączyć się z PostgreSQL: brak pamięci.</translation>
    </message>
    <message>
        <source>Could not connect to the PostgreSQL server at %1: %2</source>
        <translation>Nie można połączyć się z serwerem PostgreSQL pod adresem %1: %2</translation>
    </message>
    <message>
        <source>Could not set the connection to UTF-8.</source>
        <translation>Nie można ustawić połączenia na UTF-8.</translation>
    </message>
    <message>
        <source>(no connection)</source>
        <translation>(brak połączenia)</translation>
    </message>
    <message>
        <source>The connection to PostgreSQL at %1 was lost: %2</source>
        <translation>Utracono połączenie z PostgreSQL pod adresem %1: %2</translation>
    </message>
    <message>
        <source>There is no connection to PostgreSQL.</source>
        <translation>Brak połączenia z PostgreSQL.</translation>
    </message>
    <message>
        <source>PostgreSQL refused a statement:</source>
        <translation>PostgreSQL odrzucił instrukcję:</translation>
    </message>
    <message>
        <source>PostgreSQL refused to start a copy:</source>
        <translation>PostgreSQL odmówił rozpoczęcia kopiowania:</translation>
    </message>
    <message>
        <source>Could not send rows to PostgreSQL.</source>
        <translation>Nie można wysłać wierszy do PostgreSQL.</translation>
    </message>
    <message>
        <source>Could not finish sending rows to PostgreSQL.</source>
        <translation>Nie można dokończyć wysyłania wierszy do PostgreSQL.</translation>
    </message>
    <message>
        <source>PostgreSQL refused the rows:</source>
        <translation>PostgreSQL odrzucił wiersze:</translation>
    </message>
    <message>
        <source>The transaction has ended.</source>
        <translation>Transakcja się zakończyła.</translation>
    </message>
    <message>
        <source>PostgreSQL rolled the transaction back; nothing of it was stored.</source>
        <translation>PostgreSQL wycofał transakcję; nic z niej nie zostało zapisane.</translation>
    </message>
    <message>
        <source>The PostgreSQL address is not valid: %1. Write it as postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>Adres PostgreSQL jest nieprawidłowy: %1. Zapisz go jako postgresql://UŻYTKOWNIK@HOST:PORT/BAZA.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Server::Pg::PgLinkStore</name>
    <message>
        <source>The back-half “%1” is already used on %2. Choose another one.</source>
        <translation>Końcówka „%1” jest już używana w %2. Wybierz inną.</translation>
    </message>
    <message>
        <source>The link no longer exists; it may have been deleted.</source>
        <translation>Link już nie istnieje; być może został usunięty.</translation>
    </message>
    <message>
        <source>The link no longer exists; it may have been deleted already.</source>
        <translation>Link już nie istnieje; być może został już usunięty.</translation>
    </message>
    <message>
        <source>There is no tag “%1”.</source>
        <translation>Nie ma tagu „%1”.</translation>
    </message>
    <message>
        <source>There is already a tag “%1”.</source>
        <translation>Tag „%1” już istnieje.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Server::Pg::PgSchema</name>
    <message>
        <source>The PostgreSQL database %1 was set up by a newer version of linkdeck-server (schema version %2; this one knows up to %3). Update linkdeck-server to use it.</source>
        <translation>Baza PostgreSQL %1 została przygotowana przez nowszą wersję linkdeck-server (wersja schematu %2; ta zna wersje do %3). Zaktualizuj linkdeck-server, aby jej używać.</translation>
    </message>
    <message>
        <source>The PostgreSQL database %1 already has tables named links, clicks or api_keys that linkdeck-server did not create. Use an empty database.</source>
        <translation>Baza PostgreSQL %1 ma już tabele o nazwach links, clicks lub api_keys, których nie utworzył linkdeck-server. Użyj pustej bazy danych.</translation>
    </message>
    <message>
        <source>Could not set up the PostgreSQL database %1 for schema version %2; it was left as it was.</source>
        <translation>Nie można przygotować bazy PostgreSQL %1 dla wersji schematu %2; pozostała bez zmian.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::ShlinkProvider</name>
    <message>
        <source>This back-half is already used on %1. Choose another one.</source>
        <translation>Ta końcówka jest już używana w %1. Wybierz inną.</translation>
    </message>
    <message>
        <source>this Shlink server</source>
        <translation>ten serwer Shlink</translation>
    </message>
    <message>
        <source>The Shlink server did not accept the API key of “%1”. Check it in Preferences &gt; Accounts.</source>
        <translation>Serwer Shlink nie zaakceptował klucza API konta „%1”. Sprawdź go w Preferencje &gt; Konta.</translation>
    </message>
    <message>
        <source>The Shlink server does not know this link; it may have been deleted there.</source>
        <translation>Serwer Shlink nie zna tego linku; być może został tam usunięty.</translation>
    </message>
    <message numerus="yes">
        <source>The Shlink server keeps links with more than %n visit(s); it refused to delete this one.</source>
        <translation>
            <numerusform>Serwer Shlink zachowuje linki, które mają więcej niż %n wizytę; odmówił usunięcia tego linku.</numerusform>
            <numerusform>Serwer Shlink zachowuje linki, które mają więcej niż %n wizyty; odmówił usunięcia tego linku.</numerusform>
            <numerusform>Serwer Shlink zachowuje linki, które mają więcej niż %n wizyt; odmówił usunięcia tego linku.</numerusform>
        </translation>
    </message>
    <message>
        <source>The Shlink server refused the link: %1</source>
        <translation>Serwer Shlink odrzucił link: %1</translation>
    </message>
    <message>
        <source>The Shlink server does not know this domain.</source>
        <translation>Serwer Shlink nie zna tej domeny.</translation>
    </message>
    <message>
        <source>Shlink gives no breakdown by device; its visits carry the browser&apos;s description only.</source>
        <translation>Shlink nie podaje podziału według urządzeń; jego wizyty zawierają tylko opis przeglądarki.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Żądanie zostało anulowane.</translation>
    </message>
    <message>
        <source>This Shlink server has no redirect rules. They need Shlink 4 or later.</source>
        <translation>Ten serwer Shlink nie ma reguł przekierowań. Wymagają one Shlink 4 lub nowszego.</translation>
    </message>
    <message>
        <source>The Shlink server refused the redirect rules: %1</source>
        <translation>Serwer Shlink odrzucił reguły przekierowań: %1</translation>
    </message>
    <message>
        <source>The Shlink server has redirect rules this version of Linkdeck does not know. Update Linkdeck to see and edit them.</source>
        <translation>Serwer Shlink ma reguły przekierowań, których ta wersja Linkdecka nie zna. Zaktualizuj Linkdecka, aby je zobaczyć i edytować.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Slug</name>
    <message>
        <source>Enter a back-half, or leave it empty for a random one.</source>
        <translation>Wpisz końcówkę lub pozostaw puste, aby była losowa.</translation>
    </message>
    <message>
        <source>The back-half is too long: at most %1 characters.</source>
        <translation>Końcówka jest za długa: najwyżej %1 znaków.</translation>
    </message>
    <message>
        <source>The back-half cannot contain spaces; use “-” instead.</source>
        <translation>Końcówka nie może zawierać spacji; użyj zamiast nich „-”.</translation>
    </message>
    <message>
        <source>The back-half can only contain letters a–z, digits, “-” and “_”; “%1” is not allowed.</source>
        <translation>Końcówka może zawierać tylko litery a–z, cyfry, „-” i „_”; „%1” jest niedozwolone.</translation>
    </message>
    <message>
        <source>“%1” is reserved by the link server; choose another back-half.</source>
        <translation>„%1” jest zarezerwowane przez serwer linków; wybierz inną końcówkę.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::SplitTest</name>
    <message numerus="yes">
        <source>Too few clicks to compare the variants yet: %Ln click(s) so far, and the test needs about %1.</source>
        <translation>
            <numerusform>Za mało kliknięć, by porównać warianty: dotąd %Ln kliknięcie, a test wymaga około %1.</numerusform>
            <numerusform>Za mało kliknięć, by porównać warianty: dotąd %Ln kliknięcia, a test wymaga około %1.</numerusform>
            <numerusform>Za mało kliknięć, by porównać warianty: dotąd %Ln kliknięć, a test wymaga około %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Variant %1 gets significantly more clicks than its share of visitors (chi-square test, p %2, %Ln click(s)).</source>
        <translation>
            <numerusform>Wariant %1 dostaje wyraźnie więcej kliknięć, niż wynika z jego udziału w odwiedzających (test chi-kwadrat, p %2, %Ln kliknięcie).</numerusform>
            <numerusform>Wariant %1 dostaje wyraźnie więcej kliknięć, niż wynika z jego udziału w odwiedzających (test chi-kwadrat, p %2, %Ln kliknięcia).</numerusform>
            <numerusform>Wariant %1 dostaje wyraźnie więcej kliknięć, niż wynika z jego udziału w odwiedzających (test chi-kwadrat, p %2, %Ln kliknięć).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The difference between the variants is not significant yet (chi-square test, p %1, %Ln click(s)): each gets about the clicks its share of visitors brings.</source>
        <translation>
            <numerusform>Różnica między wariantami nie jest jeszcze istotna (test chi-kwadrat, p %1, %Ln kliknięcie): każdy dostaje mniej więcej tyle kliknięć, ile daje jego udział w odwiedzających.</numerusform>
            <numerusform>Różnica między wariantami nie jest jeszcze istotna (test chi-kwadrat, p %1, %Ln kliknięcia): każdy dostaje mniej więcej tyle kliknięć, ile daje jego udział w odwiedzających.</numerusform>
            <numerusform>Różnica między wariantami nie jest jeszcze istotna (test chi-kwadrat, p %1, %Ln kliknięć): każdy dostaje mniej więcej tyle kliknięć, ile daje jego udział w odwiedzających.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Linkdeck::SyncQueue</name>
    <message>
        <source>Could not keep the change for later.</source>
        <translation>Nie można zachować zmiany na później.</translation>
    </message>
    <message>
        <source>Could not update the list of changes to send.</source>
        <translation>Nie można zaktualizować listy zmian do wysłania.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::UrlValidator</name>
    <message>
        <source>Enter the web address the short link should open.</source>
        <translation>Wpisz adres internetowy, który ma otwierać krótki link.</translation>
    </message>
    <message>
        <source>The address contains a line break or another invisible character. Paste it again on one line.</source>
        <translation>Adres zawiera podział wiersza lub inny niewidoczny znak. Wklej go ponownie w jednym wierszu.</translation>
    </message>
    <message>
        <source>Links that run a script (%1:) are refused: they can harm the people who click them.</source>
        <translation>Linki uruchamiające skrypt (%1:) są odrzucane: mogą zaszkodzić osobom, które je klikną.</translation>
    </message>
    <message>
        <source>Links that carry their own content (data:) are refused: they are a common phishing trick.</source>
        <translation>Linki niosące własną treść (data:) są odrzucane: to częsta sztuczka phishingowa.</translation>
    </message>
    <message>
        <source>A file: address only works on the computer it points to. Use a web address (https://…).</source>
        <translation>Adres file: działa tylko na komputerze, na który wskazuje. Użyj adresu internetowego (https://…).</translation>
    </message>
    <message>
        <source>Only web addresses (http:// or https://) can be shortened, not “%1:” addresses.</source>
        <translation>Skracać można tylko adresy internetowe (http:// lub https://), a nie adresy „%1:”.</translation>
    </message>
    <message>
        <source>The address is incomplete: “%1:” must be followed by “//” and a site name.</source>
        <translation>Adres jest niepełny: po „%1:” musi następować „//” i nazwa witryny.</translation>
    </message>
    <message>
        <source>The address has no site name. Enter a full address such as https://example.com/page.</source>
        <translation>Adres nie ma nazwy witryny. Wpisz pełny adres, np. https://example.com/strona.</translation>
    </message>
    <message>
        <source>The address contains a user name or password (before “@”). Such links are refused because they are used to disguise where a link goes.</source>
        <translation>Adres zawiera nazwę użytkownika lub hasło (przed „@”). Takie linki są odrzucane, ponieważ służą do ukrywania, dokąd prowadzi link.</translation>
    </message>
    <message>
        <source>The site name contains a space.</source>
        <translation>Nazwa witryny zawiera spację.</translation>
    </message>
    <message>
        <source>The address “%1” is not valid.</source>
        <translation>Adres „%1” jest nieprawidłowy.</translation>
    </message>
    <message>
        <source>“%1” is not a valid site name.</source>
        <translation>„%1” nie jest prawidłową nazwą witryny.</translation>
    </message>
    <message>
        <source>“%1” is not a web address. Enter the site too, such as %1.com or https://%1/.</source>
        <translation>„%1” nie jest adresem internetowym. Wpisz też witrynę, np. %1.com lub https://%1/.</translation>
    </message>
    <message>
        <source>The port “%1” is not valid; it must be a number from 1 to 65535.</source>
        <translation>Port „%1” jest nieprawidłowy; musi to być liczba od 1 do 65535.</translation>
    </message>
    <message>
        <source>The address is too long: %1 characters, and at most %2 are allowed.</source>
        <translation>Adres jest za długi: ma %1 znaków, a dozwolone jest najwyżej %2.</translation>
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
        <translation>Druk (kod QR)</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Media społecznościowe</translation>
    </message>
    <message>
        <source>Paid social</source>
        <translation>Płatne media społecznościowe</translation>
    </message>
    <message>
        <source>Partner or affiliate</source>
        <translation>Partner lub afiliant</translation>
    </message>
</context>
<context>
    <name>LocalServerPanel</name>
    <message>
        <source>Local server</source>
        <translation>Serwer lokalny</translation>
    </message>
    <message>
        <source>Start with Linkdeck</source>
        <translation>Uruchamiaj z Linkdeckiem</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencje</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Ogólne</translation>
    </message>
    <message>
        <source>New links</source>
        <translation>Nowe linki</translation>
    </message>
    <message>
        <source>Random back-half length:</source>
        <translation>Długość losowej końcówki:</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> znaków</translation>
    </message>
    <message>
        <source>Tracking preset for new links:</source>
        <translation>Szablon śledzenia dla nowych linków:</translation>
    </message>
    <message>
        <source>Write tracking values in lower case</source>
        <translation>Zapisuj wartości śledzenia małymi literami</translation>
    </message>
    <message>
        <source>Local server</source>
        <translation>Serwer lokalny</translation>
    </message>
    <message>
        <source>Port on this computer:</source>
        <translation>Port na tym komputerze:</translation>
    </message>
    <message>
        <source>Public &amp;address:</source>
        <translation>&amp;Adres publiczny:</translation>
    </message>
    <message>
        <source>https://go.example.com</source>
        <translation>https://go.example.com</translation>
    </message>
    <message>
        <source>The domain people open this computer&apos;s links at, such as one a reverse proxy answers on; short links, copies and QR codes use it. Empty: this computer only (localhost).</source>
        <translation>Domena, pod którą ludzie otwierają linki tego komputera, np. domena obsługiwana przez odwrotne proxy; używają jej krótkie linki, kopie i kody QR. Puste: tylko ten komputer (localhost).</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Wygląd</translation>
    </message>
    <message>
        <source>&amp;Colours:</source>
        <translation>&amp;Kolory:</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Systemowe</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Jasne</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Ciemne</translation>
    </message>
</context>
<context>
    <name>QrStudioDialog</name>
    <message>
        <source>QR Code</source>
        <translation>Kod QR</translation>
    </message>
    <message>
        <source>&amp;Content:</source>
        <translation>&amp;Treść:</translation>
    </message>
    <message>
        <source>Pre&amp;set:</source>
        <translation>Sza&amp;blon:</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Zapisz…</translation>
    </message>
    <message>
        <source>Remember these settings under a name</source>
        <translation>Zapamiętaj te ustawienia pod nazwą</translation>
    </message>
    <message>
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <source>Save the code as a file</source>
        <translation>Zapisz kod jako plik</translation>
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
        <translation>PDF CMYK…</translation>
    </message>
    <message>
        <source>A PDF in CMYK with the modules in pure black (K), as print shops ask for</source>
        <translation>PDF w CMYK z modułami w czystej czerni (K), jak wymagają drukarnie</translation>
    </message>
    <message>
        <source>Copy Image</source>
        <translation>Kopiuj obraz</translation>
    </message>
    <message>
        <source>Copy SVG</source>
        <translation>Kopiuj SVG</translation>
    </message>
    <message>
        <source>Label Sheet</source>
        <translation>Arkusz etykiet</translation>
    </message>
    <message>
        <source>Paper, gr&amp;id:</source>
        <translation>Papier, s&amp;iatka:</translation>
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
        <translation>Mar&amp;gines, odstęp:</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source>Margin around the page</source>
        <translation>Margines wokół strony</translation>
    </message>
    <message>
        <source>Gap between the labels</source>
        <translation>Odstęp między etykietami</translation>
    </message>
    <message>
        <source>Short URL under each code</source>
        <translation>Krótki URL pod każdym kodem</translation>
    </message>
    <message>
        <source>Sheet PDF…</source>
        <translation>PDF arkusza…</translation>
    </message>
    <message>
        <source>Save the label sheet as a PDF</source>
        <translation>Zapisz arkusz etykiet jako PDF</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drukuj…</translation>
    </message>
    <message>
        <source>Print the label sheet, with a preview</source>
        <translation>Drukuj arkusz etykiet z podglądem</translation>
    </message>
</context>
<context>
    <name>QrStyleForm</name>
    <message>
        <source>&amp;Error correction:</source>
        <translation>&amp;Korekcja błędów:</translation>
    </message>
    <message>
        <source>Low (7 %)</source>
        <translation>Niska (7 %)</translation>
    </message>
    <message>
        <source>Medium (15 %)</source>
        <translation>Średnia (15 %)</translation>
    </message>
    <message>
        <source>Quartile (25 %)</source>
        <translation>Kwartyl (25 %)</translation>
    </message>
    <message>
        <source>High (30 %)</source>
        <translation>Wysoka (30 %)</translation>
    </message>
    <message>
        <source>Minimum &amp;version:</source>
        <translation>Minimalna &amp;wersja:</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatycznie</translation>
    </message>
    <message>
        <source>Keep the code at least this version (1 to 40), e.g. so that a series of codes has one size</source>
        <translation>Utrzymuj kod co najmniej w tej wersji (od 1 do 40), np. aby seria kodów miała jeden rozmiar</translation>
    </message>
    <message>
        <source>&amp;Modules:</source>
        <translation>&amp;Moduły:</translation>
    </message>
    <message>
        <source>Squares</source>
        <translation>Kwadraty</translation>
    </message>
    <message>
        <source>Rounded</source>
        <translation>Zaokrąglone</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>Kropki</translation>
    </message>
    <message>
        <source>Corner ma&amp;rks:</source>
        <translation>Znaczniki &amp;narożników:</translation>
    </message>
    <message>
        <source>Square</source>
        <translation>Kwadratowe</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>&amp;Rozmiar:</translation>
    </message>
    <message>
        <source>Printed width</source>
        <translation>Szerokość wydruku</translation>
    </message>
    <message>
        <source>Module size</source>
        <translation>Rozmiar modułu</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source>The printed width of the code, quiet zone included</source>
        <translation>Szerokość wydrukowanego kodu razem ze strefą ciszy</translation>
    </message>
    <message>
        <source>The printed size of one module (one square of the code)</source>
        <translation>Rozmiar wydrukowanego modułu (jednego kwadratu kodu)</translation>
    </message>
    <message>
        <source>&amp;Quiet zone:</source>
        <translation>&amp;Strefa ciszy:</translation>
    </message>
    <message>
        <source> modules</source>
        <translation> mod.</translation>
    </message>
    <message>
        <source>PNG resol&amp;ution:</source>
        <translation>Rozdzielczość &amp;PNG:</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <source>&amp;Foreground:</source>
        <translation>Pierws&amp;zy plan:</translation>
    </message>
    <message>
        <source>#rrggbb, a colour name, or cmyk(c,m,y,k) in percent, e.g. cmyk(0,0,0,100) for pure black</source>
        <translation>#rrggbb, nazwa koloru lub cmyk(c,m,y,k) w procentach, np. cmyk(0,0,0,100) dla czystej czerni</translation>
    </message>
    <message>
        <source>Choose the foreground colour</source>
        <translation>Wybierz kolor pierwszego planu</translation>
    </message>
    <message>
        <source>Choose a colour</source>
        <translation>Wybierz kolor</translation>
    </message>
    <message>
        <source>&amp;Background:</source>
        <translation>T&amp;ło:</translation>
    </message>
    <message>
        <source>Choose the background colour</source>
        <translation>Wybierz kolor tła</translation>
    </message>
    <message>
        <source>Transparent</source>
        <translation>Przezroczyste</translation>
    </message>
    <message>
        <source>&amp;Logo:</source>
        <translation>&amp;Logo:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wybierz…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Ca&amp;ption:</source>
        <translation>Po&amp;dpis:</translation>
    </message>
    <message>
        <source>Optional text under the code</source>
        <translation>Opcjonalny tekst pod kodem</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Branded short links, campaign charts and QR codes.</source>
        <translation>Krótkie linki z własną marką, wykresy kampanii i kody QR.</translation>
    </message>
    <message>
        <source>Keep the database and settings in &lt;dir&gt;.</source>
        <translation>Przechowuj bazę danych i ustawienia w &lt;dir&gt;.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dir</translation>
    </message>
    <message>
        <source>Linkdeck is already open</source>
        <translation>Linkdeck jest już otwarty</translation>
    </message>
    <message>
        <source>Linkdeck cannot start</source>
        <translation>Nie można uruchomić Linkdecka</translation>
    </message>
</context>
</TS>
