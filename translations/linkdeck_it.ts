<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it_IT">
<context>
    <name>AccountDialog</name>
    <message>
        <source>Add Account</source>
        <translation>Aggiungi account</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Servizio:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>Marketing team</source>
        <translation>Team marketing</translation>
    </message>
    <message>
        <source>API &amp;token:</source>
        <translation>&amp;Token API:</translation>
    </message>
    <message>
        <source>API &amp;address:</source>
        <translation>&amp;Indirizzo API:</translation>
    </message>
    <message>
        <source>&amp;Default domain:</source>
        <translation>&amp;Dominio predefinito:</translation>
    </message>
    <message>
        <source>Test &amp;Connection</source>
        <translation>&amp;Verifica connessione</translation>
    </message>
    <message>
        <source>The token is kept in your system&apos;s keychain, not in Linkdeck&apos;s files.</source>
        <translation>Il token viene conservato nel portachiavi del sistema, non nei file di Linkdeck.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Account</name>
    <message>
        <source>This computer</source>
        <translation>Questo computer</translation>
    </message>
</context>
<context>
    <name>Linkdeck::AccountRepository</name>
    <message>
        <source>Enter the address of the Shlink server, such as https://s.example.com.</source>
        <translation>Inserisci l&apos;indirizzo del server Shlink, ad esempio https://s.example.com.</translation>
    </message>
    <message>
        <source>The API address must start with https:// (or http:// for a server on your own network).</source>
        <translation>L&apos;indirizzo API deve iniziare con https:// (o http:// per un server della tua rete).</translation>
    </message>
    <message>
        <source>%1 is reached over http://, so the API token travels unencrypted and anyone on the network between can read it. Use https:// unless the server is on this computer.</source>
        <translation>%1 è raggiunto tramite http://, quindi il token API viaggia non cifrato e chiunque sulla rete intermedia può leggerlo. Usa https://, a meno che il server non sia su questo computer.</translation>
    </message>
    <message>
        <source>Give the account a name.</source>
        <translation>Assegna un nome all&apos;account.</translation>
    </message>
    <message>
        <source>There is already an account named “%1”.</source>
        <translation>Esiste già un account chiamato «%1».</translation>
    </message>
    <message>
        <source>Could not save the account.</source>
        <translation>Impossibile salvare l&apos;account.</translation>
    </message>
    <message>
        <source>“This computer” cannot be removed.</source>
        <translation>«Questo computer» non può essere rimosso.</translation>
    </message>
    <message>
        <source>Could not remove the account.</source>
        <translation>Impossibile rimuovere l&apos;account.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::AccountSync</name>
    <message>
        <source>This account&apos;s service cannot list its links.</source>
        <translation>Il servizio di questo account non può elencare i suoi link.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annullato.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Analytics</name>
    <message>
        <source>Could not read the click statistics.</source>
        <translation>Impossibile leggere le statistiche dei clic.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::BitlyProvider</name>
    <message>
        <source>This back-half is already used on Bitly. Choose another one.</source>
        <translation>Questo suffisso è già usato su Bitly. Scegline un altro.</translation>
    </message>
    <message>
        <source>Your Bitly plan&apos;s monthly limit is reached. Links can be created again next month, or after an upgrade.</source>
        <translation>È stato raggiunto il limite mensile del tuo piano Bitly. Potrai creare di nuovo link il mese prossimo o dopo un upgrade.</translation>
    </message>
    <message>
        <source>Bitly is limiting requests from this account. Wait a minute and try again.</source>
        <translation>Bitly sta limitando le richieste di questo account. Attendi un minuto e riprova.</translation>
    </message>
    <message>
        <source>Bitly did not accept the API token of “%1”. Check it in Preferences &gt; Accounts.</source>
        <translation>Bitly non ha accettato il token API di «%1». Controllalo in Preferenze &gt; Account.</translation>
    </message>
    <message>
        <source>Bitly refused: %1</source>
        <translation>Bitly ha rifiutato: %1</translation>
    </message>
    <message>
        <source>Bitly refused the destination address. Check that it is a complete web address.</source>
        <translation>Bitly ha rifiutato l&apos;indirizzo di destinazione. Verifica che sia un indirizzo web completo.</translation>
    </message>
    <message>
        <source>This domain is not set up in your Bitly account.</source>
        <translation>Questo dominio non è configurato nel tuo account Bitly.</translation>
    </message>
    <message>
        <source>This Bitly account has no active group to keep links in.</source>
        <translation>Questo account Bitly non ha un gruppo attivo in cui tenere i link.</translation>
    </message>
    <message>
        <source>Bitly gives no breakdown by %1.</source>
        <translation>Bitly non fornisce una ripartizione per %1.</translation>
    </message>
    <message>
        <source>Your Bitly plan does not include clicks by device.</source>
        <translation>Il tuo piano Bitly non include i clic per dispositivo.</translation>
    </message>
    <message>
        <source>Your Bitly plan does not include this breakdown.</source>
        <translation>Il tuo piano Bitly non include questa ripartizione.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Bulk::CampaignMatrix</name>
    <message>
        <source>Name the campaign.</source>
        <translation>Assegna un nome alla campagna.</translation>
    </message>
    <message>
        <source>Enter at least one destination.</source>
        <translation>Inserisci almeno una destinazione.</translation>
    </message>
    <message>
        <source>Enter at least one source, such as newsletter or facebook.</source>
        <translation>Inserisci almeno un&apos;origine, ad esempio newsletter o facebook.</translation>
    </message>
    <message>
        <source>Enter at least one medium, such as email or social.</source>
        <translation>Inserisci almeno un mezzo, ad esempio email o social.</translation>
    </message>
    <message>
        <source>This makes %1 links; a campaign matrix makes at most %2. Split it into several.</source>
        <translation>Verrebbero creati %1 link; una campagna ne crea al massimo %2 alla volta. Dividila in più campagne.</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>«%1»: %2</translation>
    </message>
    <message>
        <source>The back-half pattern makes “%1”: %2</source>
        <translation>Lo schema dei suffissi genera «%1»: %2</translation>
    </message>
    <message>
        <source>The back-half pattern makes “%1” twice (links %2 and %3): add {content}, {page} or {n} to it.</source>
        <translation>Lo schema dei suffissi genera «%1» due volte (link %2 e %3): aggiungi {content}, {page} o {n}.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Bulk::ColumnMapping</name>
    <message>
        <source>No column holds the addresses the links go to. Name one &quot;destination&quot; or &quot;url&quot; in the first row, or choose it in the column mapping.</source>
        <translation>Nessuna colonna contiene gli indirizzi a cui portano i link. Chiamane una «destination» o «url» nella prima riga, oppure sceglila nell&apos;associazione delle colonne.</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(non importato)</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destinazione</translation>
    </message>
    <message>
        <source>Back-half</source>
        <translation>Suffisso</translation>
    </message>
    <message>
        <source>Short URL</source>
        <translation>Link breve</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>UTM source</source>
        <translation>Origine UTM</translation>
    </message>
    <message>
        <source>UTM medium</source>
        <translation>Mezzo UTM</translation>
    </message>
    <message>
        <source>UTM campaign</source>
        <translation>Campagna UTM</translation>
    </message>
    <message>
        <source>UTM term</source>
        <translation>Termine UTM</translation>
    </message>
    <message>
        <source>UTM content</source>
        <translation>Contenuto UTM</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Dominio</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Inizio</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Scadenza</translation>
    </message>
    <message>
        <source>Maximum clicks</source>
        <translation>Numero massimo di clic</translation>
    </message>
    <message>
        <source>Then go to</source>
        <translation>Poi vai a</translation>
    </message>
    <message>
        <source>Redirect status</source>
        <translation>Codice di reindirizzamento</translation>
    </message>
    <message>
        <source>Forward query</source>
        <translation>Inoltra parametri</translation>
    </message>
    <message>
        <source>Crawlable</source>
        <translation>Indicizzabile</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creato</translation>
    </message>
    <message>
        <source>Clicks (not imported)</source>
        <translation>Clic (non importati)</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Bulk::Exporter</name>
    <message>
        <source>The file could not be written.</source>
        <translation>Impossibile scrivere il file.</translation>
    </message>
    <message>
        <source>The export was stopped; no file was written.</source>
        <translation>L&apos;esportazione è stata interrotta; nessun file è stato scritto.</translation>
    </message>
    <message>
        <source>“%1” cannot be written: %2</source>
        <translation>Impossibile scrivere «%1»: %2</translation>
    </message>
    <message>
        <source>“%1” cannot be written.</source>
        <translation>Impossibile scrivere «%1».</translation>
    </message>
    <message numerus="yes">
        <source>%Ln link(s) from Bitly, Shlink or another service have empty countries, referrers and devices: Linkdeck has these only for links on this computer, and for a service&apos;s link once its statistics were shown from its first day to today.</source>
        <translation>
            <numerusform>%Ln link di Bitly, Shlink o di un altro servizio ha paesi, referrer e dispositivi vuoti: Linkdeck li ha solo per i link su questo computer e per il link di un servizio dopo che le sue statistiche sono state mostrate dal primo giorno a oggi.</numerusform>
            <numerusform>%Ln link di Bitly, Shlink o di un altro servizio hanno paesi, referrer e dispositivi vuoti: Linkdeck li ha solo per i link su questo computer e per il link di un servizio dopo che le sue statistiche sono state mostrate dal primo giorno a oggi.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The services report no browsers or operating systems: those columns are empty for %Ln link(s) of theirs.</source>
        <translation>
            <numerusform>I servizi non riportano browser né sistemi operativi: queste colonne sono vuote per %Ln dei loro link.</numerusform>
            <numerusform>I servizi non riportano browser né sistemi operativi: queste colonne sono vuote per %Ln dei loro link.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Linkdeck::Bulk::ImportReport</name>
    <message>
        <source>Nothing was imported.</source>
        <translation>Non è stato importato nulla.</translation>
    </message>
    <message>
        <source>Dry run: %1 to create, %2 already there, %3 to update, %4 to create under another back-half, %5 skipped (back-half taken), %6 invalid.</source>
        <translation>Simulazione: %1 da creare, %2 già presenti, %3 da aggiornare, %4 da creare con un altro suffisso, %5 saltati (suffisso occupato), %6 non validi.</translation>
    </message>
    <message>
        <source>%1 created, %2 already there, %3 updated, %4 created under another back-half, %5 skipped (back-half taken), %6 invalid, %7 failed.</source>
        <translation>%1 creati, %2 già presenti, %3 aggiornati, %4 creati con un altro suffisso, %5 saltati (suffisso occupato), %6 non validi, %7 non riusciti.</translation>
    </message>
    <message>
        <source>The import was stopped; import the file again to go on where it stopped.</source>
        <translation>L&apos;importazione è stata interrotta; importa di nuovo il file per riprendere da dove si era fermata.</translation>
    </message>
    <message>
        <source>The report could not be written: %1</source>
        <translation>Impossibile scrivere il report: %1</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Bulk::Importer</name>
    <message>
        <source>created</source>
        <translation>creato</translation>
    </message>
    <message>
        <source>will create</source>
        <translation>verrà creato</translation>
    </message>
    <message>
        <source>already there</source>
        <translation>già presente</translation>
    </message>
    <message>
        <source>skipped: back-half taken</source>
        <translation>saltato: suffisso occupato</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>aggiornato</translation>
    </message>
    <message>
        <source>will update</source>
        <translation>verrà aggiornato</translation>
    </message>
    <message>
        <source>created under another back-half</source>
        <translation>creato con un altro suffisso</translation>
    </message>
    <message>
        <source>will create under another back-half</source>
        <translation>verrà creato con un altro suffisso</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>non valido</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>non riuscito</translation>
    </message>
    <message>
        <source>Only a file can be imported (it is read twice).</source>
        <translation>Si può importare solo un file (viene letto due volte).</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Riga %1: %2</translation>
    </message>
    <message>
        <source>the destination is empty.</source>
        <translation>la destinazione è vuota.</translation>
    </message>
    <message>
        <source>“%1” is not a date; write it as 2026-12-31 or 2026-12-31T23:59:00Z.</source>
        <translation>«%1» non è una data; scrivila come 2026-12-31 o 2026-12-31T23:59:00Z.</translation>
    </message>
    <message>
        <source>the maximum of clicks “%1” is not a whole number of at least 1.</source>
        <translation>il numero massimo di clic «%1» non è un numero intero pari almeno a 1.</translation>
    </message>
    <message>
        <source>the address to go to after the end: %1</source>
        <translation>l&apos;indirizzo a cui andare dopo la fine: %1</translation>
    </message>
    <message>
        <source>the redirect status “%1” is not one of 301, 302, 307 or 308.</source>
        <translation>il codice di reindirizzamento «%1» non è né 301, né 302, né 307, né 308.</translation>
    </message>
    <message>
        <source>“%1” is neither true nor false (forward query).</source>
        <translation>«%1» non è né true né false (inoltra parametri).</translation>
    </message>
    <message>
        <source>“%1” is neither true nor false (crawlable).</source>
        <translation>«%1» non è né true né false (indicizzabile).</translation>
    </message>
    <message>
        <source>No file is open.</source>
        <translation>Nessun file è aperto.</translation>
    </message>
    <message>
        <source>Linkdeck cannot use this account.</source>
        <translation>Linkdeck non può usare questo account.</translation>
    </message>
    <message>
        <source>The file has column names but no links below them.</source>
        <translation>Il file ha i nomi delle colonne, ma nessun link sotto.</translation>
    </message>
    <message>
        <source>the back-half “%1” on %2 already goes to %3; the row was skipped.</source>
        <translation>il suffisso «%1» su %2 porta già a %3; la riga è stata saltata.</translation>
    </message>
    <message>
        <source>the back-half “%1” is used by a row above for %2; the row was skipped.</source>
        <translation>il suffisso «%1» è usato da una riga precedente per %2; la riga è stata saltata.</translation>
    </message>
    <message>
        <source>no free back-half was found for “%1”; the row was skipped.</source>
        <translation>non è stato trovato un suffisso libero per «%1»; la riga è stata saltata.</translation>
    </message>
    <message>
        <source>the back-half “%1” was taken; the link is “%2”.</source>
        <translation>il suffisso «%1» era occupato; il link è «%2».</translation>
    </message>
    <message>
        <source>the link to update is gone.</source>
        <translation>il link da aggiornare non esiste più.</translation>
    </message>
    <message>
        <source>kept on this computer; it is sent when the service can be reached.</source>
        <translation>conservato su questo computer; verrà inviato quando il servizio sarà raggiungibile.</translation>
    </message>
    <message>
        <source>The service still refuses more links for now (%1). Import the file again later to go on where it stopped.</source>
        <translation>Per ora il servizio continua a rifiutare altri link (%1). Importa di nuovo il file più tardi per riprendere da dove si era fermato.</translation>
    </message>
    <message numerus="yes">
        <source>About %n second(s) left at %1&apos;s request limits.</source>
        <translation>
            <numerusform>Circa %n secondo rimanente con i limiti di richieste di %1.</numerusform>
            <numerusform>Circa %n secondi rimanenti con i limiti di richieste di %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>About %n minute(s) left at %1&apos;s request limits.</source>
        <translation>
            <numerusform>Circa %n minuto rimanente con i limiti di richieste di %1.</numerusform>
            <numerusform>Circa %n minuti rimanenti con i limiti di richieste di %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>About %n hour(s) left at %1&apos;s request limits.</source>
        <translation>
            <numerusform>Circa %n ora rimanente con i limiti di richieste di %1.</numerusform>
            <numerusform>Circa %n ore rimanenti con i limiti di richieste di %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your %1 plan allows %n more link(s) this month; this import needs %2.</source>
        <translation>
            <numerusform>Il tuo piano %1 consente ancora %n link questo mese; questa importazione ne richiede %2.</numerusform>
            <numerusform>Il tuo piano %1 consente ancora %n link questo mese; questa importazione ne richiede %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Nothing more was sent: put the account right, then run again to go on where it stopped.</source>
        <translation>%1 Non è stato inviato altro: sistema l’account, poi avvia di nuovo per riprendere da dove si è fermato.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Bulk::LinkTransfer</name>
    <message>
        <source>Choose the links to copy or move.</source>
        <translation>Scegli i link da copiare o spostare.</translation>
    </message>
    <message>
        <source>Linkdeck cannot use this account.</source>
        <translation>Linkdeck non può usare questo account.</translation>
    </message>
    <message>
        <source>It has a password, which cannot go along: make it there by hand and set a password again.</source>
        <translation>Ha una password, che non può essere trasferita: crealo lì a mano e imposta di nuovo una password.</translation>
    </message>
    <message>
        <source>The old link stays as it was: its service cannot change where a link goes.</source>
        <translation>Il vecchio link resta com&apos;era: il suo servizio non può cambiare la destinazione di un link.</translation>
    </message>
    <message>
        <source>The new link exists; the old one still goes to the old address: %1</source>
        <translation>Il nuovo link esiste; il vecchio porta ancora al vecchio indirizzo: %1</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Bulk::TableReader</name>
    <message>
        <source>Row %1: %2</source>
        <translation>Riga %1: %2</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>Impossibile leggere il file.</translation>
    </message>
    <message>
        <source>The file is empty: there are no links to import.</source>
        <translation>Il file è vuoto: non ci sono link da importare.</translation>
    </message>
    <message>
        <source>The JSON file is larger than %1 MB; export the links as CSV instead, which is read in parts.</source>
        <translation>Il file JSON supera %1 MB; esporta invece i link in CSV, che viene letto a blocchi.</translation>
    </message>
    <message>
        <source>The JSON file cannot be read: %1 in line %2.</source>
        <translation>Impossibile leggere il file JSON: %1 alla riga %2.</translation>
    </message>
    <message>
        <source>The JSON file holds no list of links.</source>
        <translation>Il file JSON non contiene un elenco di link.</translation>
    </message>
    <message>
        <source>Row %1: the JSON list holds something other than a link (an object).</source>
        <translation>Riga %1: l&apos;elenco JSON contiene qualcosa che non è un link (un oggetto).</translation>
    </message>
    <message>
        <source>The JSON file holds no links.</source>
        <translation>Il file JSON non contiene link.</translation>
    </message>
    <message>
        <source>The workbook&apos;s first sheet is empty: there are no links to import.</source>
        <translation>Il primo foglio della cartella di lavoro è vuoto: non ci sono link da importare.</translation>
    </message>
    <message>
        <source>the file holds binary data, not text; it is not a CSV or TSV table.</source>
        <translation>il file contiene dati binari, non testo; non è una tabella CSV o TSV.</translation>
    </message>
    <message>
        <source>a quoted field that starts in this row has no closing quote mark. Check the quotes in that row; nothing was imported from it on.</source>
        <translation>un campo tra virgolette che inizia in questa riga non ha le virgolette di chiusura. Controlla le virgolette di quella riga; da lì in poi non è stato importato nulla.</translation>
    </message>
    <message>
        <source>the row is longer than %1 characters; the file is probably not a table of links.</source>
        <translation>la riga supera i %1 caratteri; probabilmente il file non è una tabella di link.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Bulk::TransferReport</name>
    <message numerus="yes">
        <source>%n link(s) moved</source>
        <translation>
            <numerusform>%n link spostato</numerusform>
            <numerusform>%n link spostati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) copied</source>
        <translation>
            <numerusform>%n link copiato</numerusform>
            <numerusform>%n link copiati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n old link(s) pointed to the new one(s)</source>
        <translation>
            <numerusform>%n vecchio link reindirizzato al nuovo</numerusform>
            <numerusform>%n vecchi link reindirizzati ai nuovi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not made</source>
        <translation>
            <numerusform>%n non creato</numerusform>
            <numerusform>%n non creati</numerusform>
        </translation>
    </message>
    <message>
        <source>The mapping file could not be written: %1</source>
        <translation>Impossibile scrivere il file di corrispondenza: %1</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Bulk::XlsxSheet</name>
    <message>
        <source>The Excel workbook cannot be read; it may be damaged. Save it again in Excel, or as CSV.</source>
        <translation>Impossibile leggere la cartella di lavoro Excel; potrebbe essere danneggiata. Salvala di nuovo in Excel, o come CSV.</translation>
    </message>
    <message>
        <source>The Excel workbook is too large to read; save it as CSV.</source>
        <translation>La cartella di lavoro Excel è troppo grande da leggere; salvala come CSV.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::CachedProvider</name>
    <message>
        <source>%1 cannot start or end a link at a date.</source>
        <translation>%1 non può far iniziare o terminare un link a una data.</translation>
    </message>
    <message>
        <source>%1 cannot limit the clicks of a link.</source>
        <translation>%1 non può limitare i clic di un link.</translation>
    </message>
    <message>
        <source>%1 cannot give link previews a title, description or image; only links on this computer can.</source>
        <translation>%1 non può dare alle anteprime dei link un titolo, una descrizione o un&apos;immagine; possono farlo solo i link di questo computer.</translation>
    </message>
    <message>
        <source>%1 cannot split a link&apos;s visitors between destinations; only links on this computer can.</source>
        <translation>%1 non può ripartire i visitatori di un link tra più destinazioni; possono farlo solo i link di questo computer.</translation>
    </message>
    <message>
        <source>%1 cannot send the visitors of an ended link to another address; only links on this computer can. Leave that address empty.</source>
        <translation>%1 non può mandare i visitatori di un link terminato a un altro indirizzo; possono farlo solo i link di questo computer. Lascia vuoto quell&apos;indirizzo.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::CampaignStats</name>
    <message>
        <source>%1 does not report browsers or operating systems: only the links on this computer are counted here.</source>
        <translation>%1 non segnala browser né sistemi operativi: qui vengono contati solo i link di questo computer.</translation>
    </message>
    <message>
        <source>%1 do not report browsers or operating systems: only the links on this computer are counted here.</source>
        <translation>%1 non segnalano browser né sistemi operativi: qui vengono contati solo i link di questo computer.</translation>
    </message>
    <message>
        <source>Only the links on this computer are in the chart: the clicks of %1 links over time cannot be filtered.</source>
        <translation>Nel grafico ci sono solo i link di questo computer: i clic dei link di %1 non possono essere filtrati nel tempo.</translation>
    </message>
    <message numerus="yes">
        <source>Totals only, not clicks over time, from %1: those links have %Ln click(s) in all, not in the series.</source>
        <translation>
            <numerusform>Solo totali, non clic nel tempo, da %1: quei link hanno in tutto %Ln clic, non inclusi nella serie.</numerusform>
            <numerusform>Solo totali, non clic nel tempo, da %1: quei link hanno in tutto %Ln clic, non inclusi nella serie.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fetching the figures of %1…</source>
        <translation>Recupero dei dati di %1…</translation>
    </message>
    <message>
        <source>%1: %2 Showing the figures saved earlier.</source>
        <translation>%1: %2 Vengono mostrati i dati salvati in precedenza.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: your plan does not include click statistics for some links.</source>
        <translation>%1: il tuo piano non include le statistiche dei clic per alcuni link.</translation>
    </message>
    <message>
        <source>%1: %2 Its links are not in the series.</source>
        <translation>%1: %2 I suoi link non sono nella serie.</translation>
    </message>
    <message>
        <source>Figures from %1: %2.</source>
        <translation>Dati da %1: %2.</translation>
    </message>
    <message>
        <source>Variant %1: %2</source>
        <translation>Variante %1: %2</translation>
    </message>
    <message>
        <source>Other clicks</source>
        <translation>Altri clic</translation>
    </message>
    <message>
        <source>Other links</source>
        <translation>Altri link</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Cli</name>
    <message>
        <source>The keychain did not answer.</source>
        <translation>Il portachiavi non ha risposto.</translation>
    </message>
    <message>
        <source>Run linkdeck-cli from a desktop session, where GNOME Keyring or KWallet is available.</source>
        <translation>Esegui linkdeck-cli da una sessione desktop in cui siano disponibili GNOME Keyring o KWallet.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>mai</translation>
    </message>
    <message>
        <source>Adds an account with a link service. The API token is read from the terminal without showing it, or with --token-stdin as the first line of stdin, and kept only in the keychain (GNOME Keyring, KWallet). The connection is tested before anything is saved.</source>
        <translation>Aggiunge un account di un servizio di link. Il token API viene letto dal terminale senza mostrarlo, o con --token-stdin come prima riga di stdin, e conservato solo nel portachiavi (GNOME Keyring, KWallet). La connessione viene verificata prima di salvare qualsiasi cosa.</translation>
    </message>
    <message>
        <source>The service: bitly, rebrandly, shlink or cuttly.</source>
        <translation>Il servizio: bitly, rebrandly, shlink o cuttly.</translation>
    </message>
    <message>
        <source>The API address: required for Shlink (the server, e.g. https://s.example.com), otherwise the service&apos;s own.</source>
        <translation>L&apos;indirizzo API: obbligatorio per Shlink (il server, ad es. https://s.example.com), altrimenti quello del servizio.</translation>
    </message>
    <message>
        <source>The Rebrandly workspace or the Bitly group (default: the account&apos;s first).</source>
        <translation>Lo spazio di lavoro Rebrandly o il gruppo Bitly (predefinito: il primo dell&apos;account).</translation>
    </message>
    <message>
        <source>The domain of new links when none is given.</source>
        <translation>Il dominio dei nuovi link quando non ne viene indicato uno.</translation>
    </message>
    <message>
        <source>Read the token from the first line of stdin.</source>
        <translation>Leggi il token dalla prima riga di stdin.</translation>
    </message>
    <message>
        <source>Save the account without testing the connection.</source>
        <translation>Salva l&apos;account senza verificare la connessione.</translation>
    </message>
    <message>
        <source>A name for the account, e.g. Marketing.</source>
        <translation>Un nome per l&apos;account, ad es. Marketing.</translation>
    </message>
    <message>
        <source>accounts add needs exactly one account name.</source>
        <translation>accounts add richiede esattamente un nome di account.</translation>
    </message>
    <message>
        <source>accounts add needs --provider bitly, rebrandly, shlink or cuttly.</source>
        <translation>accounts add richiede --provider bitly, rebrandly, shlink o cuttly.</translation>
    </message>
    <message>
        <source>Unknown provider “%1”: use bitly, rebrandly, shlink or cuttly.</source>
        <translation>Servizio sconosciuto «%1»: usa bitly, rebrandly, shlink o cuttly.</translation>
    </message>
    <message>
        <source>Give the account a name.</source>
        <translation>Assegna un nome all&apos;account.</translation>
    </message>
    <message>
        <source>There is already an account named “%1”.</source>
        <translation>Esiste già un account chiamato «%1».</translation>
    </message>
    <message>
        <source>API token for “%1” (%2): </source>
        <translation>Token API per «%1» (%2): </translation>
    </message>
    <message>
        <source>Give the token with --token-stdin.</source>
        <translation>Fornisci il token con --token-stdin.</translation>
    </message>
    <message>
        <source>The token is empty: nothing was saved.</source>
        <translation>Il token è vuoto: non è stato salvato nulla.</translation>
    </message>
    <message>
        <source>Linkdeck cannot use accounts of %1.</source>
        <translation>Linkdeck non può usare account di %1.</translation>
    </message>
    <message>
        <source>The account “%1” was not added: %2</source>
        <translation>L&apos;account «%1» non è stato aggiunto: %2</translation>
    </message>
    <message>
        <source>Added the account “%1” (%2).</source>
        <translation>Account «%1» (%2) aggiunto.</translation>
    </message>
    <message>
        <source>Lists the accounts: id, name, service, default domain, API address and last sync. Tokens stay in the keychain and are never shown.</source>
        <translation>Elenca gli account: ID, nome, servizio, dominio predefinito, indirizzo API e ultima sincronizzazione. I token restano nel portachiavi e non vengono mai mostrati.</translation>
    </message>
    <message>
        <source>table (default), csv or json.</source>
        <translation>table (predefinito), csv o json.</translation>
    </message>
    <message>
        <source>accounts list takes no arguments, only options: “%1”.</source>
        <translation>accounts list non accetta argomenti, solo opzioni: «%1».</translation>
    </message>
    <message>
        <source>Unknown format “%1”: use table, csv or json.</source>
        <translation>Formato sconosciuto «%1»: usa table, csv o json.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOME</translation>
    </message>
    <message>
        <source>PROVIDER</source>
        <translation>SERVIZIO</translation>
    </message>
    <message>
        <source>DOMAIN</source>
        <translation>DOMINIO</translation>
    </message>
    <message>
        <source>API BASE</source>
        <translation>INDIRIZZO API</translation>
    </message>
    <message>
        <source>LAST SYNC</source>
        <translation>ULTIMA SINCRONIZZAZIONE</translation>
    </message>
    <message>
        <source>Could not write the list to the output.</source>
        <translation>Impossibile scrivere l&apos;elenco in uscita.</translation>
    </message>
    <message>
        <source>Removes an account from Linkdeck, with the links kept of it on this computer and its token in the keychain. The links stay with the service.</source>
        <translation>Rimuove un account da Linkdeck, con i link conservati su questo computer e il suo token nel portachiavi. I link restano presso il servizio.</translation>
    </message>
    <message>
        <source>The account&apos;s name.</source>
        <translation>Il nome dell&apos;account.</translation>
    </message>
    <message>
        <source>accounts remove needs exactly one account name.</source>
        <translation>accounts remove richiede esattamente un nome di account.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made offline in “%1” had not been sent yet; they are gone.</source>
        <translation>
            <numerusform>%n modifica fatta offline in «%1» non era ancora stata inviata; è andata persa.</numerusform>
            <numerusform>%n modifiche fatte offline in «%1» non erano ancora state inviate; sono andate perse.</numerusform>
        </translation>
    </message>
    <message>
        <source>The account “%1” was removed, but its token could not be removed from the keychain: %2</source>
        <translation>L&apos;account «%1» è stato rimosso, ma non è stato possibile rimuovere il suo token dal portachiavi: %2</translation>
    </message>
    <message>
        <source>Removed the account “%1”.</source>
        <translation>Account «%1» rimosso.</translation>
    </message>
    <message>
        <source>Reads the links of the accounts with link services into this computer&apos;s list, then sends the changes made while a service could not be reached (those of every account). Fails if a service could not be reached or a change is still waiting.</source>
        <translation>Legge i link degli account dei servizi di link nell&apos;elenco di questo computer, poi invia le modifiche fatte mentre un servizio non era raggiungibile (quelle di tutti gli account). Non riesce se un servizio non era raggiungibile o se una modifica è ancora in attesa.</translation>
    </message>
    <message>
        <source>Only this account (default: every account with a link service).</source>
        <translation>Solo questo account (predefinito: tutti gli account con un servizio di link).</translation>
    </message>
    <message>
        <source>sync takes no arguments, only options: “%1”.</source>
        <translation>sync non accetta argomenti, solo opzioni: «%1».</translation>
    </message>
    <message>
        <source>“%1” keeps its links on this computer: there is nothing to sync.</source>
        <translation>«%1» conserva i suoi link su questo computer: non c&apos;è niente da sincronizzare.</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>«%1»: %2</translation>
    </message>
    <message numerus="yes">
        <source>“%1”: %n link(s).</source>
        <translation>
            <numerusform>«%1»: %n link.</numerusform>
            <numerusform>«%1»: %n link.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %n change(s) made offline.</source>
        <translation>
            <numerusform>Inviata %n modifica fatta offline.</numerusform>
            <numerusform>Inviate %n modifiche fatte offline.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The services refused %n change(s) made offline; they are marked as not sent.</source>
        <translation>
            <numerusform>I servizi hanno rifiutato %n modifica fatta offline; è segnata come non inviata.</numerusform>
            <numerusform>I servizi hanno rifiutato %n modifiche fatte offline; sono segnate come non inviate.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) still wait for the network.</source>
        <translation>
            <numerusform>%n modifica attende ancora la rete.</numerusform>
            <numerusform>%n modifiche attendono ancora la rete.</numerusform>
        </translation>
    </message>
    <message>
        <source>Creates the links of a table: CSV or TSV as Excel and LibreOffice save them (any separator, UTF-8 or UTF-16), Excel workbooks (XLSX, the first sheet), JSON, or the export of Linkdeck, Bitly, Rebrandly, Shlink, YOURLS or Kutt. The first row names the columns (destination or url, slug, title, tags, utm_*, domain, expires_at, ...). Links already there are left as they are, so a stopped import goes on when it is run again. A file that cannot be read changes nothing.</source>
        <translation>Crea i link di una tabella: CSV o TSV come li salvano Excel e LibreOffice (qualsiasi separatore, UTF-8 o UTF-16), cartelle di lavoro Excel (XLSX, il primo foglio), JSON, o l&apos;esportazione di Linkdeck, Bitly, Rebrandly, Shlink, YOURLS o Kutt. La prima riga nomina le colonne (destination o url, slug, title, tags, utm_*, domain, expires_at, ...). I link già presenti restano come sono, quindi un&apos;importazione interrotta riprende quando viene rieseguita. Un file illeggibile non cambia nulla.</translation>
    </message>
    <message>
        <source>The account to create them in (default: This computer).</source>
        <translation>L&apos;account in cui crearli (predefinito: Questo computer).</translation>
    </message>
    <message>
        <source>The domain for rows that name none.</source>
        <translation>Il dominio per le righe che non ne indicano uno.</translation>
    </message>
    <message>
        <source>Tell what would happen to each row; change nothing.</source>
        <translation>Indica cosa succederebbe a ogni riga, senza cambiare nulla.</translation>
    </message>
    <message>
        <source>When a back-half is taken by another address: skip the row (default), rename (spring-2) or update the existing link.</source>
        <translation>Quando un suffisso è occupato da un altro indirizzo: salta la riga (skip, predefinito), rinomina (rename: spring-2) o aggiorna il link esistente (update).</translation>
    </message>
    <message>
        <source>The file&apos;s format if its name does not tell: csv, tsv, json or xlsx.</source>
        <translation>Il formato del file se il nome non lo indica: csv, tsv, json o xlsx.</translation>
    </message>
    <message>
        <source>Write a CSV report of every row to this file.</source>
        <translation>Scrivi in questo file un report CSV di ogni riga.</translation>
    </message>
    <message>
        <source>The table of links.</source>
        <translation>La tabella dei link.</translation>
    </message>
    <message>
        <source>links import needs exactly one FILE.</source>
        <translation>links import richiede esattamente un FILE.</translation>
    </message>
    <message>
        <source>Unknown --on-conflict “%1”: use skip, rename or update.</source>
        <translation>--on-conflict sconosciuto «%1»: usa skip, rename o update.</translation>
    </message>
    <message>
        <source>Unknown format “%1”: use csv, tsv, json or xlsx.</source>
        <translation>Formato sconosciuto «%1»: usa csv, tsv, json o xlsx.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>Impossibile leggere «%1»: %2</translation>
    </message>
    <message>
        <source>The report “%1” cannot be written: %2</source>
        <translation>Impossibile scrivere il report «%1»: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 asks to wait (%2); the import goes on in %n second(s).</source>
        <translation>
            <numerusform>%1 chiede di attendere (%2); l&apos;importazione riprende tra %n secondo.</numerusform>
            <numerusform>%1 chiede di attendere (%2); l&apos;importazione riprende tra %n secondi.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <translation>%1 di %2 righe</translation>
    </message>
    <message>
        <source>Writes the links of an account with every field and their click totals, oldest first: CSV (opens in Excel as it is), JSON or an Excel workbook. A file written here imports back unchanged with &quot;links import&quot;.</source>
        <translation>Scrive i link di un account con tutti i campi e i totali dei clic, dal più vecchio: CSV (si apre così com&apos;è in Excel), JSON o una cartella di lavoro Excel. Un file scritto qui si reimporta invariato con «links import».</translation>
    </message>
    <message>
        <source>The account whose links to write (default: This computer).</source>
        <translation>L&apos;account di cui scrivere i link (predefinito: Questo computer).</translation>
    </message>
    <message>
        <source>Only links whose back-half, address, title, tags or campaign contain TEXT.</source>
        <translation>Solo i link il cui suffisso, indirizzo, titolo, tag o campagna contengono TESTO.</translation>
    </message>
    <message>
        <source>csv, json or xlsx (default: by the file name, else csv).</source>
        <translation>csv, json o xlsx (predefinito: in base al nome del file, altrimenti csv).</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Il file da scrivere.</translation>
    </message>
    <message>
        <source>links export takes no arguments, only options: “%1”.</source>
        <translation>links export non accetta argomenti, solo opzioni: «%1».</translation>
    </message>
    <message>
        <source>links export needs -o FILE.</source>
        <translation>links export richiede -o FILE.</translation>
    </message>
    <message>
        <source>Unknown format “%1”: use csv, json or xlsx.</source>
        <translation>Formato sconosciuto «%1»: usa csv, json o xlsx.</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) written to %1.</source>
        <translation>
            <numerusform>%n link scritto in %1.</numerusform>
            <numerusform>%n link scritti in %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Makes the links of one account on another, with the same back-half where it is free there, titles, tags and UTM values, then points each old link to its new short URL where the old service allows it. No link is deleted.</source>
        <translation>Crea i link di un account su un altro, con lo stesso suffisso dove è libero, titoli, tag e valori UTM, poi reindirizza ogni vecchio link al suo nuovo URL breve dove il vecchio servizio lo consente. Nessun link viene eliminato.</translation>
    </message>
    <message>
        <source>Makes the links of one account on another too, with the same back-half where it is free there, titles, tags and UTM values. The old links stay as they are.</source>
        <translation>Crea i link di un account anche su un altro, con lo stesso suffisso dove è libero, titoli, tag e valori UTM. I vecchi link restano come sono.</translation>
    </message>
    <message>
        <source>The account the links are on.</source>
        <translation>L&apos;account in cui si trovano i link.</translation>
    </message>
    <message>
        <source>The account to make them on.</source>
        <translation>L&apos;account in cui crearli.</translation>
    </message>
    <message>
        <source>Only the links matching this text, as the app&apos;s filter box.</source>
        <translation>Solo i link che corrispondono a questo testo, come il campo filtro dell&apos;app.</translation>
    </message>
    <message>
        <source>When the back-half is taken on the target: skip the link (default) or rename (spring-2).</source>
        <translation>Quando il suffisso è occupato nella destinazione: salta il link (predefinito) o rinomina (spring-2).</translation>
    </message>
    <message>
        <source>Write each old and new short URL to this CSV file.</source>
        <translation>Scrivi ogni URL breve vecchio e nuovo in questo file CSV.</translation>
    </message>
    <message>
        <source>This command takes no arguments, only options: “%1”.</source>
        <translation>Questo comando non accetta argomenti, solo opzioni: «%1».</translation>
    </message>
    <message>
        <source>Name both accounts: --from and --to.</source>
        <translation>Indica entrambi gli account: --from e --to.</translation>
    </message>
    <message>
        <source>--on-conflict takes skip or rename, not “%1”.</source>
        <translation>--on-conflict accetta skip o rename, non «%1».</translation>
    </message>
    <message>
        <source>--from and --to name the same account.</source>
        <translation>--from e --to indicano lo stesso account.</translation>
    </message>
    <message>
        <source>No link of %1 matches.</source>
        <translation>Nessun link di %1 corrisponde.</translation>
    </message>
    <message>
        <source>Could not write the mapping to %1: %2</source>
        <translation>Impossibile scrivere la corrispondenza in %1: %2</translation>
    </message>
    <message>
        <source>--data-dir needs a folder.</source>
        <translation>--data-dir richiede una cartella.</translation>
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
        <translation>Uso: linkdeck-cli [--data-dir DIR] COMANDO ...

Comandi:
  links create URL [opzioni]   crea un link breve e lo mostra
  links list [opzioni]         elenca i link come tabella, CSV o JSON
  links update SLUG [--url URL] [--title T] [--tag T]... [--new-slug S]
  links show SLUG [--domain D]  i campi di un link, compreso se chiede una password
  links delete SLUG [--domain D]
  links import FILE [--dry-run] [--on-conflict skip|rename|update]   link da CSV, TSV, XLSX o JSON
  links export --format csv|json|xlsx -o FILE [--filter TEXT]   tutti i campi e i totali dei clic
  accounts add NAME --provider bitly|rebrandly|shlink|cuttly [--api-base URL] [--token-stdin]
  accounts list [--format table|csv|json]
  accounts remove NAME
  sync [--account NAME]        legge i link dei servizi, invia le modifiche fatte offline
  qr TEXT_OR_SLUG -o FILE [opzioni]   un codice QR pronto per la stampa (PNG, SVG, PDF, EPS)
  qr-sheet SLUG... -o FILE.pdf [--paper a4|letter] [--grid COLSxROWS]   un foglio di etichette
  stats clicks|countries|referrers|devices|browsers|os SLUG_OR_CAMPAIGN [--from] [--to] [--unit] [--tz] [--format]

I comandi links e stats accettano --account NAME per un account di un servizio di link
(predefinito: &quot;This computer&quot;).
Esegui &quot;linkdeck-cli links create --help&quot; per le opzioni di un comando.
Opzioni globali: --data-dir DIR (tieni il database in DIR), --help, --version.
</translation>
    </message>
    <message>
        <source>See &quot;%1 --help&quot;.</source>
        <translation>Vedi «%1 --help».</translation>
    </message>
    <message>
        <source>Unknown command “%1”. Run &quot;linkdeck-cli --help&quot; for the commands.</source>
        <translation>Comando sconosciuto «%1». Esegui &quot;linkdeck-cli --help&quot; per l&apos;elenco dei comandi.</translation>
    </message>
    <message>
        <source>%1 needs a command: %2.</source>
        <translation>%1 richiede un comando: %2.</translation>
    </message>
    <message>
        <source>Unknown command “%1 %2”: use %3.</source>
        <translation>Comando sconosciuto «%1 %2»: usa %3.</translation>
    </message>
    <message>
        <source>The database has no account for this computer.</source>
        <translation>Il database non ha un account per questo computer.</translation>
    </message>
    <message>
        <source>There is no account “%1”. Run &quot;linkdeck-cli accounts list&quot; for the accounts.</source>
        <translation>Non esiste l&apos;account «%1». Esegui &quot;linkdeck-cli accounts list&quot; per l&apos;elenco degli account.</translation>
    </message>
    <message>
        <source>Linkdeck cannot use the account “%1”.</source>
        <translation>Linkdeck non può usare l&apos;account «%1».</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avviso: %1</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Mostra questa guida.</translation>
    </message>
    <message>
        <source>Keep the database in DIR (also accepted before the command).</source>
        <translation>Tieni il database in DIR (accettato anche prima del comando).</translation>
    </message>
    <message>
        <source>Usage: linkdeck-cli %1</source>
        <translation>Uso: linkdeck-cli %1</translation>
    </message>
    <message>
        <source>“%1” is not a domain name.</source>
        <translation>«%1» non è un nome di dominio.</translation>
    </message>
    <message>
        <source>WHEN is YYYY-MM-DD or YYYY-MM-DDTHH:MM (a space for the T is fine), in your time zone unless it ends in Z or an offset such as +01:00.</source>
        <translation>QUANDO è AAAA-MM-GG o AAAA-MM-GGTHH:MM (va bene uno spazio al posto della T), nel tuo fuso orario a meno che non termini con Z o con una differenza come +01:00.</translation>
    </message>
    <message>
        <source>An option and its --no- option cannot be given together, e.g. --expires and --no-expiry.</source>
        <translation>Un&apos;opzione e la sua opzione --no- non possono essere date insieme, ad es. --expires e --no-expiry.</translation>
    </message>
    <message>
        <source>--starts needs a date such as 2026-12-24 or 2026-12-24T18:00, not “%1”.</source>
        <translation>--starts richiede una data come 2026-12-24 o 2026-12-24T18:00, non «%1».</translation>
    </message>
    <message>
        <source>--expires needs a date such as 2026-12-31 or 2026-12-31T23:59, not “%1”.</source>
        <translation>--expires richiede una data come 2026-12-31 o 2026-12-31T23:59, non «%1».</translation>
    </message>
    <message>
        <source>--max-clicks needs a whole number of clicks, at least 1, not “%1”.</source>
        <translation>--max-clicks richiede un numero intero di clic, almeno 1, non «%1».</translation>
    </message>
    <message>
        <source>%1 cannot protect a link by a password; only links on this computer can.</source>
        <translation>%1 non può proteggere un link con una password; possono farlo solo i link di questo computer.</translation>
    </message>
    <message>
        <source>Creates a short link and prints it: on this computer, or with --account on a link service. An address without a scheme gets https://; the UTM options are added to its query, replacing those it has. When the service cannot be reached, the link is kept and created by &quot;sync&quot;. A link can start and end at a time and stop after a number of clicks; on this computer it then sends visitors to --fallback, or shows a page saying it has ended.</source>
        <translation>Crea un link breve e lo mostra: su questo computer, o con --account su un servizio di link. A un indirizzo senza schema viene aggiunto https://; le opzioni UTM vengono aggiunte ai suoi parametri, sostituendo quelli presenti. Se il servizio non è raggiungibile, il link viene conservato e creato da &quot;sync&quot;. Un link può iniziare e terminare a un&apos;ora precisa e smettere dopo un numero di clic; su questo computer manda allora i visitatori a --fallback, o mostra una pagina che dice che è terminato.</translation>
    </message>
    <message>
        <source>The back-half; random if not given.</source>
        <translation>Il suffisso; casuale se non indicato.</translation>
    </message>
    <message>
        <source>The short link&apos;s domain.</source>
        <translation>Il dominio del link breve.</translation>
    </message>
    <message>
        <source>A title for your link list.</source>
        <translation>Un titolo per il tuo elenco di link.</translation>
    </message>
    <message>
        <source>A tag; repeat for several.</source>
        <translation>Un tag; ripeti per più tag.</translation>
    </message>
    <message>
        <source>utm_source, e.g. newsletter.</source>
        <translation>utm_source, ad es. newsletter.</translation>
    </message>
    <message>
        <source>utm_medium, e.g. email.</source>
        <translation>utm_medium, ad es. email.</translation>
    </message>
    <message>
        <source>utm_campaign, e.g. spring-sale.</source>
        <translation>utm_campaign, ad es. saldi-primavera.</translation>
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
        <translation>Scrivi i valori UTM in minuscolo.</translation>
    </message>
    <message>
        <source>The link works from this time on.</source>
        <translation>Il link funziona da questo momento.</translation>
    </message>
    <message>
        <source>The link has ended from this time on (a date alone: after that day).</source>
        <translation>Il link termina da questo momento (solo una data: dopo quel giorno).</translation>
    </message>
    <message>
        <source>The link has ended after N clicks.</source>
        <translation>Il link termina dopo N clic.</translation>
    </message>
    <message>
        <source>Where visitors go before the start and after the end (this computer&apos;s links only).</source>
        <translation>Dove vanno i visitatori prima dell&apos;inizio e dopo la fine (solo link di questo computer).</translation>
    </message>
    <message>
        <source>Visitors must type a password, read from the first line of stdin, before they are redirected (this computer&apos;s links only). Only its hash is kept.</source>
        <translation>I visitatori devono digitare una password, letta dalla prima riga di stdin, prima di essere reindirizzati (solo link di questo computer). Viene conservato solo il suo hash.</translation>
    </message>
    <message>
        <source>The title link previews show (LinkedIn, Facebook, X, Slack, ...; this computer&apos;s links only).</source>
        <translation>Il titolo mostrato nelle anteprime dei link (LinkedIn, Facebook, X, Slack, ...; solo link di questo computer).</translation>
    </message>
    <message>
        <source>The description link previews show.</source>
        <translation>La descrizione mostrata nelle anteprime dei link.</translation>
    </message>
    <message>
        <source>The address of the image link previews show.</source>
        <translation>L&apos;indirizzo dell&apos;immagine mostrata nelle anteprime dei link.</translation>
    </message>
    <message>
        <source>The account to create it in (default: This computer).</source>
        <translation>L&apos;account in cui crearlo (predefinito: Questo computer).</translation>
    </message>
    <message>
        <source>The address the short link opens.</source>
        <translation>L&apos;indirizzo che il link breve apre.</translation>
    </message>
    <message>
        <source>links create needs exactly one URL.</source>
        <translation>links create richiede esattamente un URL.</translation>
    </message>
    <message>
        <source>Saved offline: the link will be created on %1 when the network is back.</source>
        <translation>Salvato offline: il link verrà creato su %1 quando la rete sarà di nuovo disponibile.</translation>
    </message>
    <message>
        <source>Lists the links of an account, newest first. The links of a link service are read from it first; when it cannot be reached, those kept on this computer are listed. The table shows local times; CSV and JSON give times in ISO 8601 UTC, and JSON lists tags as an array.</source>
        <translation>Elenca i link di un account, dai più recenti. I link di un servizio vengono prima letti da lì; se non è raggiungibile, vengono elencati quelli conservati su questo computer. La tabella mostra gli orari locali; CSV e JSON indicano gli orari in ISO 8601 UTC, e JSON elenca i tag come array.</translation>
    </message>
    <message>
        <source>table (default), csv or json. CSV joins tags with &quot;; &quot;. The table shows control characters as escapes (\x1b); CSV and JSON give the data exactly, for programs.</source>
        <translation>table (predefinito), csv o json. CSV unisce i tag con &quot;; &quot;. La tabella mostra i caratteri di controllo come sequenze di escape (\x1b); CSV e JSON forniscono i dati così come sono, per i programmi.</translation>
    </message>
    <message>
        <source>Only links whose back-half, destination, title, tags or campaign contain TEXT.</source>
        <translation>Solo i link il cui suffisso, destinazione, titolo, tag o campagna contengono TESTO.</translation>
    </message>
    <message>
        <source>At most N links.</source>
        <translation>Al massimo N link.</translation>
    </message>
    <message>
        <source>The account whose links to list (default: This computer).</source>
        <translation>L&apos;account di cui elencare i link (predefinito: Questo computer).</translation>
    </message>
    <message>
        <source>links list takes no arguments, only options: “%1”.</source>
        <translation>links list non accetta argomenti, solo opzioni: «%1».</translation>
    </message>
    <message>
        <source>--limit needs a number of links.</source>
        <translation>--limit richiede un numero di link.</translation>
    </message>
    <message>
        <source>Changes a link found by its back-half and prints its short URL. Each link service allows other changes; what it does not allow is refused before anything is sent. The --no- options remove a start, an end, a click limit or the fallback address.</source>
        <translation>Modifica un link trovato tramite il suo suffisso e mostra il suo URL breve. Ogni servizio di link consente modifiche diverse; ciò che non consente viene rifiutato prima di inviare qualsiasi cosa. Le opzioni --no- rimuovono un inizio, una fine, un limite di clic o l&apos;indirizzo alternativo.</translation>
    </message>
    <message>
        <source>The short link&apos;s domain (default: the account&apos;s, or the only one with SLUG).</source>
        <translation>Il dominio del link breve (predefinito: quello dell&apos;account, o l&apos;unico con SLUG).</translation>
    </message>
    <message>
        <source>The new destination.</source>
        <translation>La nuova destinazione.</translation>
    </message>
    <message>
        <source>The new title.</source>
        <translation>Il nuovo titolo.</translation>
    </message>
    <message>
        <source>A tag, replacing the link&apos;s tags; repeat for several.</source>
        <translation>Un tag, che sostituisce i tag del link; ripeti per più tag.</translation>
    </message>
    <message>
        <source>A new back-half.</source>
        <translation>Un nuovo suffisso.</translation>
    </message>
    <message>
        <source>The link works at once (removes the start).</source>
        <translation>Il link funziona subito (rimuove l&apos;inizio).</translation>
    </message>
    <message>
        <source>The link never ends by date (removes the end).</source>
        <translation>Il link non termina mai per data (rimuove la fine).</translation>
    </message>
    <message>
        <source>Removes the click limit.</source>
        <translation>Rimuove il limite di clic.</translation>
    </message>
    <message>
        <source>Removes the fallback address: an ended link shows a page saying so.</source>
        <translation>Rimuove l&apos;indirizzo alternativo: un link terminato mostra una pagina che lo dice.</translation>
    </message>
    <message>
        <source>Protects the link by a new password, read from the first line of stdin (this computer&apos;s links only).</source>
        <translation>Protegge il link con una nuova password, letta dalla prima riga di stdin (solo link di questo computer).</translation>
    </message>
    <message>
        <source>Removes the password: visitors are redirected at once.</source>
        <translation>Rimuove la password: i visitatori vengono reindirizzati subito.</translation>
    </message>
    <message>
        <source>The title link previews show (this computer&apos;s links only).</source>
        <translation>Il titolo mostrato nelle anteprime dei link (solo link di questo computer).</translation>
    </message>
    <message>
        <source>Removes the link&apos;s preview: crawlers are redirected like people.</source>
        <translation>Rimuove l&apos;anteprima del link: i crawler vengono reindirizzati come le persone.</translation>
    </message>
    <message>
        <source>The link&apos;s account (default: This computer).</source>
        <translation>L&apos;account del link (predefinito: Questo computer).</translation>
    </message>
    <message>
        <source>The back-half of the link to change.</source>
        <translation>Il suffisso del link da modificare.</translation>
    </message>
    <message>
        <source>links update needs exactly one back-half.</source>
        <translation>links update richiede esattamente un suffisso.</translation>
    </message>
    <message>
        <source>--password-stdin and --no-password cannot be given together.</source>
        <translation>--password-stdin e --no-password non possono essere dati insieme.</translation>
    </message>
    <message>
        <source>The link was changed, but not its password: %1</source>
        <translation>Il link è stato modificato, ma non la sua password: %1</translation>
    </message>
    <message>
        <source>Saved offline: the change will be sent to %1 when the network is back.</source>
        <translation>Salvato offline: la modifica verrà inviata a %1 quando la rete sarà di nuovo disponibile.</translation>
    </message>
    <message>
        <source>Shows a link found by its back-half: its addresses, title, tags, clicks, limits and whether visitors must type a password. Times are local.</source>
        <translation>Mostra un link trovato tramite il suo suffisso: indirizzi, titolo, tag, clic, limiti e se i visitatori devono digitare una password. Gli orari sono locali.</translation>
    </message>
    <message>
        <source>The back-half of the link to show.</source>
        <translation>Il suffisso del link da mostrare.</translation>
    </message>
    <message>
        <source>links show needs exactly one back-half.</source>
        <translation>links show richiede esattamente un suffisso.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nessuno</translation>
    </message>
    <message>
        <source>Short URL</source>
        <translation>Link breve</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destinazione</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Clic</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Inizio</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Fine</translation>
    </message>
    <message>
        <source>Max clicks</source>
        <translation>Clic max</translation>
    </message>
    <message>
        <source>Fallback</source>
        <translation>Indirizzo alternativo</translation>
    </message>
    <message>
        <source>Password protected</source>
        <translation>Protetto da password</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sì</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Preview title</source>
        <translation>Titolo dell&apos;anteprima</translation>
    </message>
    <message>
        <source>Preview description</source>
        <translation>Descrizione dell&apos;anteprima</translation>
    </message>
    <message>
        <source>Preview image</source>
        <translation>Immagine dell&apos;anteprima</translation>
    </message>
    <message>
        <source>Deletes a link by its back-half; upper and lower case are the same.</source>
        <translation>Elimina un link tramite il suo suffisso; maiuscole e minuscole sono equivalenti.</translation>
    </message>
    <message>
        <source>The back-half of the link to delete.</source>
        <translation>Il suffisso del link da eliminare.</translation>
    </message>
    <message>
        <source>links delete needs exactly one back-half.</source>
        <translation>links delete richiede esattamente un suffisso.</translation>
    </message>
    <message>
        <source>Saved offline: the link will be deleted on %1 when the network is back.</source>
        <translation>Salvato offline: il link verrà eliminato su %1 quando la rete sarà di nuovo disponibile.</translation>
    </message>
    <message>
        <source>Deleted %1</source>
        <translation>%1 eliminato</translation>
    </message>
    <message>
        <source>SHORT LINK</source>
        <translation>LINK BREVE</translation>
    </message>
    <message>
        <source>DESTINATION</source>
        <translation>DESTINAZIONE</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TITOLO</translation>
    </message>
    <message>
        <source>TAGS</source>
        <translation>TAG</translation>
    </message>
    <message>
        <source>CLICKS</source>
        <translation>CLIC</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>CREATO</translation>
    </message>
    <message>
        <source>Error correction: L, M (default), Q or H.</source>
        <translation>Correzione degli errori: L, M (predefinito), Q o H.</translation>
    </message>
    <message>
        <source>Smallest QR version to use, 1 to 40 (default: the smallest that fits).</source>
        <translation>Versione QR minima da usare, da 1 a 40 (predefinito: la più piccola adatta).</translation>
    </message>
    <message>
        <source>Margin in modules (default 4).</source>
        <translation>Margine in moduli (predefinito 4).</translation>
    </message>
    <message>
        <source>Colour of the modules: #rrggbb, a name, or cmyk(c,m,y,k) in percent.</source>
        <translation>Colore dei moduli: #rrggbb, un nome, o cmyk(c,m,y,k) in percentuale.</translation>
    </message>
    <message>
        <source>Background colour, or &quot;transparent&quot;.</source>
        <translation>Colore di sfondo, o &quot;transparent&quot;.</translation>
    </message>
    <message>
        <source>square (default), rounded or dots.</source>
        <translation>square (predefinito), rounded o dots.</translation>
    </message>
    <message>
        <source>The corner marks: square (default) or rounded.</source>
        <translation>I segni d&apos;angolo: square (predefinito) o rounded.</translation>
    </message>
    <message>
        <source>A PNG or SVG logo centred on the code (uses error correction H).</source>
        <translation>Un logo PNG o SVG centrato sul codice (usa la correzione degli errori H).</translation>
    </message>
    <message>
        <source>--%1 takes a number from %2 to %3.</source>
        <translation>--%1 accetta un numero da %2 a %3.</translation>
    </message>
    <message>
        <source>“%1” is not a colour.</source>
        <translation>«%1» non è un colore.</translation>
    </message>
    <message>
        <source>--ecc takes L, M, Q or H.</source>
        <translation>--ecc accetta L, M, Q o H.</translation>
    </message>
    <message>
        <source>--shape takes square, rounded or dots.</source>
        <translation>--shape accetta square, rounded o dots.</translation>
    </message>
    <message>
        <source>--finder takes square or rounded.</source>
        <translation>--finder accetta square o rounded.</translation>
    </message>
    <message>
        <source>--quiet-zone and --min-version take whole numbers.</source>
        <translation>--quiet-zone e --min-version accettano numeri interi.</translation>
    </message>
    <message>
        <source>png, svg, pdf or eps; by default from the file&apos;s extension.</source>
        <translation>png, svg, pdf o eps; per impostazione predefinita dall&apos;estensione del file.</translation>
    </message>
    <message>
        <source>Printed width in millimetres, quiet zone included (default 30).</source>
        <translation>Larghezza stampata in millimetri, zona di rispetto inclusa (predefinito 30).</translation>
    </message>
    <message>
        <source>Size of one module in millimetres (instead of --size-mm).</source>
        <translation>Dimensione di un modulo in millimetri (al posto di --size-mm).</translation>
    </message>
    <message>
        <source>Resolution of PNG output (default 300).</source>
        <translation>Risoluzione dell&apos;output PNG (predefinito 300).</translation>
    </message>
    <message>
        <source>Text printed under the code.</source>
        <translation>Testo stampato sotto il codice.</translation>
    </message>
    <message>
        <source>CMYK output for print shops: PDF in DeviceCMYK, EPS in setcmykcolor; black is pure K.</source>
        <translation>Output CMYK per le tipografie: PDF in DeviceCMYK, EPS in setcmykcolor; il nero è K puro.</translation>
    </message>
    <message>
        <source>Name the file to write: -o FILE.</source>
        <translation>Indica il file da scrivere: -o FILE.</translation>
    </message>
    <message>
        <source>Choose a format: png, svg, pdf or eps (--format, or the file&apos;s extension).</source>
        <translation>Scegli un formato: png, svg, pdf o eps (--format, o l&apos;estensione del file).</translation>
    </message>
    <message>
        <source>Give either --size-mm or --module-mm, not both.</source>
        <translation>Indica --size-mm oppure --module-mm, non entrambi.</translation>
    </message>
    <message>
        <source>--cmyk is for PDF and EPS output.</source>
        <translation>--cmyk è per l&apos;output PDF ed EPS.</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>Il file PDF da scrivere.</translation>
    </message>
    <message>
        <source>a4 (default) or letter.</source>
        <translation>a4 (predefinito) o letter.</translation>
    </message>
    <message>
        <source>Columns x rows per page (default 4x6).</source>
        <translation>Colonne x righe per pagina (predefinito 4x6).</translation>
    </message>
    <message>
        <source>Page margin in millimetres (default 10).</source>
        <translation>Margine della pagina in millimetri (predefinito 10).</translation>
    </message>
    <message>
        <source>Gap between labels in millimetres (default 4).</source>
        <translation>Spazio tra le etichette in millimetri (predefinito 4).</translation>
    </message>
    <message>
        <source>Leave the short URLs off the labels.</source>
        <translation>Non stampare gli URL brevi sulle etichette.</translation>
    </message>
    <message>
        <source>Name the PDF to write: -o FILE.pdf.</source>
        <translation>Indica il PDF da scrivere: -o FILE.pdf.</translation>
    </message>
    <message>
        <source>--paper takes a4 or letter.</source>
        <translation>--paper accetta a4 o letter.</translation>
    </message>
    <message>
        <source>--grid takes columns x rows, e.g. 4x6.</source>
        <translation>--grid accetta colonne x righe, ad es. 4x6.</translation>
    </message>
    <message>
        <source>A link&apos;s back-half (its short URL is encoded), or any text or URL.</source>
        <translation>Il suffisso di un link (viene codificato il suo URL breve), o qualsiasi testo o URL.</translation>
    </message>
    <message>
        <source>qr needs exactly one text, URL or back-half.</source>
        <translation>qr richiede esattamente un testo, un URL o un suffisso.</translation>
    </message>
    <message>
        <source>Back-halves of the links to print.</source>
        <translation>Suffissi dei link da stampare.</translation>
    </message>
    <message>
        <source>qr-sheet needs back-halves and an output file: qr-sheet SLUG... -o FILE.pdf</source>
        <translation>qr-sheet richiede dei suffissi e un file di output: qr-sheet SLUG... -o FILE.pdf</translation>
    </message>
    <message>
        <source>There is no link “%1” on %2.</source>
        <translation>Non esiste il link «%1» su %2.</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>questo computer</translation>
    </message>
    <message>
        <source>the service&apos;s website</source>
        <translation>il sito web del servizio</translation>
    </message>
    <message>
        <source>%1 cannot list links through its API: only the links made with Linkdeck are listed.</source>
        <translation>%1 non può elencare i link tramite la sua API: vengono elencati solo i link creati con Linkdeck.</translation>
    </message>
    <message>
        <source>%1 cannot create links through its API; create it on %2.</source>
        <translation>%1 non può creare link tramite la sua API; crealo su %2.</translation>
    </message>
    <message>
        <source>%1 cannot change links through its API; change it on %2.</source>
        <translation>%1 non può modificare i link tramite la sua API; modificalo su %2.</translation>
    </message>
    <message>
        <source>%1 cannot change where a link leads through its API; change it on %2.</source>
        <translation>%1 non può cambiare la destinazione di un link tramite la sua API; cambiala su %2.</translation>
    </message>
    <message>
        <source>%1 cannot change a link&apos;s title through its API; change it on %2.</source>
        <translation>%1 non può cambiare il titolo di un link tramite la sua API; cambialo su %2.</translation>
    </message>
    <message>
        <source>%1 cannot change a link&apos;s tags through its API; change them on %2.</source>
        <translation>%1 non può cambiare i tag di un link tramite la sua API; cambiali su %2.</translation>
    </message>
    <message>
        <source>%1 cannot change a link&apos;s back-half; create a new link instead.</source>
        <translation>%1 non può cambiare il suffisso di un link; crea invece un nuovo link.</translation>
    </message>
    <message>
        <source>%1 cannot delete links through its API; delete it on %2.</source>
        <translation>%1 non può eliminare link tramite la sua API; eliminalo su %2.</translation>
    </message>
    <message>
        <source>%1 cannot give a link a back-half of your choice; leave out --slug.</source>
        <translation>%1 non può dare a un link un suffisso a tua scelta; ometti --slug.</translation>
    </message>
    <message>
        <source>%1 cannot give links a title through its API; leave out --title.</source>
        <translation>%1 non può dare un titolo ai link tramite la sua API; ometti --title.</translation>
    </message>
    <message>
        <source>%1 cannot tag links through its API; leave out --tag.</source>
        <translation>%1 non può assegnare tag ai link tramite la sua API; ometti --tag.</translation>
    </message>
    <message>
        <source>%1 cannot report clicks over time through its API; see them on %2.</source>
        <translation>%1 non può fornire i clic nel tempo tramite la sua API; consultali su %2.</translation>
    </message>
    <message>
        <source>Reading the links of “%1”: %2</source>
        <translation>Lettura dei link di «%1»: %2</translation>
    </message>
    <message>
        <source>There is no link “%1” in the account “%2”.</source>
        <translation>Non esiste il link «%1» nell&apos;account «%2».</translation>
    </message>
    <message>
        <source>There is no link “%1” on %2 in the account “%3”.</source>
        <translation>Non esiste il link «%1» su %2 nell&apos;account «%3».</translation>
    </message>
    <message>
        <source>The account “%1” has several links whose back-half differs from “%2” only in case (%3): write the one you mean exactly.</source>
        <translation>L&apos;account «%1» ha più link il cui suffisso differisce da «%2» solo per maiuscole e minuscole (%3): scrivi esattamente quello che intendi.</translation>
    </message>
    <message>
        <source>The account “%1” has a link “%2” on several domains (%3): choose one with --domain.</source>
        <translation>L&apos;account «%1» ha un link «%2» su più domini (%3): scegline uno con --domain.</translation>
    </message>
    <message>
        <source>First day, YYYY-MM-DD (default: 29 days before --to).</source>
        <translation>Primo giorno, AAAA-MM-GG (predefinito: 29 giorni prima di --to).</translation>
    </message>
    <message>
        <source>Last day, YYYY-MM-DD (default: today).</source>
        <translation>Ultimo giorno, AAAA-MM-GG (predefinito: oggi).</translation>
    </message>
    <message>
        <source>hour, day, week or month (default: chosen for the range).</source>
        <translation>hour, day, week o month (predefinito: scelto in base al periodo).</translation>
    </message>
    <message>
        <source>Time zone of the buckets, e.g. Europe/Berlin (default: this computer&apos;s).</source>
        <translation>Fuso orario degli intervalli, ad es. Europe/Rome (predefinito: quello di questo computer).</translation>
    </message>
    <message>
        <source>json (default) or csv.</source>
        <translation>json (predefinito) o csv.</translation>
    </message>
    <message>
        <source>Count visits by bots too (this computer&apos;s links only).</source>
        <translation>Conta anche le visite dei bot (solo link di questo computer).</translation>
    </message>
    <message>
        <source>The link&apos;s domain (default: the account&apos;s, or the only one with SLUG).</source>
        <translation>Il dominio del link (predefinito: quello dell&apos;account, o l&apos;unico con SLUG).</translation>
    </message>
    <message>
        <source>The account of the link or campaign (default: a link of This computer, a campaign in every account).</source>
        <translation>L&apos;account del link o della campagna (predefinito: un link di Questo computer, una campagna in tutti gli account).</translation>
    </message>
    <message>
        <source>A link&apos;s back-half, or a campaign (utm_campaign or tag).</source>
        <translation>Il suffisso di un link, o una campagna (utm_campaign o tag).</translation>
    </message>
    <message>
        <source>Unknown time zone “%1”.</source>
        <translation>Fuso orario sconosciuto «%1».</translation>
    </message>
    <message>
        <source>Give dates as YYYY-MM-DD, with --from not after --to.</source>
        <translation>Indica le date come AAAA-MM-GG, con --from non successiva a --to.</translation>
    </message>
    <message>
        <source>Unknown format “%1”: use json or csv.</source>
        <translation>Formato sconosciuto «%1»: usa json o csv.</translation>
    </message>
    <message>
        <source>--unit takes hour, day, week or month.</source>
        <translation>--unit accetta hour, day, week o month.</translation>
    </message>
    <message>
        <source>There is no link “%1” and no campaign or tag of that name in the account “%2”.</source>
        <translation>Non esiste il link «%1» né una campagna o un tag con quel nome nell&apos;account «%2».</translation>
    </message>
    <message>
        <source>There is no link “%1” and no campaign or tag of that name.</source>
        <translation>Non esiste il link «%1» né una campagna o un tag con quel nome.</translation>
    </message>
    <message>
        <source>There are no figures for “%1” in this period.</source>
        <translation>Nessun dato per «%1» in questo periodo.</translation>
    </message>
    <message>
        <source>--variant and --no-split cannot be given together.</source>
        <translation>--variant e --no-split non possono essere dati insieme.</translation>
    </message>
    <message>
        <source>--variant takes an address and its share of the visitors in percent, as in --variant https://shop.example/b=30.</source>
        <translation>--variant accetta un indirizzo e la sua quota di visitatori in percentuale, come in --variant https://shop.example/b=30.</translation>
    </message>
    <message>
        <source>An A/B split: another destination and its share of the visitors in percent (URL=PERCENT); repeat for up to nine. URL keeps the rest (this computer&apos;s links only).</source>
        <translation>Una ripartizione A/B: un&apos;altra destinazione e la sua quota di visitatori in percentuale (URL=PERCENTUALE); ripeti fino a nove volte. URL riceve il resto (solo link di questo computer).</translation>
    </message>
    <message>
        <source>An A/B split, replacing the link&apos;s: another destination and its share of the visitors in percent (URL=PERCENT); repeat for up to nine. The link&apos;s destination keeps the rest.</source>
        <translation>Una ripartizione A/B, che sostituisce quella del link: un&apos;altra destinazione e la sua quota di visitatori in percentuale (URL=PERCENTUALE); ripeti fino a nove volte. La destinazione del link riceve il resto.</translation>
    </message>
    <message>
        <source>Removes the A/B split: every visitor goes to the destination.</source>
        <translation>Rimuove la ripartizione A/B: ogni visitatore va alla destinazione.</translation>
    </message>
    <message>
        <source>A/B split</source>
        <translation>Ripartizione A/B</translation>
    </message>
    <message>
        <source>Counts the clicks of a link or a campaign: on this computer, and as the link services count them; with --account, the link or campaign of that account only. &quot;variants&quot; gives a link&apos;s A/B split: each destination&apos;s clicks and whether the difference is significant.</source>
        <translation>Conta i clic di un link o di una campagna: su questo computer, e come li contano i servizi di link; con --account, solo il link o la campagna di quell&apos;account. &quot;variants&quot; fornisce la ripartizione A/B di un link: i clic di ogni destinazione e se la differenza è significativa.</translation>
    </message>
    <message>
        <source>clicks, countries, referrers, devices, browsers, os or variants.</source>
        <translation>clicks, countries, referrers, devices, browsers, os o variants.</translation>
    </message>
    <message>
        <source>stats needs what to count (clicks, countries, referrers, devices, browsers, os or variants) and a back-half or campaign.</source>
        <translation>stats richiede cosa contare (clicks, countries, referrers, devices, browsers, os o variants) e un suffisso o una campagna.</translation>
    </message>
    <message>
        <source>There is no link “%1”; variants are a link&apos;s, not a campaign&apos;s.</source>
        <translation>Non esiste il link «%1»; le varianti sono di un link, non di una campagna.</translation>
    </message>
    <message>
        <source>The link “%1” has no A/B split.</source>
        <translation>Il link «%1» non ha una ripartizione A/B.</translation>
    </message>
    <message>
        <source>Rule %1: %2</source>
        <translation>Regola %1: %2</translation>
    </message>
    <message>
        <source>A targeting rule, &quot;CONDITIONS -&gt; URL&quot;, e.g. &quot;device=ios -&gt; https://apps.apple.com/app/id1&quot; or &quot;language=de, country=AT -&gt; https://shop.example/at&quot; (device, language, country, city, browser, ip, before, after, param:NAME=VALUE); repeat for several, the first that matches wins.</source>
        <translation>Una regola di targeting, &quot;CONDIZIONI -&gt; URL&quot;, ad es. &quot;device=ios -&gt; https://apps.apple.com/app/id1&quot; o &quot;language=de, country=AT -&gt; https://shop.example/at&quot; (device, language, country, city, browser, ip, before, after, param:NOME=VALORE); ripeti per più regole, vince la prima che corrisponde.</translation>
    </message>
    <message>
        <source>The link %1 was created, but not its rules: %2</source>
        <translation>Il link %1 è stato creato, ma non le sue regole: %2</translation>
    </message>
    <message>
        <source>A targeting rule, &quot;CONDITIONS -&gt; URL&quot;, replacing the link&apos;s rules; repeat for several (see links create).</source>
        <translation>Una regola di targeting, &quot;CONDIZIONI -&gt; URL&quot;, che sostituisce le regole del link; ripeti per più regole (vedi links create).</translation>
    </message>
    <message>
        <source>Removes the link&apos;s targeting rules.</source>
        <translation>Rimuove le regole di targeting del link.</translation>
    </message>
    <message>
        <source>--rule and --no-rules cannot be given together.</source>
        <translation>--rule e --no-rules non possono essere dati insieme.</translation>
    </message>
    <message>
        <source>links update needs something to change: --url, --title, --tag, --new-slug, a limit (--starts, --expires, --max-clicks, --fallback or their --no- options), --password-stdin, --no-password, a --preview- option, --no-preview, --variant, --no-split, --rule or --no-rules.</source>
        <translation>links update richiede qualcosa da modificare: --url, --title, --tag, --new-slug, un limite (--starts, --expires, --max-clicks, --fallback o le loro opzioni --no-), --password-stdin, --no-password, un&apos;opzione --preview-, --no-preview, --variant, --no-split, --rule o --no-rules.</translation>
    </message>
    <message>
        <source>The link was changed, but not its rules: %1</source>
        <translation>Il link è stato modificato, ma non le sue regole: %1</translation>
    </message>
    <message>
        <source>Rules: could not be read: %1</source>
        <translation>Regole: impossibile leggerle: %1</translation>
    </message>
    <message>
        <source>Rules: none</source>
        <translation>Regole: nessuna</translation>
    </message>
    <message>
        <source>Also write each link&apos;s clicks by country, referrer, device, browser and operating system, most first, as the statistics count them (bots left out).</source>
        <translation>Scrive anche i clic di ogni link per paese, referrer, dispositivo, browser e sistema operativo, prima i più numerosi, contati come nelle statistiche (bot esclusi).</translation>
    </message>
    <message>
        <source>%1 of %2 links written</source>
        <translation>%1 di %2 link scritti</translation>
    </message>
</context>
<context>
    <name>Linkdeck::ClickSeriesModel</name>
    <message>
        <source>Start</source>
        <translation>Inizio</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Clic</translation>
    </message>
</context>
<context>
    <name>Linkdeck::CuttlyProvider</name>
    <message>
        <source>Cuttly did not accept the API key of “%1”. Check it in Preferences &gt; Accounts.</source>
        <translation>Cuttly non ha accettato la chiave API di «%1». Controllala in Preferenze &gt; Account.</translation>
    </message>
    <message>
        <source>The Cuttly plan of “%1” allows only a few requests a minute. Linkdeck will try again shortly; wait a minute if it fails.</source>
        <translation>Il piano Cuttly di «%1» consente solo poche richieste al minuto. Linkdeck riproverà a breve; se non riesce, attendi un minuto.</translation>
    </message>
    <message>
        <source>This address is already a Cuttly short link.</source>
        <translation>Questo indirizzo è già un link breve di Cuttly.</translation>
    </message>
    <message>
        <source>Cuttly says the destination is not a valid web address.</source>
        <translation>Cuttly indica che la destinazione non è un indirizzo web valido.</translation>
    </message>
    <message>
        <source>This back-half is already used on Cuttly. Choose another one.</source>
        <translation>Questo suffisso è già usato su Cuttly. Scegline un altro.</translation>
    </message>
    <message>
        <source>Cuttly did not accept the API key. Check it in Preferences &gt; Accounts.</source>
        <translation>Cuttly non ha accettato la chiave API. Controllala in Preferenze &gt; Account.</translation>
    </message>
    <message>
        <source>Cuttly accepts only letters, digits, “-” and “_” in a back-half.</source>
        <translation>Cuttly accetta solo lettere, cifre, «-» e «_» in un suffisso.</translation>
    </message>
    <message>
        <source>Cuttly blocks links to this destination&apos;s domain.</source>
        <translation>Cuttly blocca i link verso il dominio di questa destinazione.</translation>
    </message>
    <message>
        <source>Your Cuttly plan&apos;s monthly link limit is reached.</source>
        <translation>È stato raggiunto il limite mensile di link del tuo piano Cuttly.</translation>
    </message>
    <message>
        <source>Cuttly sent a reply Linkdeck could not understand. Try again later.</source>
        <translation>Cuttly ha inviato una risposta che Linkdeck non capisce. Riprova più tardi.</translation>
    </message>
    <message>
        <source>Cuttly checks the back-half when the link is created.</source>
        <translation>Cuttly verifica il suffisso quando il link viene creato.</translation>
    </message>
    <message>
        <source>Cuttly does not know this link any more.</source>
        <translation>Cuttly non conosce più questo link.</translation>
    </message>
    <message>
        <source>Cuttly&apos;s API cannot change a link. Edit it on cutt.ly.</source>
        <translation>L&apos;API di Cuttly non può modificare un link. Modificalo su cutt.ly.</translation>
    </message>
    <message>
        <source>Cuttly&apos;s API cannot delete a link. Delete it on cutt.ly.</source>
        <translation>L&apos;API di Cuttly non può eliminare un link. Eliminalo su cutt.ly.</translation>
    </message>
    <message>
        <source>Cuttly&apos;s API cannot list links; Linkdeck shows the ones made here.</source>
        <translation>L&apos;API di Cuttly non può elencare i link; Linkdeck mostra quelli creati qui.</translation>
    </message>
    <message>
        <source>Cuttly gives a link&apos;s total clicks only, not clicks over time.</source>
        <translation>Cuttly fornisce solo il totale dei clic di un link, non i clic nel tempo.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Database</name>
    <message>
        <source>The link database “%1” is damaged (SQLite found errors in it); restore a backup.</source>
        <translation>Il database dei link «%1» è danneggiato (SQLite vi ha trovato errori); ripristina un backup.</translation>
    </message>
    <message>
        <source>“%1” is not a Linkdeck database: it is not an SQLite file. Move it away, or choose another folder for Linkdeck&apos;s data.</source>
        <translation>«%1» non è un database di Linkdeck: non è un file SQLite. Spostalo altrove, o scegli un&apos;altra cartella per i dati di Linkdeck.</translation>
    </message>
    <message>
        <source>The link database “%1” cannot be opened for writing: the file or its folder is read-only, or the folder cannot be created. Choose a folder you may write to, or change its permissions.</source>
        <translation>Il database dei link «%1» non può essere aperto in scrittura: il file o la sua cartella sono di sola lettura, oppure la cartella non può essere creata. Scegli una cartella in cui puoi scrivere, o modificane i permessi.</translation>
    </message>
    <message>
        <source>The link database “%1” cannot be written: the disk is full. Free some space and try again.</source>
        <translation>Impossibile scrivere nel database dei link «%1»: il disco è pieno. Libera spazio e riprova.</translation>
    </message>
    <message>
        <source>The link database “%1” could not be read or written (an input/output error): check the disk.</source>
        <translation>Impossibile leggere o scrivere il database dei link «%1» (errore di input/output): controlla il disco.</translation>
    </message>
    <message>
        <source>The link database “%1” is busy in another program; try again in a moment.</source>
        <translation>Il database dei link «%1» è occupato da un altro programma; riprova tra un momento.</translation>
    </message>
    <message>
        <source>Could not open the link database “%1”.</source>
        <translation>Impossibile aprire il database dei link «%1».</translation>
    </message>
    <message>
        <source>The disk is full: free some space and try again. Nothing was lost.</source>
        <translation>Il disco è pieno: libera spazio e riprova. Non è andato perso nulla.</translation>
    </message>
    <message>
        <source>The database file cannot be written (it is read-only).</source>
        <translation>Impossibile scrivere il file del database (è di sola lettura).</translation>
    </message>
    <message>
        <source>The database is busy in another program; try again in a moment.</source>
        <translation>Il database è occupato da un altro programma; riprova tra un momento.</translation>
    </message>
    <message>
        <source>The link database is damaged; restore a backup.</source>
        <translation>Il database dei link è danneggiato; ripristina un backup.</translation>
    </message>
    <message>
        <source>The link database “%1” was written by a newer version of Linkdeck. Update Linkdeck to open it.</source>
        <translation>Il database dei link «%1» è stato scritto da una versione più recente di Linkdeck. Aggiorna Linkdeck per aprirlo.</translation>
    </message>
    <message>
        <source>Could not back up the link database before updating it.</source>
        <translation>Impossibile eseguire il backup del database dei link prima di aggiornarlo.</translation>
    </message>
    <message>
        <source>Could not update the link database.</source>
        <translation>Impossibile aggiornare il database dei link.</translation>
    </message>
    <message>
        <source>Could not update the link database to version %1. It was left as it was.</source>
        <translation>Impossibile aggiornare il database dei link alla versione %1. È stato lasciato com&apos;era.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::AccountDialog</name>
    <message>
        <source>Default domain</source>
        <translation>Dominio predefinito</translation>
    </message>
    <message>
        <source>Show the token</source>
        <translation>Mostra il token</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Aggiungi</translation>
    </message>
    <message>
        <source>Edit Account</source>
        <translation>Modifica account</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salva</translation>
    </message>
    <message>
        <source>unchanged (kept until you quit)</source>
        <translation>invariato (conservato fino all&apos;uscita)</translation>
    </message>
    <message>
        <source>This computer has no keychain: the token is kept only until Linkdeck quits, not in Linkdeck&apos;s files.</source>
        <translation>Questo computer non ha un portachiavi: il token viene conservato solo fino alla chiusura di Linkdeck, non nei file di Linkdeck.</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>invariato</translation>
    </message>
    <message>
        <source>unchanged (kept in the keychain)</source>
        <translation>invariato (conservato nel portachiavi)</translation>
    </message>
    <message>
        <source>not kept: type the token</source>
        <translation>non conservato: digita il token</translation>
    </message>
    <message>
        <source>not in the keychain: type the token</source>
        <translation>non presente nel portachiavi: digita il token</translation>
    </message>
    <message>
        <source>This computer has no keychain, so the token was not kept after Linkdeck quit.</source>
        <translation>Questo computer non ha un portachiavi, quindi il token non è stato conservato dopo la chiusura di Linkdeck.</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>&amp;Indirizzo del server:</translation>
    </message>
    <message>
        <source>API &amp;address:</source>
        <translation>&amp;Indirizzo API:</translation>
    </message>
    <message>
        <source>https://s.example.com</source>
        <translation>https://s.example.com</translation>
    </message>
    <message>
        <source>the service&apos;s own (leave empty)</source>
        <translation>quello del servizio (lascia vuoto)</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Gruppo:</translation>
    </message>
    <message>
        <source>&amp;Workspace:</source>
        <translation>Spazio di &amp;lavoro:</translation>
    </message>
    <message>
        <source>the account&apos;s default group</source>
        <translation>il gruppo predefinito dell&apos;account</translation>
    </message>
    <message>
        <source>none (the main workspace)</source>
        <translation>nessuno (lo spazio di lavoro principale)</translation>
    </message>
    <message>
        <source>Give the account a name.</source>
        <translation>Assegna un nome all&apos;account.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connessione…</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>Connesso.</translation>
    </message>
    <message numerus="yes">
        <source>Connected. %n domain(s) available.</source>
        <translation>
            <numerusform>Connesso. %n dominio disponibile.</numerusform>
            <numerusform>Connesso. %n domini disponibili.</numerusform>
        </translation>
    </message>
    <message>
        <source>No Keychain</source>
        <translation>Nessun portachiavi</translation>
    </message>
    <message>
        <source>%1

Linkdeck can use the token until you quit, without saving it anywhere. You will be asked for it again next time.</source>
        <translation>%1

Linkdeck può usare il token fino all&apos;uscita, senza salvarlo da nessuna parte. Ti verrà richiesto di nuovo la prossima volta.</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Modifiche non salvate</translation>
    </message>
    <message>
        <source>The account has changes that are not saved. Save them?</source>
        <translation>L&apos;account ha modifiche non salvate. Salvarle?</translation>
    </message>
    <message>
        <source>The account has changes that are not saved, and they cannot be saved as they are. Discard them?</source>
        <translation>L&apos;account ha modifiche non salvate che non si possono salvare così come sono. Scartarle?</translation>
    </message>
    <message>
        <source>Account Not Added</source>
        <translation>Account non aggiunto</translation>
    </message>
    <message>
        <source>The account has not been added yet. Add it now?</source>
        <translation>L&apos;account non è ancora stato aggiunto. Aggiungerlo ora?</translation>
    </message>
    <message>
        <source>The account has not been added, and it cannot be added as it is. Discard what you typed?</source>
        <translation>L&apos;account non è stato aggiunto e non si può aggiungere così com&apos;è. Scartare ciò che hai scritto?</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::AccountsPage</name>
    <message>
        <source>Accounts</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servizio</translation>
    </message>
    <message>
        <source>Default domain</source>
        <translation>Dominio predefinito</translation>
    </message>
    <message>
        <source>Last synchronised</source>
        <translation>Ultima sincronizzazione</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Aggiungi…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifica…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Rimuovi</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Verifica connessione</translation>
    </message>
    <message>
        <source>never</source>
        <translation>mai</translation>
    </message>
    <message>
        <source>%1 cannot list an account&apos;s links: Linkdeck shows the ones made here and updates their clicks.</source>
        <translation>%1 non può elencare i link di un account: Linkdeck mostra quelli creati qui e ne aggiorna i clic.</translation>
    </message>
    <message>
        <source>“%1” was added. Its links appear in the main window after the next sync.</source>
        <translation>«%1» è stato aggiunto. I suoi link appariranno nella finestra principale dopo la prossima sincronizzazione.</translation>
    </message>
    <message>
        <source>Remove Account</source>
        <translation>Rimuovi account</translation>
    </message>
    <message>
        <source>Remove “%1” from Linkdeck? Its links stay on %2; Linkdeck forgets its copy of them and its token.</source>
        <translation>Rimuovere «%1» da Linkdeck? I suoi link restano su %2; Linkdeck dimentica la sua copia dei link e il suo token.</translation>
    </message>
    <message>
        <source>the Shlink server</source>
        <translation>il server Shlink</translation>
    </message>
    <message>
        <source>the service</source>
        <translation>il servizio</translation>
    </message>
    <message>
        <source>“%1” was removed.</source>
        <translation>«%1» è stato rimosso.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connessione…</translation>
    </message>
    <message>
        <source>Connected: the token works.</source>
        <translation>Connesso: il token funziona.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::CampaignDialog</name>
    <message>
        <source>New Campaign</source>
        <translation>Nuova campagna</translation>
    </message>
    <message>
        <source>&amp;Campaign:</source>
        <translation>&amp;Campagna:</translation>
    </message>
    <message>
        <source>spring-sale</source>
        <translation>saldi-primavera</translation>
    </message>
    <message>
        <source>https://shop.example/spring
(one address per line)</source>
        <translation>https://shop.example/primavera
(un indirizzo per riga)</translation>
    </message>
    <message>
        <source>&amp;Destinations:</source>
        <translation>&amp;Destinazioni:</translation>
    </message>
    <message>
        <source>&amp;Sources:</source>
        <translation>&amp;Origini:</translation>
    </message>
    <message>
        <source>newsletter, facebook, linkedin</source>
        <translation>newsletter, facebook, linkedin</translation>
    </message>
    <message>
        <source>&amp;Mediums:</source>
        <translation>&amp;Mezzi:</translation>
    </message>
    <message>
        <source>email, social, print</source>
        <translation>email, social, print</translation>
    </message>
    <message>
        <source>C&amp;ontents:</source>
        <translation>Co&amp;ntenuti:</translation>
    </message>
    <message>
        <source>optional: hero, footer</source>
        <translation>facoltativo: hero, footer</translation>
    </message>
    <message>
        <source>&amp;Back-halves:</source>
        <translation>&amp;Suffissi:</translation>
    </message>
    <message>
        <source>Made of {campaign}, {source}, {medium}, {content}, {term}, {page} (the destination&apos;s last part) and {n} (1, 2, 3, …)</source>
        <translation>Composti da {campaign}, {source}, {medium}, {content}, {term}, {page} (l&apos;ultima parte della destinazione) e {n} (1, 2, 3, …)</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Tag:</translation>
    </message>
    <message>
        <source>optional: spring, 2027</source>
        <translation>facoltativo: primavera, 2027</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>&amp;Account:</translation>
    </message>
    <message>
        <source>Links of the campaign</source>
        <translation>Link della campagna</translation>
    </message>
    <message>
        <source>Back-half</source>
        <translation>Suffisso</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destinazione</translation>
    </message>
    <message>
        <source>Create Links</source>
        <translation>Crea link</translation>
    </message>
    <message>
        <source>&amp;QR Codes…</source>
        <translation>Codici &amp;QR…</translation>
    </message>
    <message>
        <source>&amp;Print Labels…</source>
        <translation>Stam&amp;pa etichette…</translation>
    </message>
    <message numerus="yes">
        <source>Create %Ln Link(s)</source>
        <translation>
            <numerusform>Crea %Ln link</numerusform>
            <numerusform>Crea %Ln link</numerusform>
        </translation>
    </message>
    <message>
        <source>Linkdeck cannot use this account.</source>
        <translation>Linkdeck non può usare questo account.</translation>
    </message>
    <message>
        <source>Creating the links…</source>
        <translation>Creazione dei link…</translation>
    </message>
    <message>
        <source>Links Not Created</source>
        <translation>Link non creati</translation>
    </message>
    <message>
        <source>The campaign&apos;s links have not been created yet. Create them now?</source>
        <translation>I link della campagna non sono ancora stati creati. Crearli ora?</translation>
    </message>
    <message>
        <source>The campaign&apos;s links have not been created, and they cannot be created as they are. Discard what you typed?</source>
        <translation>I link della campagna non sono stati creati e non si possono creare così come sono. Scartare ciò che hai scritto?</translation>
    </message>
    <message>
        <source>Stopped: %1 created. Press “%2” to make the rest; links already made are not made twice.</source>
        <translation>Interrotto: %1 creati. Premi «%2» per creare il resto; i link già creati non vengono creati due volte.</translation>
    </message>
    <message>
        <source>Stop Creating Links?</source>
        <translation>Interrompere la creazione dei link?</translation>
    </message>
    <message>
        <source>%1 of %2 links are done so far. Stop now? The links already made stay, and this window lists them.</source>
        <translation>%1 di %2 link completati finora. Interrompere ora? I link già creati restano e questa finestra li elenca.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Interrompi</translation>
    </message>
    <message>
        <source>Keep Creating</source>
        <translation>Continua a creare</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Interruzione…</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::DetailPane</name>
    <message>
        <source>Select a link to see its details.</source>
        <translation>Seleziona un link per vederne i dettagli.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copia</translation>
    </message>
    <message>
        <source>Copy the short link to the clipboard</source>
        <translation>Copia il link breve negli appunti</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Apri</translation>
    </message>
    <message>
        <source>Open the short link in the web browser</source>
        <translation>Apri il link breve nel browser</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifica…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Elimina</translation>
    </message>
    <message>
        <source>Redirect Rules…</source>
        <translation>Regole di reindirizzamento…</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destinazione</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagna</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>Tracciamento</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Clic</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creato</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modificato</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Limiti</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Stato</translation>
    </message>
    <message>
        <source>QR Code…</source>
        <translation>Codice QR…</translation>
    </message>
    <message>
        <source>Make a print-ready QR code of this link</source>
        <translation>Crea un codice QR pronto per la stampa di questo link</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nessuno</translation>
    </message>
    <message>
        <source>source: %1</source>
        <translation>origine: %1</translation>
    </message>
    <message>
        <source>medium: %1</source>
        <translation>mezzo: %1</translation>
    </message>
    <message>
        <source>term: %1</source>
        <translation>termine: %1</translation>
    </message>
    <message>
        <source>content: %1</source>
        <translation>contenuto: %1</translation>
    </message>
    <message>
        <source>starts %1</source>
        <translation>inizia %1</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>scade %1</translation>
    </message>
    <message numerus="yes">
        <source>at most %n click(s)</source>
        <translation>
            <numerusform>al massimo %n clic</numerusform>
            <numerusform>al massimo %n clic</numerusform>
        </translation>
    </message>
    <message>
        <source>then goes to %1</source>
        <translation>poi porta a %1</translation>
    </message>
    <message>
        <source>password-protected: visitors type a password first</source>
        <translation>protetto da password: i visitatori digitano prima una password</translation>
    </message>
    <message numerus="yes">
        <source>%Ln link(s) selected</source>
        <translation>
            <numerusform>%Ln link selezionato</numerusform>
            <numerusform>%Ln link selezionati</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln click(s) together</source>
        <translation>
            <numerusform>%Ln clic in tutto</numerusform>
            <numerusform>%Ln clic in tutto</numerusform>
        </translation>
    </message>
    <message>
        <source>A/B split</source>
        <translation>Ripartizione A/B</translation>
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
        <translation>Esporta link</translation>
    </message>
    <message>
        <source>The links the table shows, with every field and their clicks. A file ending in .csv opens in Excel as it is; .xlsx is an Excel workbook, .json is for other programs.</source>
        <translation>I link mostrati nella tabella, con tutti i campi e i loro clic. Un file che termina in .csv si apre così com&apos;è in Excel; .xlsx è una cartella di lavoro Excel, .json è per altri programmi.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Sfoglia…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>&amp;Include each link&apos;s countries, referrers and devices</source>
        <translation>&amp;Includi paesi, referrer e dispositivi di ogni link</translation>
    </message>
    <message>
        <source>One column each for countries, referrers, devices, browsers and operating systems, most clicks first, as the statistics count them. A link of another service has them once its statistics were shown from its first day to today.</source>
        <translation>Una colonna ciascuno per paesi, referrer, dispositivi, browser e sistemi operativi, prima quelli con più clic, contati come nelle statistiche. Un link di un altro servizio li ha dopo che le sue statistiche sono state mostrate dal primo giorno a oggi.</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Esporta</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv);;Excel workbook (*.xlsx);;JSON (*.json)</source>
        <translation>CSV per Excel (*.csv);;Cartella di lavoro Excel (*.xlsx);;JSON (*.json)</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::GettingStartedDialog</name>
    <message>
        <source>Getting Started with Linkdeck</source>
        <translation>Introduzione a Linkdeck</translation>
    </message>
    <message>
        <source>Getting started guide</source>
        <translation>Guida introduttiva</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Per iniziare</translation>
    </message>
    <message>
        <source>1. Create a short link</source>
        <translation>1. Crea un link breve</translation>
    </message>
    <message>
        <source>Press %1 (File &gt; New Link), paste the address your link should open and choose a back-half, such as &lt;i&gt;spring-sale&lt;/i&gt;. Links on “This computer” are served by Linkdeck&apos;s own link server, shown under the sidebar.</source>
        <translation>Premi %1 (File &gt; Nuovo link), incolla l&apos;indirizzo che il link deve aprire e scegli un suffisso, ad esempio &lt;i&gt;saldi-primavera&lt;/i&gt;. I link di «Questo computer» sono serviti dal server di link di Linkdeck, mostrato sotto la barra laterale.</translation>
    </message>
    <message>
        <source>2. Or connect a link service</source>
        <translation>2. Oppure collega un servizio di link</translation>
    </message>
    <message>
        <source>In File &gt; Accounts, add your Bitly, Rebrandly, Shlink or Cuttly account with its API token. Its links appear in the table, and new links can be made there too. Tokens stay in your system&apos;s keychain.</source>
        <translation>In File &gt; Account, aggiungi il tuo account Bitly, Rebrandly, Shlink o Cuttly con il suo token API. I suoi link compaiono nella tabella, e puoi crearne di nuovi anche lì. I token restano nel portachiavi del sistema.</translation>
    </message>
    <message>
        <source>3. Track a campaign</source>
        <translation>3. Monitora una campagna</translation>
    </message>
    <message>
        <source>In New Link, fill in the tracking fields (source, medium, campaign). The sidebar then lists the campaign; choose it and press %1 to see its clicks over time, countries, referrers and devices.</source>
        <translation>In Nuovo link, compila i campi di tracciamento (origine, mezzo, campagna). La barra laterale elenca quindi la campagna; sceglila e premi %1 per vedere i clic nel tempo, i paesi, i referrer e i dispositivi.</translation>
    </message>
    <message>
        <source>4. Print a QR code</source>
        <translation>4. Stampa un codice QR</translation>
    </message>
    <message>
        <source>Select a link and press %1 for the QR studio: size in millimetres, colours, a logo, and export for print (PDF, SVG, EPS). %2 prints the selected links as labels.</source>
        <translation>Seleziona un link e premi %1 per lo studio QR: dimensioni in millimetri, colori, un logo ed esportazione per la stampa (PDF, SVG, EPS). %2 stampa i link selezionati come etichette.</translation>
    </message>
    <message>
        <source>Working with the keyboard</source>
        <translation>Usare la tastiera</translation>
    </message>
    <message>
        <source>%1 moves between the sidebar, the links and the details, and Tab within them. %2 finds a link, Esc clears the filter, %3 copies the selected short link.</source>
        <translation>%1 passa tra barra laterale, link e dettagli, e Tab si sposta al loro interno. %2 cerca un link, Esc cancella il filtro, %3 copia il link breve selezionato.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::ImportWizard</name>
    <message>
        <source>Row</source>
        <translation>Riga</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Esito</translation>
    </message>
    <message>
        <source>Short link</source>
        <translation>Link breve</translation>
    </message>
    <message>
        <source>Destination or reason</source>
        <translation>Destinazione o motivo</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Righe</translation>
    </message>
    <message>
        <source>Choose a File</source>
        <translation>Scegli un file</translation>
    </message>
    <message>
        <source>A spreadsheet saved as CSV or Unicode text, a JSON file, or an export of Bitly, Rebrandly, Shlink, YOURLS or Kutt.</source>
        <translation>Un foglio di calcolo salvato come CSV o testo Unicode, un file JSON, o un&apos;esportazione di Bitly, Rebrandly, Shlink, YOURLS o Kutt.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>File</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Sfoglia…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;File:</translation>
    </message>
    <message>
        <source>&amp;Into:</source>
        <translation>I&amp;n:</translation>
    </message>
    <message>
        <source>Skip the row</source>
        <translation>Salta la riga</translation>
    </message>
    <message>
        <source>Use the next free back-half</source>
        <translation>Usa il prossimo suffisso libero</translation>
    </message>
    <message>
        <source>Point the existing link to the row&apos;s destination</source>
        <translation>Reindirizza il link esistente alla destinazione della riga</translation>
    </message>
    <message>
        <source>When a back-half is &amp;taken:</source>
        <translation>Quando un suffisso è &amp;occupato:</translation>
    </message>
    <message>
        <source>Import Links</source>
        <translation>Importa link</translation>
    </message>
    <message>
        <source>Tables of links (*.csv *.tsv *.txt *.json);;All files (*)</source>
        <translation>Tabelle di link (*.csv *.tsv *.txt *.json);;Tutti i file (*)</translation>
    </message>
    <message>
        <source>Check the Columns</source>
        <translation>Controlla le colonne</translation>
    </message>
    <message>
        <source>Each column becomes what its menu says; choose “%1” to leave one out.</source>
        <translation>Ogni colonna diventa ciò che indica il suo menu; scegli «%1» per escluderne una.</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonna</translation>
    </message>
    <message>
        <source>Becomes</source>
        <translation>Diventa</translation>
    </message>
    <message>
        <source>First row</source>
        <translation>Prima riga</translation>
    </message>
    <message>
        <source>%1, columns separated by “%2”.</source>
        <translation>%1, colonne separate da «%2».</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulazione</translation>
    </message>
    <message>
        <source>This looks like an export of %1.</source>
        <translation>Sembra un&apos;esportazione di %1.</translation>
    </message>
    <message>
        <source>Column %1 becomes</source>
        <translation>La colonna %1 diventa</translation>
    </message>
    <message>
        <source>Check Every Row</source>
        <translation>Controlla ogni riga</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importa</translation>
    </message>
    <message>
        <source>Nothing is made yet. Import makes the links marked “will create”.</source>
        <translation>Non è stato ancora creato nulla. Importa crea i link contrassegnati «verrà creato».</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>In&amp;terrompi</translation>
    </message>
    <message>
        <source>Save &amp;Report…</source>
        <translation>Salva &amp;report…</translation>
    </message>
    <message>
        <source>Save Import Report</source>
        <translation>Salva il report di importazione</translation>
    </message>
    <message>
        <source>import report.csv</source>
        <translation>report importazione.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importa</translation>
    </message>
    <message>
        <source>Reading every row…</source>
        <translation>Lettura di ogni riga…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importazione…</translation>
    </message>
    <message>
        <source>Report saved in %1.</source>
        <translation>Report salvato in %1.</translation>
    </message>
    <message>
        <source>Could not save the report: %1</source>
        <translation>Impossibile salvare il report: %1</translation>
    </message>
    <message>
        <source>“%1” cannot be opened: %2</source>
        <translation>Impossibile aprire «%1»: %2</translation>
    </message>
    <message>
        <source>Linkdeck cannot use this account.</source>
        <translation>Linkdeck non può usare questo account.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::LinkCommands</name>
    <message>
        <source>Export Links</source>
        <translation>Esporta link</translation>
    </message>
    <message>
        <source>links.csv</source>
        <translation>link.csv</translation>
    </message>
    <message>
        <source>Choose a file name ending in .csv, .xlsx or .json.</source>
        <translation>Scegli un nome di file che termini con .csv, .xlsx o .json.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln link(s) saved in %1.</source>
        <translation>
            <numerusform>%Ln link salvato in %1.</numerusform>
            <numerusform>%Ln link salvati in %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied %1 to the clipboard</source>
        <translation>%1 copiato negli appunti</translation>
    </message>
    <message>
        <source>Delete %1? People who open it will no longer reach %2.</source>
        <translation>Eliminare %1? Chi lo apre non raggiungerà più %2.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n link(s)? People who open them will no longer reach their destinations.</source>
        <translation>
            <numerusform>Eliminare %n link? Chi lo apre non raggiungerà più la sua destinazione.</numerusform>
            <numerusform>Eliminare %n link? Chi li apre non raggiungerà più le loro destinazioni.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Links</source>
        <translation>Elimina link</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>Eliminato.</translation>
    </message>
    <message>
        <source>Some Links Were Not Deleted</source>
        <translation>Alcuni link non sono stati eliminati</translation>
    </message>
    <message>
        <source>Removed the redirect rules of %1</source>
        <translation>Regole di reindirizzamento di %1 rimosse</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n redirect rule(s) of %1</source>
        <translation>
            <numerusform>Salvata %n regola di reindirizzamento di %1</numerusform>
            <numerusform>Salvate %n regole di reindirizzamento di %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 salvato</translation>
    </message>
    <message>
        <source>Labels Not Printed</source>
        <translation>Etichette non stampate</translation>
    </message>
    <message>
        <source>Print QR Labels</source>
        <translation>Stampa etichette QR</translation>
    </message>
    <message>
        <source>Exporting links…</source>
        <translation>Esportazione dei link…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>The file could not be written.</source>
        <translation>Impossibile scrivere il file.</translation>
    </message>
    <message>
        <source>Export stopped; no file was written.</source>
        <translation>Esportazione interrotta; nessun file è stato scritto.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::LinkDialog</name>
    <message>
        <source>New Link</source>
        <translation>Nuovo link</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>A&amp;ccount:</translation>
    </message>
    <message>
        <source>https://example.com/spring-sale</source>
        <translation>https://example.com/saldi-primavera</translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation>&amp;Destinazione:</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Dominio</translation>
    </message>
    <message>
        <source>random</source>
        <translation>casuale</translation>
    </message>
    <message>
        <source>Back-half</source>
        <translation>Suffisso</translation>
    </message>
    <message>
        <source>Short &amp;link:</source>
        <translation>Lin&amp;k breve:</translation>
    </message>
    <message>
        <source>Shown in your link list only</source>
        <translation>Mostrato solo nel tuo elenco di link</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titolo:</translation>
    </message>
    <message>
        <source>Separate tags with commas, e.g. print, spring</source>
        <translation>Separa i tag con virgole, ad es. print, primavera</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>T&amp;ag:</translation>
    </message>
    <message>
        <source>Campaign trac&amp;king (UTM)</source>
        <translation>T&amp;racciamento campagna (UTM)</translation>
    </message>
    <message>
        <source>Choose a preset…</source>
        <translation>Scegli un modello…</translation>
    </message>
    <message>
        <source>P&amp;reset:</source>
        <translation>&amp;Modello:</translation>
    </message>
    <message>
        <source>where the visitor comes from, e.g. newsletter</source>
        <translation>da dove arriva il visitatore, ad es. newsletter</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>&amp;Origine:</translation>
    </message>
    <message>
        <source>the kind of channel, e.g. email</source>
        <translation>il tipo di canale, ad es. email</translation>
    </message>
    <message>
        <source>Med&amp;ium:</source>
        <translation>Me&amp;zzo:</translation>
    </message>
    <message>
        <source>e.g. spring-sale</source>
        <translation>ad es. saldi-primavera</translation>
    </message>
    <message>
        <source>&amp;Campaign:</source>
        <translation>Campagna:</translation>
    </message>
    <message>
        <source>optional: paid search keyword</source>
        <translation>facoltativo: parola chiave di ricerca a pagamento</translation>
    </message>
    <message>
        <source>Term:</source>
        <translation>T&amp;ermine:</translation>
    </message>
    <message>
        <source>optional: which ad or button</source>
        <translation>facoltativo: quale annuncio o pulsante</translation>
    </message>
    <message>
        <source>Co&amp;ntent:</source>
        <translation>Co&amp;ntenuto:</translation>
    </message>
    <message>
        <source>Use lower case (analytics tools count “Email” and “email” apart)</source>
        <translation>Usa il minuscolo (gli strumenti di analisi contano «Email» ed «email» separatamente)</translation>
    </message>
    <message>
        <source>Final address</source>
        <translation>Indirizzo finale</translation>
    </message>
    <message>
        <source>Opens:</source>
        <translation>Apre:</translation>
    </message>
    <message>
        <source>Create Link</source>
        <translation>Crea link</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Limiti</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>&amp;Inizio:</translation>
    </message>
    <message>
        <source>Before this time the link is not active yet.</source>
        <translation>Prima di questo momento il link non è ancora attivo.</translation>
    </message>
    <message>
        <source>Start date and time</source>
        <translation>Data e ora di inizio</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>&amp;Fine:</translation>
    </message>
    <message>
        <source>From this time on the link has ended.</source>
        <translation>Da questo momento il link è terminato.</translation>
    </message>
    <message>
        <source>End date and time</source>
        <translation>Data e ora di fine</translation>
    </message>
    <message>
        <source>At &amp;most:</source>
        <translation>A&amp;l massimo:</translation>
    </message>
    <message>
        <source>After this many clicks the link has ended.</source>
        <translation>Dopo questo numero di clic il link è terminato.</translation>
    </message>
    <message>
        <source>Most clicks</source>
        <translation>Clic massimi</translation>
    </message>
    <message>
        <source>clicks</source>
        <translation>clic</translation>
    </message>
    <message>
        <source>empty: a page says the link has ended</source>
        <translation>vuoto: una pagina dice che il link è terminato</translation>
    </message>
    <message>
        <source>Address after the end</source>
        <translation>Indirizzo dopo la fine</translation>
    </message>
    <message>
        <source>T&amp;hen go to:</source>
        <translation>&amp;Poi vai a:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Pass&amp;word:</translation>
    </message>
    <message>
        <source>Visitors must type this password before they are sent on.</source>
        <translation>I visitatori devono digitare questa password prima di essere reindirizzati.</translation>
    </message>
    <message>
        <source>Password for visitors</source>
        <translation>Password per i visitatori</translation>
    </message>
    <message>
        <source>Social pre&amp;view</source>
        <translation>Anteprima sui &amp;social</translation>
    </message>
    <message>
        <source>What link previews show when the short link is pasted into LinkedIn, Facebook, X, Slack or a chat. People who click it are sent on as always.</source>
        <translation>Cosa mostrano le anteprime quando il link breve viene incollato in LinkedIn, Facebook, X, Slack o una chat. Chi fa clic viene reindirizzato come sempre.</translation>
    </message>
    <message>
        <source>e.g. Spring sale: half price</source>
        <translation>ad es. Saldi di primavera: metà prezzo</translation>
    </message>
    <message>
        <source>one or two sentences</source>
        <translation>una o due frasi</translation>
    </message>
    <message>
        <source>https://… (1200 × 630 pixels suit most)</source>
        <translation>https://… (1200 × 630 pixel va bene quasi ovunque)</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titolo:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Descrizione:</translation>
    </message>
    <message>
        <source>Image address:</source>
        <translation>Indirizzo dell&apos;immagine:</translation>
    </message>
    <message>
        <source>Preview card</source>
        <translation>Scheda di anteprima</translation>
    </message>
    <message>
        <source>No image: a small card</source>
        <translation>Nessuna immagine: una scheda piccola</translation>
    </message>
    <message>
        <source>Image from %1</source>
        <translation>Immagine da %1</translation>
    </message>
    <message>
        <source>(no title yet)</source>
        <translation>(ancora senza titolo)</translation>
    </message>
    <message>
        <source>%1 cannot send visitors to another address after the end; only links on this computer can. Visitors see the service&apos;s own page.</source>
        <translation>%1 non può mandare i visitatori a un altro indirizzo dopo la fine; possono farlo solo i link di questo computer. I visitatori vedono la pagina del servizio.</translation>
    </message>
    <message>
        <source>not possible with %1</source>
        <translation>non possibile con %1</translation>
    </message>
    <message>
        <source>Times are in your time zone, %1.</source>
        <translation>Gli orari sono nel tuo fuso orario, %1.</translation>
    </message>
    <message>
        <source>Protected (type a new password to change it)</source>
        <translation>Protetto (digita una nuova password per cambiarla)</translation>
    </message>
    <message>
        <source>the password visitors type</source>
        <translation>la password che digitano i visitatori</translation>
    </message>
    <message>
        <source>Type the password visitors will need, or untick Password.</source>
        <translation>Digita la password che servirà ai visitatori, o deseleziona Password.</translation>
    </message>
    <message>
        <source>chosen by the service</source>
        <translation>scelto dal servizio</translation>
    </message>
    <message>
        <source>Edit Link</source>
        <translation>Modifica link</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salva</translation>
    </message>
    <message>
        <source>This service does not allow changing the back-half of an existing link.</source>
        <translation>Questo servizio non consente di cambiare il suffisso di un link esistente.</translation>
    </message>
    <message>
        <source>Will be saved as %1</source>
        <translation>Verrà salvato come %1</translation>
    </message>
    <message>
        <source>An existing link needs a back-half.</source>
        <translation>Un link esistente richiede un suffisso.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Verifica…</translation>
    </message>
    <message>
        <source>Could not check whether “%1” is free: %2</source>
        <translation>Impossibile verificare se «%1» è libero: %2</translation>
    </message>
    <message>
        <source>“%1” is available.</source>
        <translation>«%1» è disponibile.</translation>
    </message>
    <message>
        <source>“%1” is already used on %2. Choose another back-half.</source>
        <translation>«%1» è già usato su %2. Scegli un altro suffisso.</translation>
    </message>
    <message>
        <source>The link was saved, but not its password: %1</source>
        <translation>Il link è stato salvato, ma non la sua password: %1</translation>
    </message>
    <message>
        <source>The link was saved, but not its targeting rules: %1</source>
        <translation>Il link è stato salvato, ma non le sue regole di targeting: %1</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Modifiche non salvate</translation>
    </message>
    <message>
        <source>The link has changes that are not saved. Save them?</source>
        <translation>Il link ha modifiche non salvate. Salvarle?</translation>
    </message>
    <message>
        <source>The link has changes that are not saved, and they cannot be saved as they are. Discard them?</source>
        <translation>Il link ha modifiche non salvate che non si possono salvare così come sono. Scartarle?</translation>
    </message>
    <message>
        <source>Link Not Created</source>
        <translation>Link non creato</translation>
    </message>
    <message>
        <source>The new link has not been created yet. Create it now?</source>
        <translation>Il nuovo link non è ancora stato creato. Crearlo ora?</translation>
    </message>
    <message>
        <source>The new link has not been created, and it cannot be created as it is. Discard what you typed?</source>
        <translation>Il nuovo link non è stato creato e non si può creare così com&apos;è. Scartare ciò che hai scritto?</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::LinkListView</name>
    <message>
        <source>Filter links</source>
        <translation>Filtra link</translation>
    </message>
    <message>
        <source>Filter by back-half, destination, title, tag or campaign</source>
        <translation>Filtra per suffisso, destinazione, titolo, tag o campagna</translation>
    </message>
    <message>
        <source>Clear Filter</source>
        <translation>Cancella filtro</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>No links here yet.</source>
        <translation>Ancora nessun link qui.</translation>
    </message>
    <message>
        <source>No links match “%1”</source>
        <translation>Nessun link corrisponde a «%1»</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::LocalServerPanel</name>
    <message>
        <source>Stopped: short links on this computer do not open.</source>
        <translation>Fermo: i link brevi di questo computer non si aprono.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Avvio…</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>In esecuzione</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Arresto…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln visit(s) recorded</source>
        <translation>
            <numerusform>%Ln visita registrata</numerusform>
            <numerusform>%Ln visite registrate</numerusform>
        </translation>
    </message>
    <message>
        <source>The link database is damaged: SQLite found errors in it. Short links still open, but changes and visits may not be saved. Quit Linkdeck and restore a backup of the database.</source>
        <translation>Il database dei link è danneggiato: SQLite vi ha trovato errori. I link brevi si aprono ancora, ma modifiche e visite potrebbero non essere salvate. Esci da Linkdeck e ripristina un backup del database.</translation>
    </message>
    <message numerus="yes">
        <source>Visits are not being recorded: the link server cannot write to its disk (it is full or read-only). Short links still open. %Ln visit(s) not recorded so far.</source>
        <translation>
            <numerusform>Le visite non vengono registrate: il server di link non può scrivere sul suo disco (è pieno o di sola lettura). I link brevi si aprono ancora. %Ln visita non registrata finora.</numerusform>
            <numerusform>Le visite non vengono registrate: il server di link non può scrivere sul suo disco (è pieno o di sola lettura). I link brevi si aprono ancora. %Ln visite non registrate finora.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln visit(s) could not be recorded while the disk was full.</source>
        <translation>
            <numerusform>%Ln visita non è stata registrata mentre il disco era pieno.</numerusform>
            <numerusform>%Ln visite non sono state registrate mentre il disco era pieno.</numerusform>
        </translation>
    </message>
    <message>
        <source>Visits reach the statistics %1 seconds late: the database is busy. None is lost.</source>
        <translation>Le visite arrivano nelle statistiche con %1 secondi di ritardo: il database è occupato. Non se ne perde nessuna.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Ferma</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Avvia</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::MainWindow</name>
    <message>
        <source>&amp;New Link…</source>
        <translation>&amp;Nuovo link…</translation>
    </message>
    <message>
        <source>Create a short link (%1)</source>
        <translation>Crea un link breve (%1)</translation>
    </message>
    <message>
        <source>&amp;Edit Link…</source>
        <translation>&amp;Modifica link…</translation>
    </message>
    <message>
        <source>&amp;Copy Short Link</source>
        <translation>&amp;Copia link breve</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Elimina…</translation>
    </message>
    <message>
        <source>&amp;Open in Browser</source>
        <translation>&amp;Apri nel browser</translation>
    </message>
    <message>
        <source>&amp;QR Code…</source>
        <translation>Codice &amp;QR…</translation>
    </message>
    <message>
        <source>Make a print-ready QR code of the short link</source>
        <translation>Crea un codice QR pronto per la stampa del link breve</translation>
    </message>
    <message>
        <source>&amp;Print QR Labels…</source>
        <translation>Stam&amp;pa etichette QR…</translation>
    </message>
    <message>
        <source>Print the selected links as QR code labels, 24 to an A4 page</source>
        <translation>Stampa i link selezionati come etichette con codice QR, 24 per pagina A4</translation>
    </message>
    <message>
        <source>&amp;Statistics…</source>
        <translation>S&amp;tatistiche…</translation>
    </message>
    <message>
        <source>Clicks over time, countries and referrers of the selected links or campaign</source>
        <translation>Clic nel tempo, paesi e referrer dei link o della campagna selezionati</translation>
    </message>
    <message>
        <source>Cop&amp;y to Account…</source>
        <translation>Cop&amp;ia in un account…</translation>
    </message>
    <message>
        <source>Make the selected links on another account too</source>
        <translation>Crea i link selezionati anche in un altro account</translation>
    </message>
    <message>
        <source>&amp;Move to Account…</source>
        <translation>&amp;Sposta in un account…</translation>
    </message>
    <message>
        <source>Make the selected links on another account and send the old ones&apos; visitors there</source>
        <translation>Crea i link selezionati in un altro account e manda lì i visitatori di quelli vecchi</translation>
    </message>
    <message>
        <source>Redirect &amp;Rules…</source>
        <translation>&amp;Regole di reindirizzamento…</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>Tro&amp;va…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferenze…</translation>
    </message>
    <message>
        <source>New &amp;Campaign…</source>
        <translation>Nuova &amp;campagna…</translation>
    </message>
    <message>
        <source>Make a campaign&apos;s links at once: each destination for each source and medium</source>
        <translation>Crea in una volta i link di una campagna: ogni destinazione per ogni origine e mezzo</translation>
    </message>
    <message>
        <source>&amp;Import Links…</source>
        <translation>&amp;Importa link…</translation>
    </message>
    <message>
        <source>Make links from a spreadsheet or another service&apos;s export</source>
        <translation>Crea link da un foglio di calcolo o dall&apos;esportazione di un altro servizio</translation>
    </message>
    <message>
        <source>E&amp;xport Links…</source>
        <translation>&amp;Esporta link…</translation>
    </message>
    <message>
        <source>Save the links the table shows as CSV, Excel or JSON</source>
        <translation>Salva i link mostrati nella tabella come CSV, Excel o JSON</translation>
    </message>
    <message>
        <source>&amp;Synchronise Accounts</source>
        <translation>Sinc&amp;ronizza account</translation>
    </message>
    <message>
        <source>Fetch the links of your Bitly, Rebrandly, Shlink and Cuttly accounts and send the changes made offline (%1)</source>
        <translation>Recupera i link dei tuoi account Bitly, Rebrandly, Shlink e Cuttly e invia le modifiche fatte offline (%1)</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>&amp;Account…</translation>
    </message>
    <message>
        <source>Add or edit your Bitly, Rebrandly, Shlink and Cuttly accounts</source>
        <translation>Aggiungi o modifica i tuoi account Bitly, Rebrandly, Shlink e Cuttly</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>E&amp;sci</translation>
    </message>
    <message>
        <source>&amp;Getting Started</source>
        <translation>&amp;Per iniziare</translation>
    </message>
    <message>
        <source>&amp;About Linkdeck</source>
        <translation>&amp;Informazioni su Linkdeck</translation>
    </message>
    <message>
        <source>About Linkdeck</source>
        <translation>Informazioni su Linkdeck</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Linkdeck %1&lt;/h3&gt;&lt;p&gt;Branded short links, campaign charts and print-grade QR codes.&lt;/p&gt;&lt;p&gt;Released under the MIT licence.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Linkdeck %1&lt;/h3&gt;&lt;p&gt;Link brevi personalizzati, grafici delle campagne e codici QR di qualità tipografica.&lt;/p&gt;&lt;p&gt;Distribuito con licenza MIT.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Modifica</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Barra degli strumenti principale</translation>
    </message>
    <message>
        <source>Linkdeck</source>
        <translation>Linkdeck</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Conteggio…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln link(s)</source>
        <translation>
            <numerusform>%Ln link</numerusform>
            <numerusform>%Ln link</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln link(s)</source>
        <translation>
            <numerusform>%1 di %Ln link</numerusform>
            <numerusform>%1 di %Ln link</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved offline: the link will be created on %1 when the network is back.</source>
        <translation>Salvato offline: il link verrà creato su %1 quando la rete sarà di nuovo disponibile.</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>Creato il %1</translation>
    </message>
    <message>
        <source>Saved offline: the change will be sent to %1 when the network is back.</source>
        <translation>Salvato offline: la modifica verrà inviata a %1 quando la rete sarà di nuovo disponibile.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 salvato</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n link</numerusform>
            <numerusform>%n link</numerusform>
        </translation>
    </message>
    <message>
        <source>Select links, or a campaign or tag in the sidebar, to see their statistics.</source>
        <translation>Seleziona dei link, o una campagna o un tag nella barra laterale, per vederne le statistiche.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::PaneFocus</name>
    <message>
        <source>Next Pane</source>
        <translation>Riquadro successivo</translation>
    </message>
    <message>
        <source>Previous Pane</source>
        <translation>Riquadro precedente</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::PreferencesDialog</name>
    <message>
        <source>None</source>
        <translation>Nessuno</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Account</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::QrPreview</name>
    <message>
        <source>Drag the code into another application</source>
        <translation>Trascina il codice in un&apos;altra applicazione</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::QrStudioDialog</name>
    <message numerus="yes">
        <source>QR Codes for %n Link(s)</source>
        <translation>
            <numerusform>Codici QR per %n link</numerusform>
            <numerusform>Codici QR per %n link</numerusform>
        </translation>
    </message>
    <message>
        <source>The preview shows the first link; each link gets its own file, named by its back-half.</source>
        <translation>L&apos;anteprima mostra il primo link; ogni link ha un proprio file, con il nome del suo suffisso.</translation>
    </message>
    <message>
        <source>There is no preset “%1”.</source>
        <translation>Non esiste il modello «%1».</translation>
    </message>
    <message>
        <source>The preset “%1” cannot be used: %2</source>
        <translation>Impossibile usare il modello «%1»: %2</translation>
    </message>
    <message>
        <source>Save Preset</source>
        <translation>Salva modello</translation>
    </message>
    <message>
        <source>Name of the preset:</source>
        <translation>Nome del modello:</translation>
    </message>
    <message>
        <source>Version %1, %2 × %2 modules, %3 mm each, %4 × %5 mm</source>
        <translation>Versione %1, %2 × %2 moduli, %3 mm ciascuno, %4 × %5 mm</translation>
    </message>
    <message>
        <source>Folder for the QR Codes</source>
        <translation>Cartella per i codici QR</translation>
    </message>
    <message>
        <source>Writing QR codes…</source>
        <translation>Scrittura dei codici QR…</translation>
    </message>
    <message>
        <source>Save QR Code</source>
        <translation>Salva codice QR</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>File %1 (*.%2)</translation>
    </message>
    <message>
        <source>Save Label Sheet</source>
        <translation>Salva foglio di etichette</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>File PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the label sheet…</source>
        <translation>Scrittura del foglio di etichette…</translation>
    </message>
    <message>
        <source>Print QR Labels</source>
        <translation>Stampa etichette QR</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::QrStyleForm</name>
    <message>
        <source>Choose a Logo</source>
        <translation>Scegli un logo</translation>
    </message>
    <message>
        <source>Images (*.png *.svg *.jpg *.jpeg)</source>
        <translation>Immagini (*.png *.svg *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Scegli…</translation>
    </message>
    <message>
        <source>“%1” is not a colour: use #rrggbb, a name such as black, or cmyk(0,0,0,100).</source>
        <translation>«%1» non è un colore: usa #rrggbb, un nome come black, o cmyk(0,0,0,100).</translation>
    </message>
    <message>
        <source>Choose a colour</source>
        <translation>Scegli un colore</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::RedirectRulesDialog</name>
    <message>
        <source>Condition</source>
        <translation>Condizione</translation>
    </message>
    <message>
        <source>Language code, e.g. en or de-CH</source>
        <translation>Codice lingua, ad es. it o it-CH</translation>
    </message>
    <message>
        <source>Name, e.g. ref</source>
        <translation>Nome, ad es. ref</translation>
    </message>
    <message>
        <source>Value, e.g. news</source>
        <translation>Valore, ad es. news</translation>
    </message>
    <message>
        <source>Parameter name</source>
        <translation>Nome del parametro</translation>
    </message>
    <message>
        <source>192.0.2.10, 192.168.0.0/16 or 10.0.*.*</source>
        <translation>192.0.2.10, 192.168.0.0/16 o 10.0.*.*</translation>
    </message>
    <message>
        <source>Country code, e.g. DE</source>
        <translation>Codice paese, ad es. IT</translation>
    </message>
    <message>
        <source>City, e.g. Berlin</source>
        <translation>Città, ad es. Milano</translation>
    </message>
    <message>
        <source>In your computer&apos;s time zone</source>
        <translation>Nel fuso orario del tuo computer</translation>
    </message>
    <message>
        <source>Remove this condition</source>
        <translation>Rimuovi questa condizione</translation>
    </message>
    <message>
        <source>Remove condition</source>
        <translation>Rimuovi condizione</translation>
    </message>
    <message>
        <source>Redirect Rules of %1</source>
        <translation>Regole di reindirizzamento di %1</translation>
    </message>
    <message>
        <source>Loading the rules…</source>
        <translation>Caricamento delle regole…</translation>
    </message>
    <message>
        <source>Send some visitors of %1 somewhere else than %2. The rules are tried from the top; the first whose conditions all match decides, and everyone else goes to the link&apos;s own destination.</source>
        <translation>Manda alcuni visitatori di %1 altrove invece che a %2. Le regole vengono provate dall&apos;alto; decide la prima le cui condizioni sono tutte soddisfatte, e tutti gli altri vanno alla destinazione del link.</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regole</translation>
    </message>
    <message>
        <source>&amp;Add Rule</source>
        <translation>&amp;Aggiungi regola</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Rimuovi</translation>
    </message>
    <message>
        <source>Move up: try this rule earlier</source>
        <translation>Sposta su: prova questa regola prima</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Sposta su</translation>
    </message>
    <message>
        <source>Move down: try this rule later</source>
        <translation>Sposta giù: prova questa regola dopo</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Sposta giù</translation>
    </message>
    <message>
        <source>Selected rule</source>
        <translation>Regola selezionata</translation>
    </message>
    <message>
        <source>https://example.com/for-these-visitors</source>
        <translation>https://example.com/per-questi-visitatori</translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation>&amp;Destinazione:</translation>
    </message>
    <message>
        <source>Visitors who meet all of these conditions:</source>
        <translation>Visitatori che soddisfano tutte queste condizioni:</translation>
    </message>
    <message>
        <source>Add &amp;Condition</source>
        <translation>Aggiungi &amp;condizione</translation>
    </message>
    <message>
        <source>&amp;Save Rules</source>
        <translation>&amp;Salva regole</translation>
    </message>
    <message>
        <source>Rule %1</source>
        <translation>Regola %1</translation>
    </message>
    <message>
        <source>No rule selected</source>
        <translation>Nessuna regola selezionata</translation>
    </message>
    <message>
        <source>(no condition yet)</source>
        <translation>(ancora nessuna condizione)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>(no destination yet)</source>
        <translation>(ancora nessuna destinazione)</translation>
    </message>
    <message>
        <source>%1. %2 → %3</source>
        <translation>%1. %2 → %3</translation>
    </message>
    <message>
        <source>No rules: every visitor goes to %1.</source>
        <translation>Nessuna regola: ogni visitatore va a %1.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Salvataggio…</translation>
    </message>
    <message>
        <source>Targeting Rules</source>
        <translation>Regole di targeting</translation>
    </message>
    <message>
        <source>Send some visitors of the new link somewhere else than %1. The rules are tried from the top; the first whose conditions all match decides, and everyone else goes to the link&apos;s own destination.</source>
        <translation>Manda alcuni visitatori del nuovo link altrove invece che a %1. Le regole vengono provate dall&apos;alto; decide la prima le cui condizioni sono tutte soddisfatte, e tutti gli altri vanno alla destinazione del link.</translation>
    </message>
    <message>
        <source>Send some visitors of the new link to addresses of their own. The rules are tried from the top and come before the A/B split: the first rule whose conditions all match decides, and only the visitors no rule matches are shared by the split (%1).</source>
        <translation>Invia alcuni visitatori del nuovo link a indirizzi propri. Le regole vengono provate dall&apos;alto e precedono lo split A/B: decide la prima regola le cui condizioni corrispondono tutte, e lo split ripartisce solo i visitatori a cui nessuna regola corrisponde (%1).</translation>
    </message>
    <message>
        <source>Send some visitors of %1 to addresses of their own. The rules are tried from the top and come before the A/B split: the first rule whose conditions all match decides, and only the visitors no rule matches are shared by the split (%2).</source>
        <translation>Invia alcuni visitatori di %1 a indirizzi propri. Le regole vengono provate dall&apos;alto e precedono lo split A/B: decide la prima regola le cui condizioni corrispondono tutte, e lo split ripartisce solo i visitatori a cui nessuna regola corrisponde (%2).</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>No rules: the A/B split shares every visitor (%1).</source>
        <translation>Nessuna regola: lo split A/B ripartisce tutti i visitatori (%1).</translation>
    </message>
    <message>
        <source>Unsaved Rules</source>
        <translation>Regole non salvate</translation>
    </message>
    <message>
        <source>The redirect rules have changes that are not saved. Save them?</source>
        <translation>Le regole di reindirizzamento hanno modifiche non salvate. Salvarle?</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::RulesSection</name>
    <message>
        <source>Targeting rules</source>
        <translation>Regole di targeting</translation>
    </message>
    <message>
        <source>Send some visitors elsewhere: phones to an app store, Germans to the German page, …</source>
        <translation>Manda alcuni visitatori altrove: i telefoni a un app store, chi parla tedesco alla pagina tedesca, …</translation>
    </message>
    <message>
        <source>Edit R&amp;ules…</source>
        <translation>Modifica re&amp;gole…</translation>
    </message>
    <message>
        <source>Try a visitor:</source>
        <translation>Prova un visitatore:</translation>
    </message>
    <message>
        <source>The visitor&apos;s device</source>
        <translation>Il dispositivo del visitatore</translation>
    </message>
    <message>
        <source>any device</source>
        <translation>qualsiasi dispositivo</translation>
    </message>
    <message>
        <source>iPhone</source>
        <translation>iPhone</translation>
    </message>
    <message>
        <source>Android phone</source>
        <translation>Telefono Android</translation>
    </message>
    <message>
        <source>Windows PC</source>
        <translation>PC Windows</translation>
    </message>
    <message>
        <source>Mac</source>
        <translation>Mac</translation>
    </message>
    <message>
        <source>Linux PC</source>
        <translation>PC Linux</translation>
    </message>
    <message>
        <source>The visitor&apos;s language</source>
        <translation>La lingua del visitatore</translation>
    </message>
    <message>
        <source>any language</source>
        <translation>qualsiasi lingua</translation>
    </message>
    <message>
        <source>The visitor&apos;s country</source>
        <translation>Il paese del visitatore</translation>
    </message>
    <message>
        <source>any country</source>
        <translation>qualsiasi paese</translation>
    </message>
    <message>
        <source>The rules could not be read: %1</source>
        <translation>Impossibile leggere le regole: %1</translation>
    </message>
    <message>
        <source>Reading the rules…</source>
        <translation>Lettura delle regole…</translation>
    </message>
    <message>
        <source>No rules: every visitor goes to the destination.</source>
        <translation>Nessuna regola: ogni visitatore va alla destinazione.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>No rules: the A/B split shares every visitor.</source>
        <translation>Nessuna regola: lo split A/B ripartisce tutti i visitatori.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::Sidebar</name>
    <message>
        <source>Accounts and saved filters</source>
        <translation>Account e filtri salvati</translation>
    </message>
    <message>
        <source>All links</source>
        <translation>Tutti i link</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Account</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campagne</translation>
    </message>
    <message numerus="yes">
        <source>%Ln link(s)</source>
        <translation>
            <numerusform>%Ln link</numerusform>
            <numerusform>%Ln link</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::SplitEditor</name>
    <message>
        <source>Share the visitors between this destination and others, to see which page works best. Each visitor keeps the destination they first got.</source>
        <translation>Ripartisci i visitatori tra questa destinazione e altre, per vedere quale pagina funziona meglio. Ogni visitatore mantiene la destinazione ricevuta la prima volta.</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destinazione</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Visitatori</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <source>the destination above</source>
        <translation>la destinazione sopra</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>Destination %1</source>
        <translation>Destinazione %1</translation>
    </message>
    <message>
        <source>Share of visitors for destination %1</source>
        <translation>Quota di visitatori per la destinazione %1</translation>
    </message>
    <message>
        <source>Remove destination %1</source>
        <translation>Rimuovi la destinazione %1</translation>
    </message>
    <message>
        <source>A/&amp;B split</source>
        <translation>Ripartizione A/&amp;B</translation>
    </message>
    <message>
        <source>Add ne&amp;w destination</source>
        <translation>Aggiungi nuo&amp;va destinazione</translation>
    </message>
    <message>
        <source>Share evenl&amp;y</source>
        <translation>Ripartisci in parti &amp;uguali</translation>
    </message>
    <message>
        <source>Together: %1</source>
        <translation>Insieme: %1</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::StatsChart</name>
    <message numerus="yes">
        <source>%1, %2: %Ln click(s)</source>
        <translation>
            <numerusform>%1, %2: %Ln clic</numerusform>
            <numerusform>%1, %2: %Ln clic</numerusform>
        </translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Clic</translation>
    </message>
    <message>
        <source>The file cannot be written.</source>
        <translation>Impossibile scrivere il file.</translation>
    </message>
    <message>
        <source>Choose a file name ending in .png, .svg or .pdf.</source>
        <translation>Scegli un nome di file che termini con .png, .svg o .pdf.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::StatsDialog</name>
    <message>
        <source>Statistics: %1</source>
        <translation>Statistiche: %1</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Oggi</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Ultimi 7 giorni</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Ultimi 30 giorni</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Ultimi 90 giorni</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Questo mese</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personalizzato</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatico</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Ore</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Giorni</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>Settimane</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Mesi</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Linee</translation>
    </message>
    <message>
        <source>Bars</source>
        <translation>Barre</translation>
    </message>
    <message>
        <source>All together</source>
        <translation>Tutti insieme</translation>
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
        <translation>Includi i bot</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aggiorna</translation>
    </message>
    <message>
        <source>Fetch the figures of Bitly and Shlink links again</source>
        <translation>Recupera di nuovo i dati dei link Bitly e Shlink</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Esporta</translation>
    </message>
    <message>
        <source>Chart as PNG Image…</source>
        <translation>Grafico come immagine PNG…</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Immagini PNG (*.png)</translation>
    </message>
    <message>
        <source>Chart as SVG Drawing…</source>
        <translation>Grafico come disegno SVG…</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>Disegni SVG (*.svg)</translation>
    </message>
    <message>
        <source>Chart as PDF…</source>
        <translation>Grafico come PDF…</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documenti PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Report as PDF…</source>
        <translation>Report come PDF…</translation>
    </message>
    <message>
        <source>Data as CSV…</source>
        <translation>Dati come CSV…</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Periodo:</translation>
    </message>
    <message>
        <source>Per:</source>
        <translation>Per:</translation>
    </message>
    <message>
        <source>Show &amp;All Clicks</source>
        <translation>Mostra &amp;tutti i clic</translation>
    </message>
    <message>
        <source>%1 report.pdf</source>
        <translation>report %1.pdf</translation>
    </message>
    <message>
        <source>%1 clicks.%2</source>
        <translation>clic %1.%2</translation>
    </message>
    <message>
        <source>Export Statistics</source>
        <translation>Esporta statistiche</translation>
    </message>
    <message>
        <source>Saved “%1” in %2.</source>
        <translation>«%1» salvato in %2.</translation>
    </message>
    <message>
        <source>Could not save “%1”: %2</source>
        <translation>Impossibile salvare «%1»: %2</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Caricamento…</translation>
    </message>
    <message>
        <source>Only the clicks of %1: %2</source>
        <translation>Solo i clic di %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>(+%Ln bot(s), not counted)</source>
        <translation>
            <numerusform>(+%Ln bot, non contato)</numerusform>
            <numerusform>(+%Ln bot, non contati)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln click(s)</source>
        <translation>
            <numerusform>%Ln clic</numerusform>
            <numerusform>%Ln clic</numerusform>
        </translation>
    </message>
    <message>
        <source>Clicks by people and visits by bots together.</source>
        <translation>Clic delle persone e visite dei bot insieme.</translation>
    </message>
    <message>
        <source>By variant</source>
        <translation>Per variante</translation>
    </message>
    <message>
        <source> (%1 against the period before)</source>
        <translation> (%1 rispetto al periodo precedente)</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::StatsReport</name>
    <message>
        <source>No clicks</source>
        <translation>Nessun clic</translation>
    </message>
    <message>
        <source>Top links</source>
        <translation>Link principali</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Paesi</translation>
    </message>
    <message>
        <source>Referrers</source>
        <translation>Referrer</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Dispositivi</translation>
    </message>
    <message>
        <source>Browsers</source>
        <translation>Browser</translation>
    </message>
    <message>
        <source>Operating systems</source>
        <translation>Sistemi operativi</translation>
    </message>
    <message>
        <source>Made with Linkdeck on %1.</source>
        <translation>Creato con Linkdeck il %1.</translation>
    </message>
    <message>
        <source>The file cannot be written.</source>
        <translation>Impossibile scrivere il file.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::StatsTables</name>
    <message>
        <source>Clicks</source>
        <translation>Clic</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Quota</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Double-click a link to open it</source>
        <translation>Fai doppio clic su un link per aprirlo</translation>
    </message>
    <message>
        <source>Top links</source>
        <translation>Link principali</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Paesi</translation>
    </message>
    <message>
        <source>Referrer</source>
        <translation>Referrer</translation>
    </message>
    <message>
        <source>Referrers</source>
        <translation>Referrer</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Dispositivi</translation>
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
        <translation>Sistema operativo</translation>
    </message>
    <message>
        <source>Systems</source>
        <translation>Sistemi</translation>
    </message>
    <message>
        <source>Click a row to see its clicks alone in the chart</source>
        <translation>Fai clic su una riga per vedere solo i suoi clic nel grafico</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>Diretto</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Sconosciuto</translation>
    </message>
    <message>
        <source>Desktop</source>
        <comment>device kind</comment>
        <translation>Computer</translation>
    </message>
    <message>
        <source>Mobile</source>
        <comment>device kind</comment>
        <translation>Cellulare</translation>
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
        <translation>Altro</translation>
    </message>
    <message>
        <source>Variants</source>
        <translation>Varianti</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <source>A/B split</source>
        <translation>Ripartizione A/B</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Share set</source>
        <translation>Quota impostata</translation>
    </message>
    <message>
        <source>No clicks in this period.</source>
        <translation>Nessun clic in questo periodo.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::SyncStatus</name>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Stop synchronising; the links fetched so far are kept</source>
        <translation>Interrompi la sincronizzazione; i link recuperati finora vengono conservati</translation>
    </message>
    <message>
        <source>Synchronising…</source>
        <translation>Sincronizzazione…</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln link(s)</source>
        <translation>
            <numerusform>%1: %Ln link</numerusform>
            <numerusform>%1: %Ln link</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Accounts are up to date.</source>
        <translation>Gli account sono aggiornati.</translation>
    </message>
    <message>
        <source>Showing the links saved on this computer: %1 could not be synchronised.</source>
        <translation>Vengono mostrati i link salvati su questo computer: non è stato possibile sincronizzare %1.</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n change(s) made offline.</source>
        <translation>
            <numerusform>Inviata %n modifica fatta offline.</numerusform>
            <numerusform>Inviate %n modifiche fatte offline.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some Changes Were Refused</source>
        <translation>Alcune modifiche sono state rifiutate</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made offline were refused by the service. They are marked “not sent” in the table: edit or delete them.</source>
        <translation>
            <numerusform>%n modifica fatta offline è stata rifiutata dal servizio. È segnata come «non inviata» nella tabella: modificala o eliminala.</numerusform>
            <numerusform>%n modifiche fatte offline sono state rifiutate dal servizio. Sono segnate come «non inviate» nella tabella: modificale o eliminale.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::TransferDialog</name>
    <message numerus="yes">
        <source>Move %n Link(s) to Another Account</source>
        <translation>
            <numerusform>Sposta %n link in un altro account</numerusform>
            <numerusform>Sposta %n link in un altro account</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copy %n Link(s) to Another Account</source>
        <translation>
            <numerusform>Copia %n link in un altro account</numerusform>
            <numerusform>Copia %n link in un altro account</numerusform>
        </translation>
    </message>
    <message>
        <source>Each link is made on the account you choose; then the old link sends its visitors to the new one where its service allows it. No link is deleted.</source>
        <translation>Ogni link viene creato nell&apos;account che scegli; poi il vecchio link manda i suoi visitatori a quello nuovo, dove il suo servizio lo consente. Nessun link viene eliminato.</translation>
    </message>
    <message>
        <source>Each link is made on the account you choose; the old links stay as they are.</source>
        <translation>Ogni link viene creato nell&apos;account che scegli; i vecchi link restano come sono.</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;A:</translation>
    </message>
    <message>
        <source>Skip the link</source>
        <translation>Salta il link</translation>
    </message>
    <message>
        <source>Use the next free back-half</source>
        <translation>Usa il prossimo suffisso libero</translation>
    </message>
    <message>
        <source>When the back-half is &amp;taken there:</source>
        <translation>Quando lì il suffisso è &amp;occupato:</translation>
    </message>
    <message>
        <source>Old and new short links</source>
        <translation>Link brevi vecchi e nuovi</translation>
    </message>
    <message>
        <source>Old short link</source>
        <translation>Vecchio link breve</translation>
    </message>
    <message>
        <source>New short link</source>
        <translation>Nuovo link breve</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Sposta</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copia</translation>
    </message>
    <message>
        <source>Save &amp;Mapping…</source>
        <translation>Salva co&amp;rrispondenze…</translation>
    </message>
    <message>
        <source>A table of each old short link and its new one, for the print team</source>
        <translation>Una tabella con ogni vecchio link breve e il suo nuovo, per il team di stampa</translation>
    </message>
    <message>
        <source>Add another account first (File &gt; Accounts…).</source>
        <translation>Aggiungi prima un altro account (File &gt; Account…).</translation>
    </message>
    <message>
        <source>Save Mapping</source>
        <translation>Salva corrispondenze</translation>
    </message>
    <message>
        <source>link mapping.csv</source>
        <translation>corrispondenze link.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>File CSV (*.csv)</translation>
    </message>
    <message>
        <source>Moving…</source>
        <translation>Spostamento…</translation>
    </message>
    <message>
        <source>Copying…</source>
        <translation>Copia in corso…</translation>
    </message>
    <message>
        <source>The old link now goes to the new one.</source>
        <translation>Il vecchio link ora porta a quello nuovo.</translation>
    </message>
    <message>
        <source>Mapping saved in %1.</source>
        <translation>Corrispondenze salvate in %1.</translation>
    </message>
    <message>
        <source>Could not save the mapping: %1</source>
        <translation>Impossibile salvare le corrispondenze: %1</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::WelcomePage</name>
    <message>
        <source>Welcome to Linkdeck</source>
        <translation>Benvenuto in Linkdeck</translation>
    </message>
    <message>
        <source>You have no links yet. Start with one of these two steps.</source>
        <translation>Non hai ancora nessun link. Inizia con uno di questi due passi.</translation>
    </message>
    <message>
        <source>Create your first link</source>
        <translation>Crea il tuo primo link</translation>
    </message>
    <message>
        <source>A short link on this computer, served by Linkdeck&apos;s own link server: ready to test, share or print as a QR code.</source>
        <translation>Un link breve su questo computer, servito dal server di link di Linkdeck: pronto da provare, condividere o stampare come codice QR.</translation>
    </message>
    <message>
        <source>Connect Bitly, Rebrandly, Shlink…</source>
        <translation>Collega Bitly, Rebrandly, Shlink…</translation>
    </message>
    <message>
        <source>Add the account you already use (Bitly, Rebrandly, Shlink or Cuttly) with its API token: its links appear here.</source>
        <translation>Aggiungi l&apos;account che usi già (Bitly, Rebrandly, Shlink o Cuttly) con il suo token API: i suoi link compariranno qui.</translation>
    </message>
    <message>
        <source>Getting Started</source>
        <translation>Per iniziare</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::WithProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Annulla</translation>
    </message>
</context>
<context>
    <name>Linkdeck::InstanceLock</name>
    <message>
        <source>Linkdeck is already open with these links. Switch to its window: a second Linkdeck cannot run the link server for the same links.</source>
        <translation>Linkdeck è già aperto con questi link. Passa alla sua finestra: un secondo Linkdeck non può eseguire il server di link per gli stessi link.</translation>
    </message>
    <message>
        <source>Linkdeck cannot write to its data folder.</source>
        <translation>Linkdeck non può scrivere nella sua cartella dei dati.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::KeychainSecretStore</name>
    <message>
        <source>No token is stored for this account.</source>
        <translation>Nessun token salvato per questo account.</translation>
    </message>
    <message>
        <source>The keychain refused access to the token.</source>
        <translation>Il portachiavi ha negato l&apos;accesso al token.</translation>
    </message>
    <message>
        <source>This computer has no usable keychain (such as GNOME Keyring or KWallet), so the token cannot be stored safely.</source>
        <translation>Questo computer non ha un portachiavi utilizzabile (come GNOME Keyring o KWallet), quindi il token non può essere conservato in modo sicuro.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::LinkLimits</name>
    <message>
        <source>The link would end before it starts: choose an end later than the start.</source>
        <translation>Il link terminerebbe prima di iniziare: scegli una fine successiva all&apos;inizio.</translation>
    </message>
    <message>
        <source>The click limit must be at least 1 click.</source>
        <translation>Il limite di clic deve essere di almeno 1 clic.</translation>
    </message>
    <message>
        <source>The address for visitors after the end is only used by a link that ends: set an end, a start or a click limit, or leave that address empty.</source>
        <translation>L&apos;indirizzo per i visitatori dopo la fine serve solo a un link che termina: imposta una fine, un inizio o un limite di clic, oppure lascia vuoto quell&apos;indirizzo.</translation>
    </message>
    <message>
        <source>The address for visitors after the end cannot be used: %1</source>
        <translation>Impossibile usare l&apos;indirizzo per i visitatori dopo la fine: %1</translation>
    </message>
</context>
<context>
    <name>Linkdeck::LinkPassword</name>
    <message>
        <source>The password is empty: type one, or remove the protection.</source>
        <translation>La password è vuota: digitane una o rimuovi la protezione.</translation>
    </message>
    <message>
        <source>A password cannot contain a line break.</source>
        <translation>Una password non può contenere un a capo.</translation>
    </message>
    <message>
        <source>The password is too long: at most %1 characters.</source>
        <translation>La password è troppo lunga: al massimo %1 caratteri.</translation>
    </message>
    <message>
        <source>The password could not be protected: the computer is short of memory.</source>
        <translation>Impossibile proteggere la password: il computer ha poca memoria.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::LinkPreview</name>
    <message>
        <source>The preview title is too long: at most %1 characters.</source>
        <translation>Il titolo dell&apos;anteprima è troppo lungo: al massimo %1 caratteri.</translation>
    </message>
    <message>
        <source>The preview description is too long: at most %1 characters.</source>
        <translation>La descrizione dell&apos;anteprima è troppo lunga: al massimo %1 caratteri.</translation>
    </message>
    <message>
        <source>A preview needs a title: link previews show nothing without one.</source>
        <translation>Un&apos;anteprima richiede un titolo: senza, le anteprime dei link non mostrano nulla.</translation>
    </message>
    <message>
        <source>The preview image&apos;s address cannot be used: %1</source>
        <translation>Impossibile usare l&apos;indirizzo dell&apos;immagine di anteprima: %1</translation>
    </message>
</context>
<context>
    <name>Linkdeck::LinkProvider</name>
    <message>
        <source>This service gives no breakdown of clicks.</source>
        <translation>Questo servizio non fornisce alcuna ripartizione dei clic.</translation>
    </message>
    <message>
        <source>This service cannot send visitors to different addresses; redirect rules need a Shlink server or this computer.</source>
        <translation>Questo servizio non può mandare i visitatori a indirizzi diversi; le regole di reindirizzamento richiedono un server Shlink o questo computer.</translation>
    </message>
    <message>
        <source>This service cannot protect a link by a password; only links on this computer can.</source>
        <translation>Questo servizio non può proteggere un link con una password; possono farlo solo i link di questo computer.</translation>
    </message>
    <message>
        <source>This service cannot look up a single link.</source>
        <translation>Questo servizio non può consultare un singolo link.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::LinkRepository</name>
    <message>
        <source>Could not save the link&apos;s tags.</source>
        <translation>Impossibile salvare i tag del link.</translation>
    </message>
    <message>
        <source>The back-half “%1” is already used on %2. Choose another one.</source>
        <translation>Il suffisso «%1» è già usato su %2. Scegline un altro.</translation>
    </message>
    <message>
        <source>Could not save the link.</source>
        <translation>Impossibile salvare il link.</translation>
    </message>
    <message>
        <source>Could not save the link&apos;s password.</source>
        <translation>Impossibile salvare la password del link.</translation>
    </message>
    <message>
        <source>The link no longer exists; it may have been deleted.</source>
        <translation>Il link non esiste più; potrebbe essere stato eliminato.</translation>
    </message>
    <message>
        <source>Could not change the address of the links.</source>
        <translation>Impossibile cambiare l&apos;indirizzo dei link.</translation>
    </message>
    <message>
        <source>The back-halves %1 are already used on %2, so the links cannot move there. Nothing was changed.</source>
        <translation>I suffissi %1 sono già usati su %2, quindi i link non possono essere spostati lì. Non è stato cambiato nulla.</translation>
    </message>
    <message>
        <source>Could not save the links of the account.</source>
        <translation>Impossibile salvare i link dell&apos;account.</translation>
    </message>
    <message>
        <source>Could not update the links of the account.</source>
        <translation>Impossibile aggiornare i link dell&apos;account.</translation>
    </message>
    <message>
        <source>Could not delete the link.</source>
        <translation>Impossibile eliminare il link.</translation>
    </message>
    <message>
        <source>The link no longer exists; it may have been deleted already.</source>
        <translation>Il link non esiste più; potrebbe essere già stato eliminato.</translation>
    </message>
    <message>
        <source>There is no tag “%1”.</source>
        <translation>Non esiste il tag «%1».</translation>
    </message>
    <message>
        <source>There is already a tag “%1”.</source>
        <translation>Esiste già un tag «%1».</translation>
    </message>
    <message>
        <source>Could not rename the tag.</source>
        <translation>Impossibile rinominare il tag.</translation>
    </message>
    <message>
        <source>Could not delete the tags.</source>
        <translation>Impossibile eliminare i tag.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::LinkSelection</name>
    <message>
        <source>Not sent: %1</source>
        <translation>Non inviato: %1</translation>
    </message>
    <message>
        <source>the service refused it.</source>
        <translation>il servizio l&apos;ha rifiutato.</translation>
    </message>
    <message>
        <source>Waiting to be sent to %1 when it can be reached.</source>
        <translation>In attesa di invio a %1 quando sarà raggiungibile.</translation>
    </message>
    <message>
        <source>Last try: %1</source>
        <translation>Ultimo tentativo: %1</translation>
    </message>
    <message>
        <source>Send visitors to other addresses by device, language, country, date and more</source>
        <translation>Manda i visitatori ad altri indirizzi in base a dispositivo, lingua, paese, data e altro</translation>
    </message>
    <message>
        <source>%1 cannot send visitors to different addresses. Redirect rules need a Shlink account or this computer.</source>
        <translation>%1 non può mandare i visitatori a indirizzi diversi. Le regole di reindirizzamento richiedono un account Shlink o questo computer.</translation>
    </message>
    <message>
        <source>This link is waiting to be created on %1; its redirect rules can be set once it is there.</source>
        <translation>Questo link è in attesa di essere creato su %1; le sue regole di reindirizzamento si potranno impostare quando sarà lì.</translation>
    </message>
    <message>
        <source>Select one link to edit its redirect rules.</source>
        <translation>Seleziona un solo link per modificarne le regole di reindirizzamento.</translation>
    </message>
    <message>
        <source>Add another account first (File &gt; Accounts…): the links are copied or moved to it.</source>
        <translation>Aggiungi prima un altro account (File &gt; Account…): i link vengono copiati o spostati lì.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::LinkSplit</name>
    <message>
        <source>A split needs at least two destinations.</source>
        <translation>Una ripartizione richiede almeno due destinazioni.</translation>
    </message>
    <message>
        <source>A split can have at most %1 destinations.</source>
        <translation>Una ripartizione può avere al massimo %1 destinazioni.</translation>
    </message>
    <message>
        <source>Give destination %1 a share between 1% and 99% of the visitors.</source>
        <translation>Assegna alla destinazione %1 una quota tra l&apos;1% e il 99% dei visitatori.</translation>
    </message>
    <message>
        <source>Enter an address for destination %1 of the split.</source>
        <translation>Inserisci un indirizzo per la destinazione %1 della ripartizione.</translation>
    </message>
    <message>
        <source>Destination %1 of the split cannot be used: %2</source>
        <translation>Impossibile usare la destinazione %1 della ripartizione: %2</translation>
    </message>
    <message>
        <source>The shares of the split must add up to 100% (now %1%).</source>
        <translation>Le quote della ripartizione devono sommare il 100% (ora %1%).</translation>
    </message>
</context>
<context>
    <name>Linkdeck::LinkTableModel</name>
    <message>
        <source>Made while the service could not be reached. Linkdeck sends it when the network is back.</source>
        <translation>Creato mentre il servizio non era raggiungibile. Linkdeck lo invia quando la rete torna disponibile.</translation>
    </message>
    <message>
        <source>The service refused this change. Edit the link to try again, or delete it.</source>
        <translation>Il servizio ha rifiutato questa modifica. Modifica il link per riprovare, o eliminalo.</translation>
    </message>
    <message>
        <source>%1 (waiting to be sent)</source>
        <translation>%1 (in attesa di invio)</translation>
    </message>
    <message>
        <source>%1 (changes waiting to be sent)</source>
        <translation>%1 (modifiche in attesa di invio)</translation>
    </message>
    <message>
        <source>%1 (deletion waiting to be sent)</source>
        <translation>%1 (eliminazione in attesa di invio)</translation>
    </message>
    <message>
        <source>%1 (not sent)</source>
        <translation>%1 (non inviato)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (+%Ln bot(s))</source>
        <extracomment>The clicks of people, then the visits of bots apart, e.g. &quot;41 (+1 bot)&quot;</extracomment>
        <translation>
            <numerusform>%1 (+%Ln bot)</numerusform>
            <numerusform>%1 (+%Ln bot)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln click(s) by people.</source>
        <translation>
            <numerusform>%Ln clic di persone.</numerusform>
            <numerusform>%Ln clic di persone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln visit(s) by bots (link previews, crawlers), not counted.</source>
        <translation>
            <numerusform>%Ln visita di bot (anteprime dei link, crawler), non contata.</numerusform>
            <numerusform>%Ln visite di bot (anteprime dei link, crawler), non contate.</numerusform>
        </translation>
    </message>
    <message>
        <source>Clicks by people since the link was made, as the statistics count them. Visits by bots (link previews, crawlers) are not counted; where there were some, they are shown apart: “41 (+1 bot)”.</source>
        <translation>Clic di persone da quando il link è stato creato, contati come nelle statistiche. Le visite dei bot (anteprime dei link, crawler) non vengono contate; se ce ne sono state, sono mostrate a parte: «41 (+1 bot)».</translation>
    </message>
    <message>
        <source>Short link</source>
        <translation>Link breve</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destinazione</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titolo</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagna</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Clic</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creato</translation>
    </message>
</context>
<context>
    <name>Linkdeck::LocalAddress</name>
    <message>
        <source>Enter the public address as https://go.example.com, or leave it empty.</source>
        <translation>Inserisci l&apos;indirizzo pubblico come https://go.example.com, o lascialo vuoto.</translation>
    </message>
    <message>
        <source>A public address is a domain only, such as https://go.example.com, with no path after it.</source>
        <translation>Un indirizzo pubblico è solo un dominio, come https://go.example.com, senza percorso dopo.</translation>
    </message>
    <message>
        <source>The account of this computer&apos;s links is missing.</source>
        <translation>Manca l&apos;account dei link di questo computer.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::LocalProvider</name>
    <message>
        <source>This link no longer exists; it may have been deleted.</source>
        <translation>Questo link non esiste più; potrebbe essere stato eliminato.</translation>
    </message>
    <message>
        <source>Could not read the click statistics.</source>
        <translation>Impossibile leggere le statistiche dei clic.</translation>
    </message>
    <message>
        <source>Could not read the redirect rules.</source>
        <translation>Impossibile leggere le regole di reindirizzamento.</translation>
    </message>
    <message>
        <source>Could not save the redirect rules.</source>
        <translation>Impossibile salvare le regole di reindirizzamento.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::LocalServerController</name>
    <message>
        <source>The link server (linkdeck-server) is not installed next to Linkdeck.</source>
        <translation>Il server di link (linkdeck-server) non è installato accanto a Linkdeck.</translation>
    </message>
    <message>
        <source>The link server could not be started: %1</source>
        <translation>Impossibile avviare il server di link: %1</translation>
    </message>
    <message>
        <source>Port %1 is already used by another program. Choose another port in Preferences.</source>
        <translation>La porta %1 è già usata da un altro programma. Scegli un&apos;altra porta nelle Preferenze.</translation>
    </message>
    <message>
        <source>Another Linkdeck link server already uses these links (is Linkdeck open twice?). Close the other one, then start the server here.</source>
        <translation>Un altro server di link di Linkdeck usa già questi link (Linkdeck è aperto due volte?). Chiudi l&apos;altro, poi avvia qui il server.</translation>
    </message>
    <message>
        <source>The link server stopped unexpectedly: %1</source>
        <translation>Il server di link si è arrestato in modo imprevisto: %1</translation>
    </message>
</context>
<context>
    <name>Linkdeck::MemorySecretStore</name>
    <message>
        <source>No token is stored for this account.</source>
        <translation>Nessun token salvato per questo account.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Print::LabelSheet</name>
    <message>
        <source>Label %1 (“%2”): %3</source>
        <translation>Etichetta %1 («%2»): %3</translation>
    </message>
    <message>
        <source>There are no labels to print.</source>
        <translation>Non ci sono etichette da stampare.</translation>
    </message>
    <message>
        <source>The labels would be smaller than 5 mm: use fewer rows or columns, or smaller margins.</source>
        <translation>Le etichette sarebbero più piccole di 5 mm: usa meno righe o colonne, o margini più piccoli.</translation>
    </message>
    <message>
        <source>Could not start printing the labels.</source>
        <translation>Impossibile avviare la stampa delle etichette.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annullato.</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>Impossibile scrivere «%1»: %2</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Print::QrBatch</name>
    <message>
        <source>Could not create the folder “%1”.</source>
        <translation>Impossibile creare la cartella «%1».</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>«%1»: %2</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Print::QrChecks</name>
    <message>
        <source>A code with a logo needs error correction H; it will be used.</source>
        <translation>Un codice con logo richiede la correzione degli errori H; verrà usata.</translation>
    </message>
    <message>
        <source>The logo “%1” cannot be read as a PNG, JPEG or SVG image.</source>
        <translation>Il logo «%1» non può essere letto come immagine PNG, JPEG o SVG.</translation>
    </message>
    <message numerus="yes">
        <source>The quiet zone is %n module(s) wide; scanners expect 4. Leave a margin around the printed code.</source>
        <translation>
            <numerusform>La zona di rispetto è larga %n modulo; gli scanner se ne aspettano 4. Lascia un margine intorno al codice stampato.</numerusform>
            <numerusform>La zona di rispetto è larga %n moduli; gli scanner se ne aspettano 4. Lascia un margine intorno al codice stampato.</numerusform>
        </translation>
    </message>
    <message>
        <source>Each module prints %1 mm wide; below about 0.3 mm many printers and phones fail. Make the code larger.</source>
        <translation>Ogni modulo viene stampato largo %1 mm; sotto circa 0,3 mm molte stampanti e molti telefoni non ce la fanno. Ingrandisci il codice.</translation>
    </message>
    <message>
        <source>The code is light on dark. Many phone cameras only read dark modules on a light background.</source>
        <translation>Il codice è chiaro su scuro. Molte fotocamere dei telefoni leggono solo moduli scuri su sfondo chiaro.</translation>
    </message>
    <message>
        <source>The colours are too close (contrast %1:1); aim for at least 4.5:1, ideally dark on white.</source>
        <translation>I colori sono troppo simili (contrasto %1:1); punta ad almeno 4,5:1, idealmente scuro su bianco.</translation>
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
        <translation>Stampa del marchio</translation>
    </message>
    <message>
        <source>Business card</source>
        <translation>Biglietto da visita</translation>
    </message>
    <message>
        <source>Poster</source>
        <translation>Poster</translation>
    </message>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation>un numero intero da %1 a %2</translation>
    </message>
    <message>
        <source>a number from %1 to %2</source>
        <translation>un numero da %1 a %2</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>uno tra %1</translation>
    </message>
    <message>
        <source>a colour such as #14213d or cmyk(0,0,0,100)</source>
        <translation>un colore come #14213d o cmyk(0,0,0,100)</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true o false</translation>
    </message>
    <message>
        <source>“%1” in the preset should be %2, not “%3”.</source>
        <translation>«%1» nel modello dovrebbe essere %2, non «%3».</translation>
    </message>
    <message>
        <source>The preset is empty.</source>
        <translation>Il modello è vuoto.</translation>
    </message>
    <message>
        <source>The preset&apos;s version “%1” is not a format number.</source>
        <translation>La versione «%1» del modello non è un numero di formato.</translation>
    </message>
    <message>
        <source>The preset was saved by a newer Linkdeck (format %1; this one reads formats up to %2).</source>
        <translation>Il modello è stato salvato da un Linkdeck più recente (formato %1; questo legge i formati fino al %2).</translation>
    </message>
    <message>
        <source>“%1” in the preset should be 0 (size by width) or at least %2 mm.</source>
        <translation>«%1» nel modello dovrebbe essere 0 (dimensione in base alla larghezza) o almeno %2 mm.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Print::QrRenderer</name>
    <message>
        <source>The logo “%1” cannot be read as a PNG, JPEG or SVG image.</source>
        <translation>Il logo «%1» non può essere letto come immagine PNG, JPEG o SVG.</translation>
    </message>
    <message>
        <source>Could not write “%1”.</source>
        <translation>Impossibile scrivere «%1».</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>Impossibile scrivere «%1»: %2</translation>
    </message>
</context>
<context>
    <name>Linkdeck::ProviderRegistry</name>
    <message>
        <source>A generic access token from Bitly&apos;s settings (Developer settings &gt; API).</source>
        <translation>Un token di accesso generico dalle impostazioni di Bitly (Developer settings &gt; API).</translation>
    </message>
    <message>
        <source>An API key from Rebrandly&apos;s account settings.</source>
        <translation>Una chiave API dalle impostazioni dell&apos;account Rebrandly.</translation>
    </message>
    <message>
        <source>Shlink (or Linkdeck server)</source>
        <translation>Shlink (o server Linkdeck)</translation>
    </message>
    <message>
        <source>An API key of the Shlink server (shlink api-key:generate).</source>
        <translation>Una chiave API del server Shlink (shlink api-key:generate).</translation>
    </message>
    <message>
        <source>The API key from Cuttly&apos;s Edit Account page.</source>
        <translation>La chiave API dalla pagina Edit Account di Cuttly.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::ProviderStats</name>
    <message>
        <source>Could not keep the statistics for offline use.</source>
        <translation>Impossibile conservare le statistiche per l&apos;uso offline.</translation>
    </message>
    <message>
        <source>updated just now</source>
        <translation>aggiornato ora</translation>
    </message>
    <message numerus="yes">
        <source>updated %n minute(s) ago</source>
        <translation>
            <numerusform>aggiornato %n minuto fa</numerusform>
            <numerusform>aggiornato %n minuti fa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>updated %n hour(s) ago</source>
        <translation>
            <numerusform>aggiornato %n ora fa</numerusform>
            <numerusform>aggiornato %n ore fa</numerusform>
        </translation>
    </message>
    <message>
        <source>updated on %1</source>
        <translation>aggiornato il %1</translation>
    </message>
</context>
<context>
    <name>Linkdeck::QrCode</name>
    <message>
        <source>Enter the text or address the QR code should hold.</source>
        <translation>Inserisci il testo o l&apos;indirizzo che il codice QR deve contenere.</translation>
    </message>
    <message>
        <source>The text contains a NUL character, which a QR code cannot hold here.</source>
        <translation>Il testo contiene un carattere NUL, che qui un codice QR non può contenere.</translation>
    </message>
    <message numerus="yes">
        <source>The text is too long for a QR code at this error correction level (%n byte(s)). Shorten it, or choose a lower level.</source>
        <translation>
            <numerusform>Il testo è troppo lungo per un codice QR con questo livello di correzione degli errori (%n byte). Accorcialo o scegli un livello più basso.</numerusform>
            <numerusform>Il testo è troppo lungo per un codice QR con questo livello di correzione degli errori (%n byte). Accorcialo o scegli un livello più basso.</numerusform>
        </translation>
    </message>
    <message>
        <source>The QR code could not be made.</source>
        <translation>Impossibile creare il codice QR.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::RebrandlyProvider</name>
    <message>
        <source>This back-half is already used on this Rebrandly domain. Choose another one.</source>
        <translation>Questo suffisso è già usato su questo dominio Rebrandly. Scegline un altro.</translation>
    </message>
    <message>
        <source>Rebrandly accepts back-halves of 1 to 40 letters, digits, “-” and “_”.</source>
        <translation>Rebrandly accetta suffissi da 1 a 40 lettere, cifre, «-» e «_».</translation>
    </message>
    <message>
        <source>Rebrandly refused the destination address. Check that it is a complete web address.</source>
        <translation>Rebrandly ha rifiutato l&apos;indirizzo di destinazione. Verifica che sia un indirizzo web completo.</translation>
    </message>
    <message>
        <source>Rebrandly needs a title of 3 to 255 characters, or none.</source>
        <translation>Rebrandly richiede un titolo da 3 a 255 caratteri, o nessuno.</translation>
    </message>
    <message>
        <source>This domain is not set up in your Rebrandly account.</source>
        <translation>Questo dominio non è configurato nel tuo account Rebrandly.</translation>
    </message>
    <message>
        <source>The Rebrandly token of “%1” has no access to the workspace “%2”.</source>
        <translation>Il token Rebrandly di «%1» non ha accesso allo spazio di lavoro «%2».</translation>
    </message>
    <message>
        <source>Rebrandly refused the link: %1</source>
        <translation>Rebrandly ha rifiutato il link: %1</translation>
    </message>
    <message>
        <source>Rebrandly gives a link&apos;s total clicks only, not clicks over time.</source>
        <translation>Rebrandly fornisce solo il totale dei clic di un link, non i clic nel tempo.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::RemoteProvider</name>
    <message>
        <source>No API token is set for “%1”.</source>
        <translation>Nessun token API impostato per «%1».</translation>
    </message>
    <message>
        <source>No API token is stored for “%1”. Enter it in Preferences &gt; Accounts.</source>
        <translation>Nessun token API salvato per «%1». Inseriscilo in Preferenze &gt; Account.</translation>
    </message>
    <message>
        <source>%1 sent a reply Linkdeck could not understand. Try again later.</source>
        <translation>%1 ha inviato una risposta che Linkdeck non capisce. Riprova più tardi.</translation>
    </message>
    <message>
        <source>%1 did not answer in time. Check your connection and try again.</source>
        <translation>%1 non ha risposto in tempo. Controlla la connessione e riprova.</translation>
    </message>
    <message>
        <source>Could not reach %1. Check your internet connection.</source>
        <translation>Impossibile raggiungere %1. Controlla la connessione a Internet.</translation>
    </message>
    <message>
        <source>%1 did not accept the API token of “%2”. Check it in Preferences &gt; Accounts.</source>
        <translation>%1 non ha accettato il token API di «%2». Controllalo in Preferenze &gt; Account.</translation>
    </message>
    <message>
        <source>Your %1 plan does not include this.</source>
        <translation>Il tuo piano %1 non include questa funzione.</translation>
    </message>
    <message>
        <source>%1 does not allow the account “%2” to do this.</source>
        <translation>%1 non consente all&apos;account «%2» di farlo.</translation>
    </message>
    <message>
        <source>%1 does not know this link; it may have been deleted there.</source>
        <translation>%1 non conosce questo link; potrebbe essere stato eliminato lì.</translation>
    </message>
    <message>
        <source>This back-half is already used on %1. Choose another one.</source>
        <translation>Questo suffisso è già usato su %1. Scegline un altro.</translation>
    </message>
    <message>
        <source>%1 is receiving too many requests from this account. Wait a minute and try again.</source>
        <translation>%1 sta ricevendo troppe richieste da questo account. Attendi un minuto e riprova.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is receiving too many requests from this account. Try again in %n second(s).</source>
        <translation>
            <numerusform>%1 sta ricevendo troppe richieste da questo account. Riprova tra %n secondo.</numerusform>
            <numerusform>%1 sta ricevendo troppe richieste da questo account. Riprova tra %n secondi.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has a problem right now (error %2). Try again later.</source>
        <translation>%1 ha un problema in questo momento (errore %2). Riprova più tardi.</translation>
    </message>
    <message>
        <source>%1 refused the request (error %2).</source>
        <translation>%1 ha rifiutato la richiesta (errore %2).</translation>
    </message>
    <message>
        <source>%1 refused the link: %2</source>
        <translation>%1 ha rifiutato il link: %2</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>La richiesta è stata annullata.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Rules</name>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Lingua</translation>
    </message>
    <message>
        <source>Query parameter with value</source>
        <translation>Parametro URL con valore</translation>
    </message>
    <message>
        <source>Query parameter present</source>
        <translation>Parametro URL presente</translation>
    </message>
    <message>
        <source>Query parameter without value</source>
        <translation>Parametro URL senza valore</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>Indirizzo IP</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Paese</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Città</translation>
    </message>
    <message>
        <source>Before a date</source>
        <translation>Prima di una data</translation>
    </message>
    <message>
        <source>After a date</source>
        <translation>Dopo una data</translation>
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
        <translation>iPhone o iPad</translation>
    </message>
    <message>
        <source>Any phone or tablet</source>
        <translation>Qualsiasi telefono o tablet</translation>
    </message>
    <message>
        <source>Any computer</source>
        <translation>Qualsiasi computer</translation>
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
        <translation>Scegli un dispositivo.</translation>
    </message>
    <message>
        <source>Choose a browser.</source>
        <translation>Scegli un browser.</translation>
    </message>
    <message>
        <source>Enter a language code such as en or de-CH.</source>
        <translation>Inserisci un codice lingua come it o it-CH.</translation>
    </message>
    <message>
        <source>Enter the name of the query parameter.</source>
        <translation>Inserisci il nome del parametro URL.</translation>
    </message>
    <message>
        <source>Enter an IP address (192.0.2.10), a range (192.168.0.0/16) or a pattern (10.0.*.*).</source>
        <translation>Inserisci un indirizzo IP (192.0.2.10), un intervallo (192.168.0.0/16) o uno schema (10.0.*.*).</translation>
    </message>
    <message>
        <source>Enter a two-letter country code such as DE or US.</source>
        <translation>Inserisci un codice paese di due lettere come IT o CH.</translation>
    </message>
    <message>
        <source>Enter the name of a city.</source>
        <translation>Inserisci il nome di una città.</translation>
    </message>
    <message>
        <source>Choose a date and time.</source>
        <translation>Scegli una data e un&apos;ora.</translation>
    </message>
    <message>
        <source>This condition is not valid.</source>
        <translation>Questa condizione non è valida.</translation>
    </message>
    <message>
        <source>Add at least one condition: who should go to this destination?</source>
        <translation>Aggiungi almeno una condizione: chi deve andare a questa destinazione?</translation>
    </message>
    <message>
        <source>Rule %1: %2</source>
        <translation>Regola %1: %2</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>on Android</source>
        <translation>su Android</translation>
    </message>
    <message>
        <source>on an iPhone or iPad</source>
        <translation>su un iPhone o iPad</translation>
    </message>
    <message>
        <source>on a phone or tablet</source>
        <translation>su un telefono o tablet</translation>
    </message>
    <message>
        <source>on a computer</source>
        <translation>su un computer</translation>
    </message>
    <message>
        <source>on Windows</source>
        <translation>su Windows</translation>
    </message>
    <message>
        <source>on a Mac</source>
        <translation>su un Mac</translation>
    </message>
    <message>
        <source>on Linux</source>
        <translation>su Linux</translation>
    </message>
    <message>
        <source>on ChromeOS</source>
        <translation>su ChromeOS</translation>
    </message>
    <message>
        <source>on a device “%1”</source>
        <translation>su un dispositivo «%1»</translation>
    </message>
    <message>
        <source>whose browser asks for the language “%1”</source>
        <translation>il cui browser chiede la lingua «%1»</translation>
    </message>
    <message>
        <source>whose browser asks for %1 (%2)</source>
        <translation>il cui browser chiede %1 (%2)</translation>
    </message>
    <message>
        <source>whose link has ?%1=%2</source>
        <translation>il cui link ha ?%1=%2</translation>
    </message>
    <message>
        <source>whose link has the parameter “%1”</source>
        <translation>il cui link ha il parametro «%1»</translation>
    </message>
    <message>
        <source>whose link has “%1” without a value</source>
        <translation>il cui link ha «%1» senza valore</translation>
    </message>
    <message>
        <source>from the address %1</source>
        <translation>dall&apos;indirizzo %1</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <source>before %1</source>
        <translation>prima del %1</translation>
    </message>
    <message>
        <source>after %1</source>
        <translation>dopo il %1</translation>
    </message>
    <message>
        <source>using %1</source>
        <translation>con %1</translation>
    </message>
    <message>
        <source>using the browser “%1”</source>
        <translation>con il browser «%1»</translation>
    </message>
    <message>
        <source>No visitor goes to %1 yet: add a condition.</source>
        <translation>Nessun visitatore va ancora a %1: aggiungi una condizione.</translation>
    </message>
    <message>
        <source>A visitor %1 goes to %2.</source>
        <translation>Un visitatore %1 va a %2.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> e </translation>
    </message>
    <message>
        <source>No visitor is sent anywhere yet: add a condition and an address.</source>
        <translation>Ancora nessun visitatore viene inviato: aggiungi una condizione e un indirizzo.</translation>
    </message>
    <message>
        <source>A visitor %1 goes to the address this rule is given.</source>
        <translation>Un visitatore %1 va all&apos;indirizzo assegnato a questa regola.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Rules::PreviewText</name>
    <message>
        <source>Goes to %1 (rule %2).</source>
        <translation>Va a %1 (regola %2).</translation>
    </message>
    <message>
        <source>No rule matches: the A/B split sends this visitor to one of %1.</source>
        <translation>Nessuna regola corrisponde: la ripartizione A/B manda questo visitatore a una di queste destinazioni: %1.</translation>
    </message>
    <message>
        <source>No rule matches: goes to the destination.</source>
        <translation>Nessuna regola corrisponde: va alla destinazione.</translation>
    </message>
    <message>
        <source>No rule matches: goes to the destination, %1.</source>
        <translation>Nessuna regola corrisponde: va alla destinazione, %1.</translation>
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
        <translation>Una regola si scrive CONDIZIONI -&gt; INDIRIZZO, come «device=ios -&gt; https://apps.apple.com/app/id1»; «%1» non ha «-&gt;».</translation>
    </message>
    <message>
        <source>Unknown condition “%1”: use device, language, country, city, browser, ip, before, after (each as NAME=VALUE) or param:NAME=VALUE.</source>
        <translation>Condizione sconosciuta «%1»: usa device, language, country, city, browser, ip, before, after (ognuna come NOME=VALORE) o param:NOME=VALORE.</translation>
    </message>
    <message>
        <source>%1 cannot send visitors elsewhere by device, language or country; links on this computer and on Shlink can.</source>
        <translation>%1 non può mandare i visitatori altrove in base a dispositivo, lingua o paese; possono farlo i link di questo computer e di Shlink.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Server::Pg::DbCopy</name>
    <message>
        <source>Nothing was copied: the PostgreSQL database is as it was.</source>
        <translation>Non è stato copiato nulla: il database PostgreSQL è com&apos;era.</translation>
    </message>
    <message>
        <source>db:copy needs a target: --to postgresql://USER@HOST:PORT/DATABASE, or Shlink&apos;s variables DB_DRIVER=postgres with DB_HOST, DB_PORT, DB_NAME, DB_USER and DB_PASSWORD (or DB_UNIX_SOCKET).</source>
        <translation>db:copy richiede una destinazione: --to postgresql://UTENTE@HOST:PORTA/DATABASE, o le variabili di Shlink DB_DRIVER=postgres con DB_HOST, DB_PORT, DB_NAME, DB_USER e DB_PASSWORD (o DB_UNIX_SOCKET).</translation>
    </message>
    <message>
        <source>DB_DRIVER is “%1”: db:copy moves a server to PostgreSQL only (DB_DRIVER=postgres).</source>
        <translation>DB_DRIVER è «%1»: db:copy sposta un server solo su PostgreSQL (DB_DRIVER=postgres).</translation>
    </message>
    <message>
        <source>DB_PORT wants a port number, not “%1”.</source>
        <translation>DB_PORT richiede un numero di porta, non «%1».</translation>
    </message>
    <message>
        <source>db:copy needs the SQLite file to copy: --from FILE.sqlite.</source>
        <translation>db:copy richiede il file SQLite da copiare: --from FILE.sqlite.</translation>
    </message>
    <message>
        <source>There is no SQLite file at “%1”.</source>
        <translation>Non c&apos;è nessun file SQLite in «%1».</translation>
    </message>
    <message>
        <source>“%1” has schema version %2, and this linkdeck-server&apos;s PostgreSQL schema is version %3: update linkdeck-server to copy it.</source>
        <translation>«%1» ha la versione dello schema %2, e lo schema PostgreSQL di questo linkdeck-server è la versione %3: aggiorna linkdeck-server per copiarlo.</translation>
    </message>
    <message>
        <source>Could not read “%1”.</source>
        <translation>Impossibile leggere «%1».</translation>
    </message>
    <message>
        <source>The PostgreSQL database %1 is not empty (it holds %2): db:copy moves a server into an empty database only. Nothing was copied.</source>
        <translation>Il database PostgreSQL %1 non è vuoto (contiene %2): db:copy sposta un server solo in un database vuoto. Non è stato copiato nulla.</translation>
    </message>
    <message>
        <source>“%1” has no table %2.</source>
        <translation>«%1» non ha la tabella %2.</translation>
    </message>
    <message>
        <source>The PostgreSQL schema has no column %1.%2, which “%3” has: update linkdeck-server.</source>
        <translation>Lo schema PostgreSQL non ha la colonna %1.%2, che «%3» ha: aggiorna linkdeck-server.</translation>
    </message>
    <message>
        <source>Could not read the %1 of “%2”.</source>
        <translation>Impossibile leggere %1 di «%2».</translation>
    </message>
    <message>
        <source>db:copy: %1 of %2 %3 (%4%)</source>
        <translation>db:copy: %1 di %2 %3 (%4%)</translation>
    </message>
    <message>
        <source>PostgreSQL refused the %1 of “%2”: %3</source>
        <translation>PostgreSQL ha rifiutato %1 di «%2»: %3</translation>
    </message>
    <message>
        <source>%1 of %2 %3 arrived in PostgreSQL.</source>
        <translation>%1 di %2 %3 sono arrivati in PostgreSQL.</translation>
    </message>
    <message>
        <source>db:copy: %1 %2 copied</source>
        <translation>db:copy: %1 %2 copiati</translation>
    </message>
    <message>
        <source>PostgreSQL counts %1 %2 after the copy, and “%3” has %4.</source>
        <translation>PostgreSQL conta %1 %2 dopo la copia, e «%3» ne ha %4.</translation>
    </message>
    <message>
        <source>db:copy: copied %1 from %2 in %3 s; every table&apos;s count matches.</source>
        <translation>db:copy: copiato %1 da %2 in %3 s; il conteggio di ogni tabella corrisponde.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Server::Pg::PgClickWriter</name>
    <message>
        <source>A batch of clicks needs its journal and a position after its start.</source>
        <translation>Un gruppo di clic richiede il suo registro e una posizione dopo il suo inizio.</translation>
    </message>
    <message>
        <source>The clicks of journal %1 from %2 do not follow on what PostgreSQL has stored (up to %3); nothing was stored.</source>
        <translation>I clic del registro %1 da %2 non seguono quanto PostgreSQL ha salvato (fino a %3); non è stato salvato nulla.</translation>
    </message>
    <message>
        <source>PostgreSQL stored %1 of %2 clicks; nothing was stored.</source>
        <translation>PostgreSQL ha salvato %1 di %2 clic; non è stato salvato nulla.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Server::Pg::PgConnection</name>
    <message>
        <source>“%1” is not a PostgreSQL address: %2. Write it as postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>«%1» non è un indirizzo PostgreSQL: %2. Scrivilo come postgresql://UTENTE@HOST:PORTA/DATABASE.</translation>
    </message>
    <message>
        <source>Could not connect to PostgreSQL: out of memory.</source>
        <translation>Impossibile connettersi a PostgreSQL: memoria esaurita.</translation>
    </message>
    <message>
        <source>Could not connect to the PostgreSQL server at %1: %2</source>
        <translation>Impossibile connettersi al server PostgreSQL su %1: %2</translation>
    </message>
    <message>
        <source>Could not set the connection to UTF-8.</source>
        <translation>Impossibile impostare la connessione su UTF-8.</translation>
    </message>
    <message>
        <source>(no connection)</source>
        <translation>(nessuna connessione)</translation>
    </message>
    <message>
        <source>The connection to PostgreSQL at %1 was lost: %2</source>
        <translation>La connessione a PostgreSQL su %1 si è interrotta: %2</translation>
    </message>
    <message>
        <source>There is no connection to PostgreSQL.</source>
        <translation>Non c&apos;è una connessione a PostgreSQL.</translation>
    </message>
    <message>
        <source>PostgreSQL refused a statement:</source>
        <translation>PostgreSQL ha rifiutato un&apos;istruzione:</translation>
    </message>
    <message>
        <source>PostgreSQL refused to start a copy:</source>
        <translation>PostgreSQL si è rifiutato di avviare una copia:</translation>
    </message>
    <message>
        <source>Could not send rows to PostgreSQL.</source>
        <translation>Impossibile inviare le righe a PostgreSQL.</translation>
    </message>
    <message>
        <source>Could not finish sending rows to PostgreSQL.</source>
        <translation>Impossibile completare l&apos;invio delle righe a PostgreSQL.</translation>
    </message>
    <message>
        <source>PostgreSQL refused the rows:</source>
        <translation>PostgreSQL ha rifiutato le righe:</translation>
    </message>
    <message>
        <source>The transaction has ended.</source>
        <translation>La transazione è terminata.</translation>
    </message>
    <message>
        <source>PostgreSQL rolled the transaction back; nothing of it was stored.</source>
        <translation>PostgreSQL ha annullato la transazione; non ne è stato salvato nulla.</translation>
    </message>
    <message>
        <source>The PostgreSQL address is not valid: %1. Write it as postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>L&apos;indirizzo PostgreSQL non è valido: %1. Scrivilo come postgresql://UTENTE@HOST:PORTA/DATABASE.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Server::Pg::PgLinkStore</name>
    <message>
        <source>The back-half “%1” is already used on %2. Choose another one.</source>
        <translation>Il suffisso «%1» è già usato su %2. Scegline un altro.</translation>
    </message>
    <message>
        <source>The link no longer exists; it may have been deleted.</source>
        <translation>Il link non esiste più; potrebbe essere stato eliminato.</translation>
    </message>
    <message>
        <source>The link no longer exists; it may have been deleted already.</source>
        <translation>Il link non esiste più; potrebbe essere già stato eliminato.</translation>
    </message>
    <message>
        <source>There is no tag “%1”.</source>
        <translation>Non esiste il tag «%1».</translation>
    </message>
    <message>
        <source>There is already a tag “%1”.</source>
        <translation>Esiste già un tag «%1».</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Server::Pg::PgSchema</name>
    <message>
        <source>The PostgreSQL database %1 was set up by a newer version of linkdeck-server (schema version %2; this one knows up to %3). Update linkdeck-server to use it.</source>
        <translation>Il database PostgreSQL %1 è stato configurato da una versione più recente di linkdeck-server (versione dello schema %2; questa conosce fino alla %3). Aggiorna linkdeck-server per usarlo.</translation>
    </message>
    <message>
        <source>The PostgreSQL database %1 already has tables named links, clicks or api_keys that linkdeck-server did not create. Use an empty database.</source>
        <translation>Il database PostgreSQL %1 ha già tabelle chiamate links, clicks o api_keys non create da linkdeck-server. Usa un database vuoto.</translation>
    </message>
    <message>
        <source>Could not set up the PostgreSQL database %1 for schema version %2; it was left as it was.</source>
        <translation>Impossibile preparare il database PostgreSQL %1 per la versione dello schema %2; è stato lasciato com&apos;era.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::ShlinkProvider</name>
    <message>
        <source>This back-half is already used on %1. Choose another one.</source>
        <translation>Questo suffisso è già usato su %1. Scegline un altro.</translation>
    </message>
    <message>
        <source>this Shlink server</source>
        <translation>questo server Shlink</translation>
    </message>
    <message>
        <source>The Shlink server did not accept the API key of “%1”. Check it in Preferences &gt; Accounts.</source>
        <translation>Il server Shlink non ha accettato la chiave API di «%1». Controllala in Preferenze &gt; Account.</translation>
    </message>
    <message>
        <source>The Shlink server does not know this link; it may have been deleted there.</source>
        <translation>Il server Shlink non conosce questo link; potrebbe essere stato eliminato lì.</translation>
    </message>
    <message numerus="yes">
        <source>The Shlink server keeps links with more than %n visit(s); it refused to delete this one.</source>
        <translation>
            <numerusform>Il server Shlink conserva i link con più di %n visita; si è rifiutato di eliminare questo.</numerusform>
            <numerusform>Il server Shlink conserva i link con più di %n visite; si è rifiutato di eliminare questo.</numerusform>
        </translation>
    </message>
    <message>
        <source>The Shlink server refused the link: %1</source>
        <translation>Il server Shlink ha rifiutato il link: %1</translation>
    </message>
    <message>
        <source>The Shlink server does not know this domain.</source>
        <translation>Il server Shlink non conosce questo dominio.</translation>
    </message>
    <message>
        <source>Shlink gives no breakdown by device; its visits carry the browser&apos;s description only.</source>
        <translation>Shlink non fornisce una ripartizione per dispositivo; le sue visite riportano solo la descrizione del browser.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>La richiesta è stata annullata.</translation>
    </message>
    <message>
        <source>This Shlink server has no redirect rules. They need Shlink 4 or later.</source>
        <translation>Questo server Shlink non ha regole di reindirizzamento. Richiedono Shlink 4 o successivo.</translation>
    </message>
    <message>
        <source>The Shlink server refused the redirect rules: %1</source>
        <translation>Il server Shlink ha rifiutato le regole di reindirizzamento: %1</translation>
    </message>
    <message>
        <source>The Shlink server has redirect rules this version of Linkdeck does not know. Update Linkdeck to see and edit them.</source>
        <translation>Il server Shlink ha regole di reindirizzamento che questa versione di Linkdeck non conosce. Aggiorna Linkdeck per vederle e modificarle.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Slug</name>
    <message>
        <source>Enter a back-half, or leave it empty for a random one.</source>
        <translation>Inserisci un suffisso, o lascialo vuoto per uno casuale.</translation>
    </message>
    <message>
        <source>The back-half is too long: at most %1 characters.</source>
        <translation>Il suffisso è troppo lungo: al massimo %1 caratteri.</translation>
    </message>
    <message>
        <source>The back-half cannot contain spaces; use “-” instead.</source>
        <translation>Il suffisso non può contenere spazi; usa invece «-».</translation>
    </message>
    <message>
        <source>The back-half can only contain letters a–z, digits, “-” and “_”; “%1” is not allowed.</source>
        <translation>Il suffisso può contenere solo lettere a–z, cifre, «-» e «_»; «%1» non è consentito.</translation>
    </message>
    <message>
        <source>“%1” is reserved by the link server; choose another back-half.</source>
        <translation>«%1» è riservato dal server di link; scegli un altro suffisso.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::SplitTest</name>
    <message numerus="yes">
        <source>Too few clicks to compare the variants yet: %Ln click(s) so far, and the test needs about %1.</source>
        <translation>
            <numerusform>Ancora troppo pochi clic per confrontare le varianti: %Ln clic finora, e il test ne richiede circa %1.</numerusform>
            <numerusform>Ancora troppo pochi clic per confrontare le varianti: %Ln clic finora, e il test ne richiede circa %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Variant %1 gets significantly more clicks than its share of visitors (chi-square test, p %2, %Ln click(s)).</source>
        <translation>
            <numerusform>La variante %1 riceve molti più clic della sua quota di visitatori (test del chi quadrato, p %2, %Ln clic).</numerusform>
            <numerusform>La variante %1 riceve molti più clic della sua quota di visitatori (test del chi quadrato, p %2, %Ln clic).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The difference between the variants is not significant yet (chi-square test, p %1, %Ln click(s)): each gets about the clicks its share of visitors brings.</source>
        <translation>
            <numerusform>La differenza tra le varianti non è ancora significativa (test del chi quadrato, p %1, %Ln clic): ognuna riceve circa i clic che porta la sua quota di visitatori.</numerusform>
            <numerusform>La differenza tra le varianti non è ancora significativa (test del chi quadrato, p %1, %Ln clic): ognuna riceve circa i clic che porta la sua quota di visitatori.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Linkdeck::SyncQueue</name>
    <message>
        <source>Could not keep the change for later.</source>
        <translation>Impossibile conservare la modifica per dopo.</translation>
    </message>
    <message>
        <source>Could not update the list of changes to send.</source>
        <translation>Impossibile aggiornare l&apos;elenco delle modifiche da inviare.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::UrlValidator</name>
    <message>
        <source>Enter the web address the short link should open.</source>
        <translation>Inserisci l&apos;indirizzo web che il link breve deve aprire.</translation>
    </message>
    <message>
        <source>The address contains a line break or another invisible character. Paste it again on one line.</source>
        <translation>L&apos;indirizzo contiene un a capo o un altro carattere invisibile. Incollalo di nuovo su una sola riga.</translation>
    </message>
    <message>
        <source>Links that run a script (%1:) are refused: they can harm the people who click them.</source>
        <translation>I link che eseguono uno script (%1:) vengono rifiutati: possono danneggiare chi ci fa clic.</translation>
    </message>
    <message>
        <source>Links that carry their own content (data:) are refused: they are a common phishing trick.</source>
        <translation>I link che contengono il proprio contenuto (data:) vengono rifiutati: sono un trucco di phishing comune.</translation>
    </message>
    <message>
        <source>A file: address only works on the computer it points to. Use a web address (https://…).</source>
        <translation>Un indirizzo file: funziona solo sul computer a cui punta. Usa un indirizzo web (https://…).</translation>
    </message>
    <message>
        <source>Only web addresses (http:// or https://) can be shortened, not “%1:” addresses.</source>
        <translation>Si possono accorciare solo indirizzi web (http:// o https://), non indirizzi «%1:».</translation>
    </message>
    <message>
        <source>The address is incomplete: “%1:” must be followed by “//” and a site name.</source>
        <translation>L&apos;indirizzo è incompleto: «%1:» deve essere seguito da «//» e dal nome di un sito.</translation>
    </message>
    <message>
        <source>The address has no site name. Enter a full address such as https://example.com/page.</source>
        <translation>L&apos;indirizzo non ha il nome del sito. Inserisci un indirizzo completo come https://example.com/pagina.</translation>
    </message>
    <message>
        <source>The address contains a user name or password (before “@”). Such links are refused because they are used to disguise where a link goes.</source>
        <translation>L&apos;indirizzo contiene un nome utente o una password (prima di «@»). Questi link vengono rifiutati perché servono a nascondere dove porta un link.</translation>
    </message>
    <message>
        <source>The site name contains a space.</source>
        <translation>Il nome del sito contiene uno spazio.</translation>
    </message>
    <message>
        <source>The address “%1” is not valid.</source>
        <translation>L&apos;indirizzo «%1» non è valido.</translation>
    </message>
    <message>
        <source>“%1” is not a valid site name.</source>
        <translation>«%1» non è un nome di sito valido.</translation>
    </message>
    <message>
        <source>“%1” is not a web address. Enter the site too, such as %1.com or https://%1/.</source>
        <translation>«%1» non è un indirizzo web. Inserisci anche il sito, come %1.com o https://%1/.</translation>
    </message>
    <message>
        <source>The port “%1” is not valid; it must be a number from 1 to 65535.</source>
        <translation>La porta «%1» non è valida; deve essere un numero da 1 a 65535.</translation>
    </message>
    <message>
        <source>The address is too long: %1 characters, and at most %2 are allowed.</source>
        <translation>L&apos;indirizzo è troppo lungo: %1 caratteri, e ne sono consentiti al massimo %2.</translation>
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
        <translation>Stampa (codice QR)</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Social media</translation>
    </message>
    <message>
        <source>Paid social</source>
        <translation>Social a pagamento</translation>
    </message>
    <message>
        <source>Partner or affiliate</source>
        <translation>Partner o affiliato</translation>
    </message>
</context>
<context>
    <name>LocalServerPanel</name>
    <message>
        <source>Local server</source>
        <translation>Server locale</translation>
    </message>
    <message>
        <source>Start with Linkdeck</source>
        <translation>Avvia con Linkdeck</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferenze</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Generale</translation>
    </message>
    <message>
        <source>New links</source>
        <translation>Nuovi link</translation>
    </message>
    <message>
        <source>Random back-half length:</source>
        <translation>Lunghezza del suffisso casuale:</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> caratteri</translation>
    </message>
    <message>
        <source>Tracking preset for new links:</source>
        <translation>Modello di tracciamento per i nuovi link:</translation>
    </message>
    <message>
        <source>Write tracking values in lower case</source>
        <translation>Scrivi i valori di tracciamento in minuscolo</translation>
    </message>
    <message>
        <source>Local server</source>
        <translation>Server locale</translation>
    </message>
    <message>
        <source>Port on this computer:</source>
        <translation>Porta su questo computer:</translation>
    </message>
    <message>
        <source>Public &amp;address:</source>
        <translation>&amp;Indirizzo pubblico:</translation>
    </message>
    <message>
        <source>https://go.example.com</source>
        <translation>https://go.example.com</translation>
    </message>
    <message>
        <source>The domain people open this computer&apos;s links at, such as one a reverse proxy answers on; short links, copies and QR codes use it. Empty: this computer only (localhost).</source>
        <translation>Il dominio a cui si aprono i link di questo computer, ad esempio quello di un reverse proxy; lo usano link brevi, copie e codici QR. Vuoto: solo questo computer (localhost).</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Aspetto</translation>
    </message>
    <message>
        <source>&amp;Colours:</source>
        <translation>&amp;Colori:</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Chiaro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Scuro</translation>
    </message>
</context>
<context>
    <name>QrStudioDialog</name>
    <message>
        <source>QR Code</source>
        <translation>Codice QR</translation>
    </message>
    <message>
        <source>&amp;Content:</source>
        <translation>&amp;Contenuto:</translation>
    </message>
    <message>
        <source>Pre&amp;set:</source>
        <translation>Mo&amp;dello:</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Salva…</translation>
    </message>
    <message>
        <source>Remember these settings under a name</source>
        <translation>Memorizza queste impostazioni con un nome</translation>
    </message>
    <message>
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <source>Save the code as a file</source>
        <translation>Salva il codice come file</translation>
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
        <translation>Un PDF in CMYK con i moduli in nero puro (K), come chiedono le tipografie</translation>
    </message>
    <message>
        <source>Copy Image</source>
        <translation>Copia immagine</translation>
    </message>
    <message>
        <source>Copy SVG</source>
        <translation>Copia SVG</translation>
    </message>
    <message>
        <source>Label Sheet</source>
        <translation>Foglio di etichette</translation>
    </message>
    <message>
        <source>Paper, gr&amp;id:</source>
        <translation>C&amp;arta, griglia:</translation>
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
        <translation>Mar&amp;gine, spazio:</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source>Margin around the page</source>
        <translation>Margine intorno alla pagina</translation>
    </message>
    <message>
        <source>Gap between the labels</source>
        <translation>Spazio tra le etichette</translation>
    </message>
    <message>
        <source>Short URL under each code</source>
        <translation>URL breve sotto ogni codice</translation>
    </message>
    <message>
        <source>Sheet PDF…</source>
        <translation>PDF del foglio…</translation>
    </message>
    <message>
        <source>Save the label sheet as a PDF</source>
        <translation>Salva il foglio di etichette come PDF</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Stampa…</translation>
    </message>
    <message>
        <source>Print the label sheet, with a preview</source>
        <translation>Stampa il foglio di etichette, con anteprima</translation>
    </message>
</context>
<context>
    <name>QrStyleForm</name>
    <message>
        <source>&amp;Error correction:</source>
        <translation>Correzione degli &amp;errori:</translation>
    </message>
    <message>
        <source>Low (7 %)</source>
        <translation>Bassa (7 %)</translation>
    </message>
    <message>
        <source>Medium (15 %)</source>
        <translation>Media (15 %)</translation>
    </message>
    <message>
        <source>Quartile (25 %)</source>
        <translation>Quartile (25 %)</translation>
    </message>
    <message>
        <source>High (30 %)</source>
        <translation>Alta (30 %)</translation>
    </message>
    <message>
        <source>Minimum &amp;version:</source>
        <translation>&amp;Versione minima:</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatico</translation>
    </message>
    <message>
        <source>Keep the code at least this version (1 to 40), e.g. so that a series of codes has one size</source>
        <translation>Mantieni il codice almeno a questa versione (da 1 a 40), ad es. perché una serie di codici abbia la stessa dimensione</translation>
    </message>
    <message>
        <source>&amp;Modules:</source>
        <translation>Mod&amp;uli:</translation>
    </message>
    <message>
        <source>Squares</source>
        <translation>Quadrati</translation>
    </message>
    <message>
        <source>Rounded</source>
        <translation>Arrotondati</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>Punti</translation>
    </message>
    <message>
        <source>Corner ma&amp;rks:</source>
        <translation>Segni d&apos;a&amp;ngolo:</translation>
    </message>
    <message>
        <source>Square</source>
        <translation>Quadrati</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>Dimen&amp;sione:</translation>
    </message>
    <message>
        <source>Printed width</source>
        <translation>Larghezza stampata</translation>
    </message>
    <message>
        <source>Module size</source>
        <translation>Dimensione modulo</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source>The printed width of the code, quiet zone included</source>
        <translation>La larghezza stampata del codice, zona di rispetto inclusa</translation>
    </message>
    <message>
        <source>The printed size of one module (one square of the code)</source>
        <translation>La dimensione stampata di un modulo (un quadrato del codice)</translation>
    </message>
    <message>
        <source>&amp;Quiet zone:</source>
        <translation>&amp;Zona di rispetto:</translation>
    </message>
    <message>
        <source> modules</source>
        <translation> moduli</translation>
    </message>
    <message>
        <source>PNG resol&amp;ution:</source>
        <translation>&amp;Risoluzione PNG:</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <source>&amp;Foreground:</source>
        <translation>&amp;Primo piano:</translation>
    </message>
    <message>
        <source>#rrggbb, a colour name, or cmyk(c,m,y,k) in percent, e.g. cmyk(0,0,0,100) for pure black</source>
        <translation>#rrggbb, un nome di colore, o cmyk(c,m,y,k) in percentuale, ad es. cmyk(0,0,0,100) per il nero puro</translation>
    </message>
    <message>
        <source>Choose the foreground colour</source>
        <translation>Scegli il colore di primo piano</translation>
    </message>
    <message>
        <source>Choose a colour</source>
        <translation>Scegli un colore</translation>
    </message>
    <message>
        <source>&amp;Background:</source>
        <translation>S&amp;fondo:</translation>
    </message>
    <message>
        <source>Choose the background colour</source>
        <translation>Scegli il colore di sfondo</translation>
    </message>
    <message>
        <source>Transparent</source>
        <translation>Trasparente</translation>
    </message>
    <message>
        <source>&amp;Logo:</source>
        <translation>&amp;Logo:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Scegli…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <source>Ca&amp;ption:</source>
        <translation>Didascal&amp;ia:</translation>
    </message>
    <message>
        <source>Optional text under the code</source>
        <translation>Testo facoltativo sotto il codice</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Branded short links, campaign charts and QR codes.</source>
        <translation>Link brevi personalizzati, grafici delle campagne e codici QR.</translation>
    </message>
    <message>
        <source>Keep the database and settings in &lt;dir&gt;.</source>
        <translation>Conserva il database e le impostazioni in &lt;dir&gt;.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dir</translation>
    </message>
    <message>
        <source>Linkdeck is already open</source>
        <translation>Linkdeck è già aperto</translation>
    </message>
    <message>
        <source>Linkdeck cannot start</source>
        <translation>Linkdeck non può avviarsi</translation>
    </message>
</context>
</TS>
