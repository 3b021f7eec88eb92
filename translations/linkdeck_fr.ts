<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AccountDialog</name>
    <message>
        <source>Add Account</source>
        <translation>Ajouter un compte</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Service&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <source>Marketing team</source>
        <translation>Équipe marketing</translation>
    </message>
    <message>
        <source>API &amp;token:</source>
        <translation>&amp;Jeton d&apos;API&#xa0;:</translation>
    </message>
    <message>
        <source>API &amp;address:</source>
        <translation>&amp;Adresse de l&apos;API&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Default domain:</source>
        <translation>&amp;Domaine par défaut&#xa0;:</translation>
    </message>
    <message>
        <source>Test &amp;Connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>The token is kept in your system&apos;s keychain, not in Linkdeck&apos;s files.</source>
        <translation>Le jeton est conservé dans le trousseau de votre système, pas dans les fichiers de Linkdeck.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Account</name>
    <message>
        <source>This computer</source>
        <translation>Cet ordinateur</translation>
    </message>
</context>
<context>
    <name>Linkdeck::AccountRepository</name>
    <message>
        <source>Enter the address of the Shlink server, such as https://s.example.com.</source>
        <translation>Saisissez l&apos;adresse du serveur Shlink, par exemple https://s.example.com.</translation>
    </message>
    <message>
        <source>The API address must start with https:// (or http:// for a server on your own network).</source>
        <translation>L&apos;adresse de l&apos;API doit commencer par https:// (ou http:// pour un serveur de votre propre réseau).</translation>
    </message>
    <message>
        <source>%1 is reached over http://, so the API token travels unencrypted and anyone on the network between can read it. Use https:// unless the server is on this computer.</source>
        <translation>%1 est joint via http://&#xa0;: le jeton d&apos;API circule donc en clair et toute personne sur le réseau intermédiaire peut le lire. Utilisez https://, sauf si le serveur est sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Give the account a name.</source>
        <translation>Donnez un nom au compte.</translation>
    </message>
    <message>
        <source>There is already an account named “%1”.</source>
        <translation>Un compte nommé «&#xa0;%1&#xa0;» existe déjà.</translation>
    </message>
    <message>
        <source>Could not save the account.</source>
        <translation>Impossible d&apos;enregistrer le compte.</translation>
    </message>
    <message>
        <source>“This computer” cannot be removed.</source>
        <translation>«&#xa0;Cet ordinateur&#xa0;» ne peut pas être supprimé.</translation>
    </message>
    <message>
        <source>Could not remove the account.</source>
        <translation>Impossible de supprimer le compte.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::AccountSync</name>
    <message>
        <source>This account&apos;s service cannot list its links.</source>
        <translation>Le service de ce compte ne peut pas lister ses liens.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Analytics</name>
    <message>
        <source>Could not read the click statistics.</source>
        <translation>Impossible de lire les statistiques de clics.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::BitlyProvider</name>
    <message>
        <source>This back-half is already used on Bitly. Choose another one.</source>
        <translation>Ce suffixe est déjà utilisé sur Bitly. Choisissez-en un autre.</translation>
    </message>
    <message>
        <source>Your Bitly plan&apos;s monthly limit is reached. Links can be created again next month, or after an upgrade.</source>
        <translation>La limite mensuelle de votre abonnement Bitly est atteinte. Vous pourrez de nouveau créer des liens le mois prochain ou après être passé à une offre supérieure.</translation>
    </message>
    <message>
        <source>Bitly is limiting requests from this account. Wait a minute and try again.</source>
        <translation>Bitly limite les requêtes de ce compte. Patientez une minute, puis réessayez.</translation>
    </message>
    <message>
        <source>Bitly did not accept the API token of “%1”. Check it in Preferences &gt; Accounts.</source>
        <translation>Bitly n&apos;a pas accepté le jeton d&apos;API de «&#xa0;%1&#xa0;». Vérifiez-le dans Préférences &gt; Comptes.</translation>
    </message>
    <message>
        <source>Bitly refused: %1</source>
        <translation>Bitly a refusé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Bitly refused the destination address. Check that it is a complete web address.</source>
        <translation>Bitly a refusé l&apos;adresse de destination. Vérifiez qu&apos;il s&apos;agit d&apos;une adresse web complète.</translation>
    </message>
    <message>
        <source>This domain is not set up in your Bitly account.</source>
        <translation>Ce domaine n&apos;est pas configuré dans votre compte Bitly.</translation>
    </message>
    <message>
        <source>This Bitly account has no active group to keep links in.</source>
        <translation>Ce compte Bitly n&apos;a aucun groupe actif où ranger les liens.</translation>
    </message>
    <message>
        <source>Bitly gives no breakdown by %1.</source>
        <translation>Bitly ne fournit pas de répartition par %1.</translation>
    </message>
    <message>
        <source>Your Bitly plan does not include clicks by device.</source>
        <translation>Votre abonnement Bitly n&apos;inclut pas les clics par appareil.</translation>
    </message>
    <message>
        <source>Your Bitly plan does not include this breakdown.</source>
        <translation>Votre abonnement Bitly n&apos;inclut pas cette répartition.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Bulk::CampaignMatrix</name>
    <message>
        <source>Name the campaign.</source>
        <translation>Donnez un nom à la campagne.</translation>
    </message>
    <message>
        <source>Enter at least one destination.</source>
        <translation>Saisissez au moins une destination.</translation>
    </message>
    <message>
        <source>Enter at least one source, such as newsletter or facebook.</source>
        <translation>Saisissez au moins une source, par exemple newsletter ou facebook.</translation>
    </message>
    <message>
        <source>Enter at least one medium, such as email or social.</source>
        <translation>Saisissez au moins un support, par exemple email ou social.</translation>
    </message>
    <message>
        <source>This makes %1 links; a campaign matrix makes at most %2. Split it into several.</source>
        <translation>Cela ferait %1 liens&#xa0;; une campagne en crée au plus %2 à la fois. Répartissez-la en plusieurs.</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>The back-half pattern makes “%1”: %2</source>
        <translation>Le modèle de suffixe donne «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>The back-half pattern makes “%1” twice (links %2 and %3): add {content}, {page} or {n} to it.</source>
        <translation>Le modèle de suffixe donne «&#xa0;%1&#xa0;» deux fois (liens %2 et %3)&#xa0;: ajoutez-y {content}, {page} ou {n}.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Bulk::ColumnMapping</name>
    <message>
        <source>No column holds the addresses the links go to. Name one &quot;destination&quot; or &quot;url&quot; in the first row, or choose it in the column mapping.</source>
        <translation>Aucune colonne ne contient les adresses de destination des liens. Nommez-en une «&#xa0;destination&#xa0;» ou «&#xa0;url&#xa0;» dans la première ligne, ou choisissez-la dans la correspondance des colonnes.</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(non importé)</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Back-half</source>
        <translation>Suffixe</translation>
    </message>
    <message>
        <source>Short URL</source>
        <translation>Lien court</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>UTM source</source>
        <translation>Source UTM</translation>
    </message>
    <message>
        <source>UTM medium</source>
        <translation>Support UTM</translation>
    </message>
    <message>
        <source>UTM campaign</source>
        <translation>Campagne UTM</translation>
    </message>
    <message>
        <source>UTM term</source>
        <translation>Terme UTM</translation>
    </message>
    <message>
        <source>UTM content</source>
        <translation>Contenu UTM</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Maximum clicks</source>
        <translation>Nombre maximal de clics</translation>
    </message>
    <message>
        <source>Then go to</source>
        <translation>Puis vers</translation>
    </message>
    <message>
        <source>Redirect status</source>
        <translation>Code de redirection</translation>
    </message>
    <message>
        <source>Forward query</source>
        <translation>Transmettre les paramètres</translation>
    </message>
    <message>
        <source>Crawlable</source>
        <translation>Indexable</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <source>Clicks (not imported)</source>
        <translation>Clics (non importés)</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Bulk::Exporter</name>
    <message>
        <source>The file could not be written.</source>
        <translation>Impossible d&apos;écrire le fichier.</translation>
    </message>
    <message>
        <source>The export was stopped; no file was written.</source>
        <translation>L&apos;export a été interrompu&#xa0;; aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>“%1” cannot be written: %2</source>
        <translation>Impossible d&apos;écrire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” cannot be written.</source>
        <translation>Impossible d&apos;écrire «&#xa0;%1&#xa0;».</translation>
    </message>
    <message numerus="yes">
        <source>%Ln link(s) from Bitly, Shlink or another service have empty countries, referrers and devices: Linkdeck has these only for links on this computer, and for a service&apos;s link once its statistics were shown from its first day to today.</source>
        <translation>
            <numerusform>%Ln lien de Bitly, Shlink ou d&apos;un autre service a des pays, sites référents et appareils vides&#xa0;: Linkdeck ne les a que pour les liens de cet ordinateur, et pour le lien d&apos;un service une fois ses statistiques affichées de son premier jour à aujourd&apos;hui.</numerusform>
            <numerusform>%Ln liens de Bitly, Shlink ou d&apos;un autre service ont des pays, sites référents et appareils vides&#xa0;: Linkdeck ne les a que pour les liens de cet ordinateur, et pour le lien d&apos;un service une fois ses statistiques affichées de son premier jour à aujourd&apos;hui.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The services report no browsers or operating systems: those columns are empty for %Ln link(s) of theirs.</source>
        <translation>
            <numerusform>Les services ne signalent ni navigateurs ni systèmes d&apos;exploitation&#xa0;: ces colonnes sont vides pour %Ln de leurs liens.</numerusform>
            <numerusform>Les services ne signalent ni navigateurs ni systèmes d&apos;exploitation&#xa0;: ces colonnes sont vides pour %Ln de leurs liens.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Linkdeck::Bulk::ImportReport</name>
    <message>
        <source>Nothing was imported.</source>
        <translation>Rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Dry run: %1 to create, %2 already there, %3 to update, %4 to create under another back-half, %5 skipped (back-half taken), %6 invalid.</source>
        <translation>Simulation&#xa0;: %1 à créer, %2 déjà présents, %3 à mettre à jour, %4 à créer sous un autre suffixe, %5 ignorés (suffixe pris), %6 non valides.</translation>
    </message>
    <message>
        <source>%1 created, %2 already there, %3 updated, %4 created under another back-half, %5 skipped (back-half taken), %6 invalid, %7 failed.</source>
        <translation>%1 créés, %2 déjà présents, %3 mis à jour, %4 créés sous un autre suffixe, %5 ignorés (suffixe pris), %6 non valides, %7 en échec.</translation>
    </message>
    <message>
        <source>The import was stopped; import the file again to go on where it stopped.</source>
        <translation>L&apos;import a été interrompu&#xa0;; importez de nouveau le fichier pour reprendre là où il s&apos;est arrêté.</translation>
    </message>
    <message>
        <source>The report could not be written: %1</source>
        <translation>Impossible d&apos;écrire le rapport&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Bulk::Importer</name>
    <message>
        <source>created</source>
        <translation>créé</translation>
    </message>
    <message>
        <source>will create</source>
        <translation>sera créé</translation>
    </message>
    <message>
        <source>already there</source>
        <translation>déjà présent</translation>
    </message>
    <message>
        <source>skipped: back-half taken</source>
        <translation>ignoré&#xa0;: suffixe pris</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>mis à jour</translation>
    </message>
    <message>
        <source>will update</source>
        <translation>sera mis à jour</translation>
    </message>
    <message>
        <source>created under another back-half</source>
        <translation>créé sous un autre suffixe</translation>
    </message>
    <message>
        <source>will create under another back-half</source>
        <translation>sera créé sous un autre suffixe</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>non valide</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>en échec</translation>
    </message>
    <message>
        <source>Only a file can be imported (it is read twice).</source>
        <translation>Seul un fichier peut être importé (il est lu deux fois).</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>the destination is empty.</source>
        <translation>la destination est vide.</translation>
    </message>
    <message>
        <source>“%1” is not a date; write it as 2026-12-31 or 2026-12-31T23:59:00Z.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date&#xa0;; écrivez-la sous la forme 2026-12-31 ou 2026-12-31T23:59:00Z.</translation>
    </message>
    <message>
        <source>the maximum of clicks “%1” is not a whole number of at least 1.</source>
        <translation>le nombre maximal de clics «&#xa0;%1&#xa0;» n&apos;est pas un nombre entier d&apos;au moins 1.</translation>
    </message>
    <message>
        <source>the address to go to after the end: %1</source>
        <translation>l&apos;adresse après la fin&#xa0;: %1</translation>
    </message>
    <message>
        <source>the redirect status “%1” is not one of 301, 302, 307 or 308.</source>
        <translation>le code de redirection «&#xa0;%1&#xa0;» n&apos;est ni 301, ni 302, ni 307, ni 308.</translation>
    </message>
    <message>
        <source>“%1” is neither true nor false (forward query).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est ni true ni false (transmettre les paramètres).</translation>
    </message>
    <message>
        <source>“%1” is neither true nor false (crawlable).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est ni true ni false (indexable).</translation>
    </message>
    <message>
        <source>No file is open.</source>
        <translation>Aucun fichier n&apos;est ouvert.</translation>
    </message>
    <message>
        <source>Linkdeck cannot use this account.</source>
        <translation>Linkdeck ne peut pas utiliser ce compte.</translation>
    </message>
    <message>
        <source>The file has column names but no links below them.</source>
        <translation>Le fichier contient des noms de colonnes, mais aucun lien en dessous.</translation>
    </message>
    <message>
        <source>the back-half “%1” on %2 already goes to %3; the row was skipped.</source>
        <translation>le suffixe «&#xa0;%1&#xa0;» sur %2 mène déjà à %3&#xa0;; la ligne a été ignorée.</translation>
    </message>
    <message>
        <source>the back-half “%1” is used by a row above for %2; the row was skipped.</source>
        <translation>le suffixe «&#xa0;%1&#xa0;» est utilisé par une ligne précédente pour %2&#xa0;; la ligne a été ignorée.</translation>
    </message>
    <message>
        <source>no free back-half was found for “%1”; the row was skipped.</source>
        <translation>aucun suffixe libre n&apos;a été trouvé pour «&#xa0;%1&#xa0;»&#xa0;; la ligne a été ignorée.</translation>
    </message>
    <message>
        <source>the back-half “%1” was taken; the link is “%2”.</source>
        <translation>le suffixe «&#xa0;%1&#xa0;» était pris&#xa0;; le lien est «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>the link to update is gone.</source>
        <translation>le lien à mettre à jour n&apos;existe plus.</translation>
    </message>
    <message>
        <source>kept on this computer; it is sent when the service can be reached.</source>
        <translation>conservé sur cet ordinateur&#xa0;; il sera envoyé dès que le service sera joignable.</translation>
    </message>
    <message>
        <source>The service still refuses more links for now (%1). Import the file again later to go on where it stopped.</source>
        <translation>Le service refuse encore d&apos;autres liens pour l&apos;instant (%1). Importez de nouveau le fichier plus tard pour reprendre là où il s&apos;est arrêté.</translation>
    </message>
    <message numerus="yes">
        <source>About %n second(s) left at %1&apos;s request limits.</source>
        <translation>
            <numerusform>Environ %n seconde restante au rythme de requêtes autorisé par %1.</numerusform>
            <numerusform>Environ %n secondes restantes au rythme de requêtes autorisé par %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>About %n minute(s) left at %1&apos;s request limits.</source>
        <translation>
            <numerusform>Environ %n minute restante au rythme de requêtes autorisé par %1.</numerusform>
            <numerusform>Environ %n minutes restantes au rythme de requêtes autorisé par %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>About %n hour(s) left at %1&apos;s request limits.</source>
        <translation>
            <numerusform>Environ %n heure restante au rythme de requêtes autorisé par %1.</numerusform>
            <numerusform>Environ %n heures restantes au rythme de requêtes autorisé par %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your %1 plan allows %n more link(s) this month; this import needs %2.</source>
        <translation>
            <numerusform>Votre abonnement %1 permet encore %n lien ce mois-ci&#xa0;; cette importation en demande %2.</numerusform>
            <numerusform>Votre abonnement %1 permet encore %n liens ce mois-ci&#xa0;; cette importation en demande %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Nothing more was sent: put the account right, then run again to go on where it stopped.</source>
        <translation>%1 Rien d’autre n’a été envoyé : corrigez le compte, puis relancez pour reprendre là où cela s’est arrêté.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Bulk::LinkTransfer</name>
    <message>
        <source>Choose the links to copy or move.</source>
        <translation>Choisissez les liens à copier ou à déplacer.</translation>
    </message>
    <message>
        <source>Linkdeck cannot use this account.</source>
        <translation>Linkdeck ne peut pas utiliser ce compte.</translation>
    </message>
    <message>
        <source>It has a password, which cannot go along: make it there by hand and set a password again.</source>
        <translation>Il a un mot de passe, qui ne peut pas être transféré&#xa0;: créez-le là-bas à la main et définissez de nouveau un mot de passe.</translation>
    </message>
    <message>
        <source>The old link stays as it was: its service cannot change where a link goes.</source>
        <translation>L&apos;ancien lien reste tel quel&#xa0;: son service ne peut pas changer la destination d&apos;un lien.</translation>
    </message>
    <message>
        <source>The new link exists; the old one still goes to the old address: %1</source>
        <translation>Le nouveau lien existe&#xa0;; l&apos;ancien mène toujours à l&apos;ancienne adresse&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Bulk::TableReader</name>
    <message>
        <source>Row %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>Impossible de lire le fichier.</translation>
    </message>
    <message>
        <source>The file is empty: there are no links to import.</source>
        <translation>Le fichier est vide&#xa0;: il n&apos;y a aucun lien à importer.</translation>
    </message>
    <message>
        <source>The JSON file is larger than %1 MB; export the links as CSV instead, which is read in parts.</source>
        <translation>Le fichier JSON dépasse %1 Mo&#xa0;; exportez plutôt les liens en CSV, qui est lu par morceaux.</translation>
    </message>
    <message>
        <source>The JSON file cannot be read: %1 in line %2.</source>
        <translation>Impossible de lire le fichier JSON&#xa0;: %1 à la ligne %2.</translation>
    </message>
    <message>
        <source>The JSON file holds no list of links.</source>
        <translation>Le fichier JSON ne contient pas de liste de liens.</translation>
    </message>
    <message>
        <source>Row %1: the JSON list holds something other than a link (an object).</source>
        <translation>Ligne %1&#xa0;: la liste JSON contient autre chose qu&apos;un lien (un objet).</translation>
    </message>
    <message>
        <source>The JSON file holds no links.</source>
        <translation>Le fichier JSON ne contient aucun lien.</translation>
    </message>
    <message>
        <source>The workbook&apos;s first sheet is empty: there are no links to import.</source>
        <translation>La première feuille du classeur est vide&#xa0;: il n&apos;y a aucun lien à importer.</translation>
    </message>
    <message>
        <source>the file holds binary data, not text; it is not a CSV or TSV table.</source>
        <translation>le fichier contient des données binaires, pas du texte&#xa0;; ce n&apos;est pas un tableau CSV ou TSV.</translation>
    </message>
    <message>
        <source>a quoted field that starts in this row has no closing quote mark. Check the quotes in that row; nothing was imported from it on.</source>
        <translation>un champ entre guillemets qui commence sur cette ligne n&apos;a pas de guillemet fermant. Vérifiez les guillemets de cette ligne&#xa0;; rien n&apos;a été importé à partir de là.</translation>
    </message>
    <message>
        <source>the row is longer than %1 characters; the file is probably not a table of links.</source>
        <translation>la ligne dépasse %1 caractères&#xa0;; le fichier n&apos;est probablement pas un tableau de liens.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Bulk::TransferReport</name>
    <message numerus="yes">
        <source>%n link(s) moved</source>
        <translation>
            <numerusform>%n lien déplacé</numerusform>
            <numerusform>%n liens déplacés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) copied</source>
        <translation>
            <numerusform>%n lien copié</numerusform>
            <numerusform>%n liens copiés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n old link(s) pointed to the new one(s)</source>
        <translation>
            <numerusform>%n ancien lien redirigé vers le nouveau</numerusform>
            <numerusform>%n anciens liens redirigés vers les nouveaux</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not made</source>
        <translation>
            <numerusform>%n non créé</numerusform>
            <numerusform>%n non créés</numerusform>
        </translation>
    </message>
    <message>
        <source>The mapping file could not be written: %1</source>
        <translation>Impossible d&apos;écrire le fichier de correspondance&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Bulk::XlsxSheet</name>
    <message>
        <source>The Excel workbook cannot be read; it may be damaged. Save it again in Excel, or as CSV.</source>
        <translation>Impossible de lire le classeur Excel&#xa0;; il est peut-être endommagé. Enregistrez-le de nouveau dans Excel, ou en CSV.</translation>
    </message>
    <message>
        <source>The Excel workbook is too large to read; save it as CSV.</source>
        <translation>Le classeur Excel est trop volumineux pour être lu&#xa0;; enregistrez-le en CSV.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::CachedProvider</name>
    <message>
        <source>%1 cannot start or end a link at a date.</source>
        <translation>%1 ne peut pas faire commencer ou finir un lien à une date.</translation>
    </message>
    <message>
        <source>%1 cannot limit the clicks of a link.</source>
        <translation>%1 ne peut pas limiter les clics d&apos;un lien.</translation>
    </message>
    <message>
        <source>%1 cannot give link previews a title, description or image; only links on this computer can.</source>
        <translation>%1 ne peut pas donner de titre, de description ni d&apos;image aux aperçus de liens&#xa0;; seuls les liens de cet ordinateur le peuvent.</translation>
    </message>
    <message>
        <source>%1 cannot send the visitors of an ended link to another address; only links on this computer can. Leave that address empty.</source>
        <translation>%1 ne peut pas envoyer les visiteurs d&apos;un lien terminé vers une autre adresse&#xa0;; seuls les liens de cet ordinateur le peuvent. Laissez cette adresse vide.</translation>
    </message>
    <message>
        <source>%1 cannot split a link&apos;s visitors between destinations; only links on this computer can.</source>
        <translation>%1 ne peut pas répartir les visiteurs d&apos;un lien entre plusieurs destinations&#xa0;; seuls les liens de cet ordinateur le peuvent.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::CampaignStats</name>
    <message>
        <source>%1 does not report browsers or operating systems: only the links on this computer are counted here.</source>
        <translation>%1 ne signale ni navigateurs ni systèmes d&apos;exploitation&#xa0;: seuls les liens de cet ordinateur sont comptés ici.</translation>
    </message>
    <message>
        <source>%1 do not report browsers or operating systems: only the links on this computer are counted here.</source>
        <translation>%1 ne signalent ni navigateurs ni systèmes d&apos;exploitation&#xa0;: seuls les liens de cet ordinateur sont comptés ici.</translation>
    </message>
    <message>
        <source>Only the links on this computer are in the chart: the clicks of %1 links over time cannot be filtered.</source>
        <translation>Seuls les liens de cet ordinateur figurent dans le graphique&#xa0;: les clics des liens %1 ne peuvent pas être filtrés dans le temps.</translation>
    </message>
    <message numerus="yes">
        <source>Totals only, not clicks over time, from %1: those links have %Ln click(s) in all, not in the series.</source>
        <translation>
            <numerusform>Totaux seuls, sans évolution des clics, pour %1&#xa0;: ces liens totalisent %Ln clic, absent de la série.</numerusform>
            <numerusform>Totaux seuls, sans évolution des clics, pour %1&#xa0;: ces liens totalisent %Ln clics, absents de la série.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fetching the figures of %1…</source>
        <translation>Récupération des chiffres de %1…</translation>
    </message>
    <message>
        <source>%1: %2 Showing the figures saved earlier.</source>
        <translation>%1&#xa0;: %2 Affichage des chiffres enregistrés précédemment.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1: your plan does not include click statistics for some links.</source>
        <translation>%1&#xa0;: votre abonnement n&apos;inclut pas les statistiques de clics de certains liens.</translation>
    </message>
    <message>
        <source>%1: %2 Its links are not in the series.</source>
        <translation>%1&#xa0;: %2 Ses liens ne figurent pas dans la série.</translation>
    </message>
    <message>
        <source>Figures from %1: %2.</source>
        <translation>Chiffres de %1&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Other links</source>
        <translation>Autres liens</translation>
    </message>
    <message>
        <source>Variant %1: %2</source>
        <translation>Variante %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Other clicks</source>
        <translation>Autres clics</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Cli</name>
    <message>
        <source>The keychain did not answer.</source>
        <translation>Le trousseau n&apos;a pas répondu.</translation>
    </message>
    <message>
        <source>Run linkdeck-cli from a desktop session, where GNOME Keyring or KWallet is available.</source>
        <translation>Exécutez linkdeck-cli depuis une session de bureau où GNOME Keyring ou KWallet est disponible.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Adds an account with a link service. The API token is read from the terminal without showing it, or with --token-stdin as the first line of stdin, and kept only in the keychain (GNOME Keyring, KWallet). The connection is tested before anything is saved.</source>
        <translation>Ajoute un compte auprès d&apos;un service de liens. Le jeton d&apos;API est lu dans le terminal sans être affiché, ou avec --token-stdin comme première ligne de stdin, et conservé uniquement dans le trousseau (GNOME Keyring, KWallet). La connexion est testée avant tout enregistrement.</translation>
    </message>
    <message>
        <source>The service: bitly, rebrandly, shlink or cuttly.</source>
        <translation>Le service&#xa0;: bitly, rebrandly, shlink ou cuttly.</translation>
    </message>
    <message>
        <source>The API address: required for Shlink (the server, e.g. https://s.example.com), otherwise the service&apos;s own.</source>
        <translation>L&apos;adresse de l&apos;API&#xa0;: obligatoire pour Shlink (le serveur, p. ex. https://s.example.com), sinon celle du service.</translation>
    </message>
    <message>
        <source>The Rebrandly workspace or the Bitly group (default: the account&apos;s first).</source>
        <translation>L&apos;espace de travail Rebrandly ou le groupe Bitly (par défaut&#xa0;: le premier du compte).</translation>
    </message>
    <message>
        <source>The domain of new links when none is given.</source>
        <translation>Le domaine des nouveaux liens quand aucun n&apos;est indiqué.</translation>
    </message>
    <message>
        <source>Read the token from the first line of stdin.</source>
        <translation>Lire le jeton sur la première ligne de stdin.</translation>
    </message>
    <message>
        <source>Save the account without testing the connection.</source>
        <translation>Enregistrer le compte sans tester la connexion.</translation>
    </message>
    <message>
        <source>A name for the account, e.g. Marketing.</source>
        <translation>Un nom pour le compte, p. ex. Marketing.</translation>
    </message>
    <message>
        <source>accounts add needs exactly one account name.</source>
        <translation>accounts add attend exactement un nom de compte.</translation>
    </message>
    <message>
        <source>accounts add needs --provider bitly, rebrandly, shlink or cuttly.</source>
        <translation>accounts add attend --provider bitly, rebrandly, shlink ou cuttly.</translation>
    </message>
    <message>
        <source>Unknown provider “%1”: use bitly, rebrandly, shlink or cuttly.</source>
        <translation>Service inconnu «&#xa0;%1&#xa0;»&#xa0;: utilisez bitly, rebrandly, shlink ou cuttly.</translation>
    </message>
    <message>
        <source>Give the account a name.</source>
        <translation>Donnez un nom au compte.</translation>
    </message>
    <message>
        <source>There is already an account named “%1”.</source>
        <translation>Un compte nommé «&#xa0;%1&#xa0;» existe déjà.</translation>
    </message>
    <message>
        <source>API token for “%1” (%2): </source>
        <translation>Jeton d&apos;API pour «&#xa0;%1&#xa0;» (%2)&#xa0;: </translation>
    </message>
    <message>
        <source>Give the token with --token-stdin.</source>
        <translation>Fournissez le jeton avec --token-stdin.</translation>
    </message>
    <message>
        <source>The token is empty: nothing was saved.</source>
        <translation>Le jeton est vide&#xa0;: rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Linkdeck cannot use accounts of %1.</source>
        <translation>Linkdeck ne peut pas utiliser les comptes %1.</translation>
    </message>
    <message>
        <source>The account “%1” was not added: %2</source>
        <translation>Le compte «&#xa0;%1&#xa0;» n&apos;a pas été ajouté&#xa0;: %2</translation>
    </message>
    <message>
        <source>Added the account “%1” (%2).</source>
        <translation>Compte «&#xa0;%1&#xa0;» (%2) ajouté.</translation>
    </message>
    <message>
        <source>Lists the accounts: id, name, service, default domain, API address and last sync. Tokens stay in the keychain and are never shown.</source>
        <translation>Liste les comptes&#xa0;: identifiant, nom, service, domaine par défaut, adresse de l&apos;API et dernière synchronisation. Les jetons restent dans le trousseau et ne sont jamais affichés.</translation>
    </message>
    <message>
        <source>table (default), csv or json.</source>
        <translation>table (par défaut), csv ou json.</translation>
    </message>
    <message>
        <source>accounts list takes no arguments, only options: “%1”.</source>
        <translation>accounts list n&apos;accepte pas d&apos;arguments, seulement des options&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Unknown format “%1”: use table, csv or json.</source>
        <translation>Format inconnu «&#xa0;%1&#xa0;»&#xa0;: utilisez table, csv ou json.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>PROVIDER</source>
        <translation>SERVICE</translation>
    </message>
    <message>
        <source>DOMAIN</source>
        <translation>DOMAINE</translation>
    </message>
    <message>
        <source>API BASE</source>
        <translation>ADRESSE API</translation>
    </message>
    <message>
        <source>LAST SYNC</source>
        <translation>DERNIÈRE SYNCHRO</translation>
    </message>
    <message>
        <source>Could not write the list to the output.</source>
        <translation>Impossible d&apos;écrire la liste en sortie.</translation>
    </message>
    <message>
        <source>Removes an account from Linkdeck, with the links kept of it on this computer and its token in the keychain. The links stay with the service.</source>
        <translation>Supprime un compte de Linkdeck, avec les liens conservés sur cet ordinateur et son jeton dans le trousseau. Les liens restent chez le service.</translation>
    </message>
    <message>
        <source>The account&apos;s name.</source>
        <translation>Le nom du compte.</translation>
    </message>
    <message>
        <source>accounts remove needs exactly one account name.</source>
        <translation>accounts remove attend exactement un nom de compte.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made offline in “%1” had not been sent yet; they are gone.</source>
        <translation>
            <numerusform>%n modification faite hors ligne dans «&#xa0;%1&#xa0;» n&apos;avait pas encore été envoyée&#xa0;; elle est perdue.</numerusform>
            <numerusform>%n modifications faites hors ligne dans «&#xa0;%1&#xa0;» n&apos;avaient pas encore été envoyées&#xa0;; elles sont perdues.</numerusform>
        </translation>
    </message>
    <message>
        <source>The account “%1” was removed, but its token could not be removed from the keychain: %2</source>
        <translation>Le compte «&#xa0;%1&#xa0;» a été supprimé, mais son jeton n&apos;a pas pu être retiré du trousseau&#xa0;: %2</translation>
    </message>
    <message>
        <source>Removed the account “%1”.</source>
        <translation>Compte «&#xa0;%1&#xa0;» supprimé.</translation>
    </message>
    <message>
        <source>Reads the links of the accounts with link services into this computer&apos;s list, then sends the changes made while a service could not be reached (those of every account). Fails if a service could not be reached or a change is still waiting.</source>
        <translation>Lit les liens des comptes de services de liens dans la liste de cet ordinateur, puis envoie les modifications faites pendant qu&apos;un service était injoignable (celles de tous les comptes). Échoue si un service n&apos;a pas pu être joint ou si une modification est encore en attente.</translation>
    </message>
    <message>
        <source>Only this account (default: every account with a link service).</source>
        <translation>Seulement ce compte (par défaut&#xa0;: tous les comptes de services de liens).</translation>
    </message>
    <message>
        <source>sync takes no arguments, only options: “%1”.</source>
        <translation>sync n&apos;accepte pas d&apos;arguments, seulement des options&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” keeps its links on this computer: there is nothing to sync.</source>
        <translation>«&#xa0;%1&#xa0;» conserve ses liens sur cet ordinateur&#xa0;: il n&apos;y a rien à synchroniser.</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>“%1”: %n link(s).</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;»&#xa0;: %n lien.</numerusform>
            <numerusform>«&#xa0;%1&#xa0;»&#xa0;: %n liens.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %n change(s) made offline.</source>
        <translation>
            <numerusform>%n modification faite hors ligne envoyée.</numerusform>
            <numerusform>%n modifications faites hors ligne envoyées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The services refused %n change(s) made offline; they are marked as not sent.</source>
        <translation>
            <numerusform>Les services ont refusé %n modification faite hors ligne&#xa0;; elle est marquée comme non envoyée.</numerusform>
            <numerusform>Les services ont refusé %n modifications faites hors ligne&#xa0;; elles sont marquées comme non envoyées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) still wait for the network.</source>
        <translation>
            <numerusform>%n modification attend encore le réseau.</numerusform>
            <numerusform>%n modifications attendent encore le réseau.</numerusform>
        </translation>
    </message>
    <message>
        <source>Creates the links of a table: CSV or TSV as Excel and LibreOffice save them (any separator, UTF-8 or UTF-16), Excel workbooks (XLSX, the first sheet), JSON, or the export of Linkdeck, Bitly, Rebrandly, Shlink, YOURLS or Kutt. The first row names the columns (destination or url, slug, title, tags, utm_*, domain, expires_at, ...). Links already there are left as they are, so a stopped import goes on when it is run again. A file that cannot be read changes nothing.</source>
        <translation>Crée les liens d&apos;un tableau&#xa0;: CSV ou TSV tels qu&apos;Excel et LibreOffice les enregistrent (tout séparateur, UTF-8 ou UTF-16), classeurs Excel (XLSX, la première feuille), JSON, ou l&apos;export de Linkdeck, Bitly, Rebrandly, Shlink, YOURLS ou Kutt. La première ligne nomme les colonnes (destination ou url, slug, title, tags, utm_*, domain, expires_at, ...). Les liens déjà présents restent tels quels, si bien qu&apos;un import interrompu reprend quand on le relance. Un fichier illisible ne change rien.</translation>
    </message>
    <message>
        <source>The account to create them in (default: This computer).</source>
        <translation>Le compte où les créer (par défaut&#xa0;: Cet ordinateur).</translation>
    </message>
    <message>
        <source>The domain for rows that name none.</source>
        <translation>Le domaine des lignes qui n&apos;en indiquent aucun.</translation>
    </message>
    <message>
        <source>Tell what would happen to each row; change nothing.</source>
        <translation>Indiquer ce qui arriverait à chaque ligne, sans rien modifier.</translation>
    </message>
    <message>
        <source>When a back-half is taken by another address: skip the row (default), rename (spring-2) or update the existing link.</source>
        <translation>Quand un suffixe est pris par une autre adresse&#xa0;: ignorer la ligne (skip, par défaut), renommer (rename&#xa0;: spring-2) ou mettre à jour le lien existant (update).</translation>
    </message>
    <message>
        <source>The file&apos;s format if its name does not tell: csv, tsv, json or xlsx.</source>
        <translation>Le format du fichier si son nom ne l&apos;indique pas&#xa0;: csv, tsv, json ou xlsx.</translation>
    </message>
    <message>
        <source>Write a CSV report of every row to this file.</source>
        <translation>Écrire dans ce fichier un rapport CSV de chaque ligne.</translation>
    </message>
    <message>
        <source>The table of links.</source>
        <translation>Le tableau de liens.</translation>
    </message>
    <message>
        <source>links import needs exactly one FILE.</source>
        <translation>links import attend exactement un FICHIER.</translation>
    </message>
    <message>
        <source>Unknown --on-conflict “%1”: use skip, rename or update.</source>
        <translation>--on-conflict inconnu «&#xa0;%1&#xa0;»&#xa0;: utilisez skip, rename ou update.</translation>
    </message>
    <message>
        <source>Unknown format “%1”: use csv, tsv, json or xlsx.</source>
        <translation>Format inconnu «&#xa0;%1&#xa0;»&#xa0;: utilisez csv, tsv, json ou xlsx.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>Impossible de lire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>The report “%1” cannot be written: %2</source>
        <translation>Impossible d&apos;écrire le rapport «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 asks to wait (%2); the import goes on in %n second(s).</source>
        <translation>
            <numerusform>%1 demande de patienter (%2)&#xa0;; l&apos;import reprend dans %n seconde.</numerusform>
            <numerusform>%1 demande de patienter (%2)&#xa0;; l&apos;import reprend dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <translation>%1 lignes sur %2</translation>
    </message>
    <message>
        <source>Writes the links of an account with every field and their click totals, oldest first: CSV (opens in Excel as it is), JSON or an Excel workbook. A file written here imports back unchanged with &quot;links import&quot;.</source>
        <translation>Écrit les liens d&apos;un compte avec tous leurs champs et leurs totaux de clics, du plus ancien au plus récent&#xa0;: CSV (s&apos;ouvre tel quel dans Excel), JSON ou classeur Excel. Un fichier écrit ici se réimporte sans changement avec «&#xa0;links import&#xa0;».</translation>
    </message>
    <message>
        <source>The account whose links to write (default: This computer).</source>
        <translation>Le compte dont les liens sont écrits (par défaut&#xa0;: Cet ordinateur).</translation>
    </message>
    <message>
        <source>Only links whose back-half, address, title, tags or campaign contain TEXT.</source>
        <translation>Seulement les liens dont le suffixe, l&apos;adresse, le titre, les étiquettes ou la campagne contiennent TEXTE.</translation>
    </message>
    <message>
        <source>csv, json or xlsx (default: by the file name, else csv).</source>
        <translation>csv, json ou xlsx (par défaut&#xa0;: d&apos;après le nom du fichier, sinon csv).</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Le fichier à écrire.</translation>
    </message>
    <message>
        <source>links export takes no arguments, only options: “%1”.</source>
        <translation>links export n&apos;accepte pas d&apos;arguments, seulement des options&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>links export needs -o FILE.</source>
        <translation>links export attend -o FICHIER.</translation>
    </message>
    <message>
        <source>Unknown format “%1”: use csv, json or xlsx.</source>
        <translation>Format inconnu «&#xa0;%1&#xa0;»&#xa0;: utilisez csv, json ou xlsx.</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) written to %1.</source>
        <translation>
            <numerusform>%n lien écrit dans %1.</numerusform>
            <numerusform>%n liens écrits dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Makes the links of one account on another, with the same back-half where it is free there, titles, tags and UTM values, then points each old link to its new short URL where the old service allows it. No link is deleted.</source>
        <translation>Crée les liens d&apos;un compte sur un autre, avec le même suffixe s&apos;il y est libre, les titres, étiquettes et valeurs UTM, puis redirige chaque ancien lien vers sa nouvelle URL courte quand l&apos;ancien service le permet. Aucun lien n&apos;est supprimé.</translation>
    </message>
    <message>
        <source>Makes the links of one account on another too, with the same back-half where it is free there, titles, tags and UTM values. The old links stay as they are.</source>
        <translation>Crée aussi les liens d&apos;un compte sur un autre, avec le même suffixe s&apos;il y est libre, les titres, étiquettes et valeurs UTM. Les anciens liens restent tels quels.</translation>
    </message>
    <message>
        <source>The account the links are on.</source>
        <translation>Le compte où se trouvent les liens.</translation>
    </message>
    <message>
        <source>The account to make them on.</source>
        <translation>Le compte où les créer.</translation>
    </message>
    <message>
        <source>Only the links matching this text, as the app&apos;s filter box.</source>
        <translation>Seulement les liens correspondant à ce texte, comme le champ de filtre de l&apos;application.</translation>
    </message>
    <message>
        <source>When the back-half is taken on the target: skip the link (default) or rename (spring-2).</source>
        <translation>Quand le suffixe est pris sur la cible&#xa0;: ignorer le lien (par défaut) ou renommer (spring-2).</translation>
    </message>
    <message>
        <source>Write each old and new short URL to this CSV file.</source>
        <translation>Écrire chaque ancienne et nouvelle URL courte dans ce fichier CSV.</translation>
    </message>
    <message>
        <source>This command takes no arguments, only options: “%1”.</source>
        <translation>Cette commande n&apos;accepte pas d&apos;arguments, seulement des options&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Name both accounts: --from and --to.</source>
        <translation>Nommez les deux comptes&#xa0;: --from et --to.</translation>
    </message>
    <message>
        <source>--on-conflict takes skip or rename, not “%1”.</source>
        <translation>--on-conflict accepte skip ou rename, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--from and --to name the same account.</source>
        <translation>--from et --to désignent le même compte.</translation>
    </message>
    <message>
        <source>No link of %1 matches.</source>
        <translation>Aucun lien de %1 ne correspond.</translation>
    </message>
    <message>
        <source>Could not write the mapping to %1: %2</source>
        <translation>Impossible d&apos;écrire la correspondance dans %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>--data-dir needs a folder.</source>
        <translation>--data-dir attend un dossier.</translation>
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
        <translation>Usage&#xa0;: linkdeck-cli [--data-dir DIR] COMMANDE ...

Commandes&#xa0;:
  links create URL [options]   crée un lien court et l&apos;affiche
  links list [options]         liste les liens en tableau, CSV ou JSON
  links update SLUG [--url URL] [--title T] [--tag T]... [--new-slug S]
  links show SLUG [--domain D]  les champs d&apos;un lien, y compris s&apos;il demande un mot de passe
  links delete SLUG [--domain D]
  links import FILE [--dry-run] [--on-conflict skip|rename|update]   liens depuis CSV, TSV, XLSX ou JSON
  links export --format csv|json|xlsx -o FILE [--filter TEXT]   tous les champs et les totaux de clics
  accounts add NAME --provider bitly|rebrandly|shlink|cuttly [--api-base URL] [--token-stdin]
  accounts list [--format table|csv|json]
  accounts remove NAME
  sync [--account NAME]        lit les liens des services, envoie les modifications faites hors ligne
  qr TEXT_OR_SLUG -o FILE [options]   un code QR prêt à imprimer (PNG, SVG, PDF, EPS)
  qr-sheet SLUG... -o FILE.pdf [--paper a4|letter] [--grid COLSxROWS]   une planche d&apos;étiquettes
  stats clicks|countries|referrers|devices|browsers|os SLUG_OR_CAMPAIGN [--from] [--to] [--unit] [--tz] [--format]

Les commandes links et stats acceptent --account NAME pour un compte de service de liens
(par défaut&#xa0;: &quot;This computer&quot;).
Exécutez &quot;linkdeck-cli links create --help&quot; pour les options d&apos;une commande.
Options globales&#xa0;: --data-dir DIR (garder la base de données dans DIR), --help, --version.
</translation>
    </message>
    <message>
        <source>See &quot;%1 --help&quot;.</source>
        <translation>Voir «&#xa0;%1 --help&#xa0;».</translation>
    </message>
    <message>
        <source>Unknown command “%1”. Run &quot;linkdeck-cli --help&quot; for the commands.</source>
        <translation>Commande inconnue «&#xa0;%1&#xa0;». Exécutez &quot;linkdeck-cli --help&quot; pour la liste des commandes.</translation>
    </message>
    <message>
        <source>%1 needs a command: %2.</source>
        <translation>%1 attend une commande&#xa0;: %2.</translation>
    </message>
    <message>
        <source>Unknown command “%1 %2”: use %3.</source>
        <translation>Commande inconnue «&#xa0;%1&#xa0;%2&#xa0;»&#xa0;: utilisez %3.</translation>
    </message>
    <message>
        <source>The database has no account for this computer.</source>
        <translation>La base de données n&apos;a pas de compte pour cet ordinateur.</translation>
    </message>
    <message>
        <source>There is no account “%1”. Run &quot;linkdeck-cli accounts list&quot; for the accounts.</source>
        <translation>Il n&apos;y a pas de compte «&#xa0;%1&#xa0;». Exécutez &quot;linkdeck-cli accounts list&quot; pour la liste des comptes.</translation>
    </message>
    <message>
        <source>Linkdeck cannot use the account “%1”.</source>
        <translation>Linkdeck ne peut pas utiliser le compte «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement&#xa0;: %1</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
    <message>
        <source>Keep the database in DIR (also accepted before the command).</source>
        <translation>Garder la base de données dans DIR (accepté aussi avant la commande).</translation>
    </message>
    <message>
        <source>Usage: linkdeck-cli %1</source>
        <translation>Usage&#xa0;: linkdeck-cli %1</translation>
    </message>
    <message>
        <source>“%1” is not a domain name.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom de domaine.</translation>
    </message>
    <message>
        <source>WHEN is YYYY-MM-DD or YYYY-MM-DDTHH:MM (a space for the T is fine), in your time zone unless it ends in Z or an offset such as +01:00.</source>
        <translation>QUAND s&apos;écrit AAAA-MM-JJ ou AAAA-MM-JJTHH:MM (un espace à la place du T convient), dans votre fuseau horaire sauf s&apos;il finit par Z ou un décalage comme +01:00.</translation>
    </message>
    <message>
        <source>An option and its --no- option cannot be given together, e.g. --expires and --no-expiry.</source>
        <translation>Une option et son option --no- ne peuvent pas être données ensemble, p. ex. --expires et --no-expiry.</translation>
    </message>
    <message>
        <source>--starts needs a date such as 2026-12-24 or 2026-12-24T18:00, not “%1”.</source>
        <translation>--starts attend une date comme 2026-12-24 ou 2026-12-24T18:00, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--expires needs a date such as 2026-12-31 or 2026-12-31T23:59, not “%1”.</source>
        <translation>--expires attend une date comme 2026-12-31 ou 2026-12-31T23:59, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--max-clicks needs a whole number of clicks, at least 1, not “%1”.</source>
        <translation>--max-clicks attend un nombre entier de clics, au moins 1, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>%1 cannot protect a link by a password; only links on this computer can.</source>
        <translation>%1 ne peut pas protéger un lien par mot de passe&#xa0;; seuls les liens de cet ordinateur le peuvent.</translation>
    </message>
    <message>
        <source>Creates a short link and prints it: on this computer, or with --account on a link service. An address without a scheme gets https://; the UTM options are added to its query, replacing those it has. When the service cannot be reached, the link is kept and created by &quot;sync&quot;. A link can start and end at a time and stop after a number of clicks; on this computer it then sends visitors to --fallback, or shows a page saying it has ended.</source>
        <translation>Crée un lien court et l&apos;affiche&#xa0;: sur cet ordinateur, ou avec --account sur un service de liens. Une adresse sans schéma reçoit https://&#xa0;; les options UTM sont ajoutées à ses paramètres, en remplaçant ceux qu&apos;elle a. Quand le service est injoignable, le lien est conservé et créé par &quot;sync&quot;. Un lien peut commencer et finir à une heure donnée et s&apos;arrêter après un nombre de clics&#xa0;; sur cet ordinateur, il envoie alors les visiteurs vers --fallback, ou affiche une page indiquant qu&apos;il est terminé.</translation>
    </message>
    <message>
        <source>The back-half; random if not given.</source>
        <translation>Le suffixe&#xa0;; aléatoire s&apos;il n&apos;est pas indiqué.</translation>
    </message>
    <message>
        <source>The short link&apos;s domain.</source>
        <translation>Le domaine du lien court.</translation>
    </message>
    <message>
        <source>A title for your link list.</source>
        <translation>Un titre pour votre liste de liens.</translation>
    </message>
    <message>
        <source>A tag; repeat for several.</source>
        <translation>Une étiquette&#xa0;; à répéter pour plusieurs.</translation>
    </message>
    <message>
        <source>utm_source, e.g. newsletter.</source>
        <translation>utm_source, p. ex. newsletter.</translation>
    </message>
    <message>
        <source>utm_medium, e.g. email.</source>
        <translation>utm_medium, p. ex. email.</translation>
    </message>
    <message>
        <source>utm_campaign, e.g. spring-sale.</source>
        <translation>utm_campaign, p. ex. soldes-printemps.</translation>
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
        <translation>Écrire les valeurs UTM en minuscules.</translation>
    </message>
    <message>
        <source>The link works from this time on.</source>
        <translation>Le lien fonctionne à partir de ce moment.</translation>
    </message>
    <message>
        <source>The link has ended from this time on (a date alone: after that day).</source>
        <translation>Le lien est terminé à partir de ce moment (une date seule&#xa0;: après ce jour).</translation>
    </message>
    <message>
        <source>The link has ended after N clicks.</source>
        <translation>Le lien est terminé après N clics.</translation>
    </message>
    <message>
        <source>Where visitors go before the start and after the end (this computer&apos;s links only).</source>
        <translation>Où vont les visiteurs avant le début et après la fin (liens de cet ordinateur uniquement).</translation>
    </message>
    <message>
        <source>Visitors must type a password, read from the first line of stdin, before they are redirected (this computer&apos;s links only). Only its hash is kept.</source>
        <translation>Les visiteurs doivent saisir un mot de passe, lu sur la première ligne de stdin, avant d&apos;être redirigés (liens de cet ordinateur uniquement). Seule son empreinte est conservée.</translation>
    </message>
    <message>
        <source>The title link previews show (LinkedIn, Facebook, X, Slack, ...; this computer&apos;s links only).</source>
        <translation>Le titre affiché dans les aperçus de liens (LinkedIn, Facebook, X, Slack, ...&#xa0;; liens de cet ordinateur uniquement).</translation>
    </message>
    <message>
        <source>The description link previews show.</source>
        <translation>La description affichée dans les aperçus de liens.</translation>
    </message>
    <message>
        <source>The address of the image link previews show.</source>
        <translation>L&apos;adresse de l&apos;image affichée dans les aperçus de liens.</translation>
    </message>
    <message>
        <source>The account to create it in (default: This computer).</source>
        <translation>Le compte où le créer (par défaut&#xa0;: Cet ordinateur).</translation>
    </message>
    <message>
        <source>The address the short link opens.</source>
        <translation>L&apos;adresse qu&apos;ouvre le lien court.</translation>
    </message>
    <message>
        <source>links create needs exactly one URL.</source>
        <translation>links create attend exactement une URL.</translation>
    </message>
    <message>
        <source>Saved offline: the link will be created on %1 when the network is back.</source>
        <translation>Enregistré hors ligne&#xa0;: le lien sera créé sur %1 au retour du réseau.</translation>
    </message>
    <message>
        <source>Lists the links of an account, newest first. The links of a link service are read from it first; when it cannot be reached, those kept on this computer are listed. The table shows local times; CSV and JSON give times in ISO 8601 UTC, and JSON lists tags as an array.</source>
        <translation>Liste les liens d&apos;un compte, les plus récents d&apos;abord. Les liens d&apos;un service de liens y sont lus d&apos;abord&#xa0;; s&apos;il est injoignable, ceux conservés sur cet ordinateur sont listés. Le tableau affiche les heures locales&#xa0;; CSV et JSON donnent les heures en UTC ISO 8601, et JSON liste les étiquettes sous forme de tableau.</translation>
    </message>
    <message>
        <source>table (default), csv or json. CSV joins tags with &quot;; &quot;. The table shows control characters as escapes (\x1b); CSV and JSON give the data exactly, for programs.</source>
        <translation>table (par défaut), csv ou json. CSV joint les étiquettes avec &quot;; &quot;. Le tableau affiche les caractères de contrôle échappés (\x1b)&#xa0;; CSV et JSON donnent les données telles quelles, pour les programmes.</translation>
    </message>
    <message>
        <source>Only links whose back-half, destination, title, tags or campaign contain TEXT.</source>
        <translation>Seulement les liens dont le suffixe, la destination, le titre, les étiquettes ou la campagne contiennent TEXTE.</translation>
    </message>
    <message>
        <source>At most N links.</source>
        <translation>Au plus N liens.</translation>
    </message>
    <message>
        <source>The account whose links to list (default: This computer).</source>
        <translation>Le compte dont les liens sont listés (par défaut&#xa0;: Cet ordinateur).</translation>
    </message>
    <message>
        <source>links list takes no arguments, only options: “%1”.</source>
        <translation>links list n&apos;accepte pas d&apos;arguments, seulement des options&#xa0;: «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>--limit needs a number of links.</source>
        <translation>--limit attend un nombre de liens.</translation>
    </message>
    <message>
        <source>Changes a link found by its back-half and prints its short URL. Each link service allows other changes; what it does not allow is refused before anything is sent. The --no- options remove a start, an end, a click limit or the fallback address.</source>
        <translation>Modifie un lien trouvé par son suffixe et affiche son URL courte. Chaque service de liens permet des modifications différentes&#xa0;; ce qu&apos;il ne permet pas est refusé avant tout envoi. Les options --no- suppriment un début, une fin, une limite de clics ou l&apos;adresse de secours.</translation>
    </message>
    <message>
        <source>The short link&apos;s domain (default: the account&apos;s, or the only one with SLUG).</source>
        <translation>Le domaine du lien court (par défaut&#xa0;: celui du compte, ou le seul qui a SLUG).</translation>
    </message>
    <message>
        <source>The new destination.</source>
        <translation>La nouvelle destination.</translation>
    </message>
    <message>
        <source>The new title.</source>
        <translation>Le nouveau titre.</translation>
    </message>
    <message>
        <source>A tag, replacing the link&apos;s tags; repeat for several.</source>
        <translation>Une étiquette, qui remplace celles du lien&#xa0;; à répéter pour plusieurs.</translation>
    </message>
    <message>
        <source>A new back-half.</source>
        <translation>Un nouveau suffixe.</translation>
    </message>
    <message>
        <source>The link works at once (removes the start).</source>
        <translation>Le lien fonctionne immédiatement (supprime le début).</translation>
    </message>
    <message>
        <source>The link never ends by date (removes the end).</source>
        <translation>Le lien ne se termine jamais par date (supprime la fin).</translation>
    </message>
    <message>
        <source>Removes the click limit.</source>
        <translation>Supprime la limite de clics.</translation>
    </message>
    <message>
        <source>Removes the fallback address: an ended link shows a page saying so.</source>
        <translation>Supprime l&apos;adresse de secours&#xa0;: un lien terminé affiche une page qui l&apos;indique.</translation>
    </message>
    <message>
        <source>Protects the link by a new password, read from the first line of stdin (this computer&apos;s links only).</source>
        <translation>Protège le lien par un nouveau mot de passe, lu sur la première ligne de stdin (liens de cet ordinateur uniquement).</translation>
    </message>
    <message>
        <source>Removes the password: visitors are redirected at once.</source>
        <translation>Supprime le mot de passe&#xa0;: les visiteurs sont redirigés immédiatement.</translation>
    </message>
    <message>
        <source>The title link previews show (this computer&apos;s links only).</source>
        <translation>Le titre affiché dans les aperçus de liens (liens de cet ordinateur uniquement).</translation>
    </message>
    <message>
        <source>Removes the link&apos;s preview: crawlers are redirected like people.</source>
        <translation>Supprime l&apos;aperçu du lien&#xa0;: les robots sont redirigés comme les personnes.</translation>
    </message>
    <message>
        <source>The link&apos;s account (default: This computer).</source>
        <translation>Le compte du lien (par défaut&#xa0;: Cet ordinateur).</translation>
    </message>
    <message>
        <source>The back-half of the link to change.</source>
        <translation>Le suffixe du lien à modifier.</translation>
    </message>
    <message>
        <source>links update needs exactly one back-half.</source>
        <translation>links update attend exactement un suffixe.</translation>
    </message>
    <message>
        <source>--password-stdin and --no-password cannot be given together.</source>
        <translation>--password-stdin et --no-password ne peuvent pas être donnés ensemble.</translation>
    </message>
    <message>
        <source>The link was changed, but not its password: %1</source>
        <translation>Le lien a été modifié, mais pas son mot de passe&#xa0;: %1</translation>
    </message>
    <message>
        <source>Saved offline: the change will be sent to %1 when the network is back.</source>
        <translation>Enregistré hors ligne&#xa0;: la modification sera envoyée à %1 au retour du réseau.</translation>
    </message>
    <message>
        <source>Shows a link found by its back-half: its addresses, title, tags, clicks, limits and whether visitors must type a password. Times are local.</source>
        <translation>Affiche un lien trouvé par son suffixe&#xa0;: ses adresses, titre, étiquettes, clics, limites et si les visiteurs doivent saisir un mot de passe. Les heures sont locales.</translation>
    </message>
    <message>
        <source>The back-half of the link to show.</source>
        <translation>Le suffixe du lien à afficher.</translation>
    </message>
    <message>
        <source>links show needs exactly one back-half.</source>
        <translation>links show attend exactement un suffixe.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Short URL</source>
        <translation>Lien court</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Clics</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Max clicks</source>
        <translation>Clics max.</translation>
    </message>
    <message>
        <source>Fallback</source>
        <translation>Adresse de secours</translation>
    </message>
    <message>
        <source>Password protected</source>
        <translation>Protégé par mot de passe</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>Preview title</source>
        <translation>Titre de l&apos;aperçu</translation>
    </message>
    <message>
        <source>Preview description</source>
        <translation>Description de l&apos;aperçu</translation>
    </message>
    <message>
        <source>Preview image</source>
        <translation>Image de l&apos;aperçu</translation>
    </message>
    <message>
        <source>Deletes a link by its back-half; upper and lower case are the same.</source>
        <translation>Supprime un lien d&apos;après son suffixe&#xa0;; majuscules et minuscules sont équivalentes.</translation>
    </message>
    <message>
        <source>The back-half of the link to delete.</source>
        <translation>Le suffixe du lien à supprimer.</translation>
    </message>
    <message>
        <source>links delete needs exactly one back-half.</source>
        <translation>links delete attend exactement un suffixe.</translation>
    </message>
    <message>
        <source>Saved offline: the link will be deleted on %1 when the network is back.</source>
        <translation>Enregistré hors ligne&#xa0;: le lien sera supprimé sur %1 au retour du réseau.</translation>
    </message>
    <message>
        <source>Deleted %1</source>
        <translation>%1 supprimé</translation>
    </message>
    <message>
        <source>SHORT LINK</source>
        <translation>LIEN COURT</translation>
    </message>
    <message>
        <source>DESTINATION</source>
        <translation>DESTINATION</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TITRE</translation>
    </message>
    <message>
        <source>TAGS</source>
        <translation>ÉTIQUETTES</translation>
    </message>
    <message>
        <source>CLICKS</source>
        <translation>CLICS</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>CRÉÉ LE</translation>
    </message>
    <message>
        <source>Error correction: L, M (default), Q or H.</source>
        <translation>Correction d&apos;erreurs&#xa0;: L, M (par défaut), Q ou H.</translation>
    </message>
    <message>
        <source>Smallest QR version to use, 1 to 40 (default: the smallest that fits).</source>
        <translation>Plus petite version QR à utiliser, de 1 à 40 (par défaut&#xa0;: la plus petite qui convient).</translation>
    </message>
    <message>
        <source>Margin in modules (default 4).</source>
        <translation>Marge en modules (4 par défaut).</translation>
    </message>
    <message>
        <source>Colour of the modules: #rrggbb, a name, or cmyk(c,m,y,k) in percent.</source>
        <translation>Couleur des modules&#xa0;: #rrggbb, un nom, ou cmyk(c,m,y,k) en pourcentage.</translation>
    </message>
    <message>
        <source>Background colour, or &quot;transparent&quot;.</source>
        <translation>Couleur de fond, ou &quot;transparent&quot;.</translation>
    </message>
    <message>
        <source>square (default), rounded or dots.</source>
        <translation>square (par défaut), rounded ou dots.</translation>
    </message>
    <message>
        <source>The corner marks: square (default) or rounded.</source>
        <translation>Les repères d&apos;angle&#xa0;: square (par défaut) ou rounded.</translation>
    </message>
    <message>
        <source>A PNG or SVG logo centred on the code (uses error correction H).</source>
        <translation>Un logo PNG ou SVG centré sur le code (utilise la correction d&apos;erreurs H).</translation>
    </message>
    <message>
        <source>--%1 takes a number from %2 to %3.</source>
        <translation>--%1 accepte un nombre de %2 à %3.</translation>
    </message>
    <message>
        <source>“%1” is not a colour.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une couleur.</translation>
    </message>
    <message>
        <source>--ecc takes L, M, Q or H.</source>
        <translation>--ecc accepte L, M, Q ou H.</translation>
    </message>
    <message>
        <source>--shape takes square, rounded or dots.</source>
        <translation>--shape accepte square, rounded ou dots.</translation>
    </message>
    <message>
        <source>--finder takes square or rounded.</source>
        <translation>--finder accepte square ou rounded.</translation>
    </message>
    <message>
        <source>--quiet-zone and --min-version take whole numbers.</source>
        <translation>--quiet-zone et --min-version acceptent des nombres entiers.</translation>
    </message>
    <message>
        <source>png, svg, pdf or eps; by default from the file&apos;s extension.</source>
        <translation>png, svg, pdf ou eps&#xa0;; par défaut d&apos;après l&apos;extension du fichier.</translation>
    </message>
    <message>
        <source>Printed width in millimetres, quiet zone included (default 30).</source>
        <translation>Largeur imprimée en millimètres, marge comprise (30 par défaut).</translation>
    </message>
    <message>
        <source>Size of one module in millimetres (instead of --size-mm).</source>
        <translation>Taille d&apos;un module en millimètres (au lieu de --size-mm).</translation>
    </message>
    <message>
        <source>Resolution of PNG output (default 300).</source>
        <translation>Résolution de la sortie PNG (300 par défaut).</translation>
    </message>
    <message>
        <source>Text printed under the code.</source>
        <translation>Texte imprimé sous le code.</translation>
    </message>
    <message>
        <source>CMYK output for print shops: PDF in DeviceCMYK, EPS in setcmykcolor; black is pure K.</source>
        <translation>Sortie CMJN pour les imprimeurs&#xa0;: PDF en DeviceCMYK, EPS en setcmykcolor&#xa0;; le noir est du K pur.</translation>
    </message>
    <message>
        <source>Name the file to write: -o FILE.</source>
        <translation>Nommez le fichier à écrire&#xa0;: -o FICHIER.</translation>
    </message>
    <message>
        <source>Choose a format: png, svg, pdf or eps (--format, or the file&apos;s extension).</source>
        <translation>Choisissez un format&#xa0;: png, svg, pdf ou eps (--format, ou l&apos;extension du fichier).</translation>
    </message>
    <message>
        <source>Give either --size-mm or --module-mm, not both.</source>
        <translation>Indiquez soit --size-mm, soit --module-mm, pas les deux.</translation>
    </message>
    <message>
        <source>--cmyk is for PDF and EPS output.</source>
        <translation>--cmyk est réservé aux sorties PDF et EPS.</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>Le fichier PDF à écrire.</translation>
    </message>
    <message>
        <source>a4 (default) or letter.</source>
        <translation>a4 (par défaut) ou letter.</translation>
    </message>
    <message>
        <source>Columns x rows per page (default 4x6).</source>
        <translation>Colonnes x lignes par page (4x6 par défaut).</translation>
    </message>
    <message>
        <source>Page margin in millimetres (default 10).</source>
        <translation>Marge de page en millimètres (10 par défaut).</translation>
    </message>
    <message>
        <source>Gap between labels in millimetres (default 4).</source>
        <translation>Espace entre les étiquettes en millimètres (4 par défaut).</translation>
    </message>
    <message>
        <source>Leave the short URLs off the labels.</source>
        <translation>Ne pas imprimer les URL courtes sur les étiquettes.</translation>
    </message>
    <message>
        <source>Name the PDF to write: -o FILE.pdf.</source>
        <translation>Nommez le PDF à écrire&#xa0;: -o FICHIER.pdf.</translation>
    </message>
    <message>
        <source>--paper takes a4 or letter.</source>
        <translation>--paper accepte a4 ou letter.</translation>
    </message>
    <message>
        <source>--grid takes columns x rows, e.g. 4x6.</source>
        <translation>--grid accepte colonnes x lignes, p. ex. 4x6.</translation>
    </message>
    <message>
        <source>A link&apos;s back-half (its short URL is encoded), or any text or URL.</source>
        <translation>Le suffixe d&apos;un lien (son URL courte est encodée), ou tout texte ou URL.</translation>
    </message>
    <message>
        <source>qr needs exactly one text, URL or back-half.</source>
        <translation>qr attend exactement un texte, une URL ou un suffixe.</translation>
    </message>
    <message>
        <source>Back-halves of the links to print.</source>
        <translation>Suffixes des liens à imprimer.</translation>
    </message>
    <message>
        <source>qr-sheet needs back-halves and an output file: qr-sheet SLUG... -o FILE.pdf</source>
        <translation>qr-sheet attend des suffixes et un fichier de sortie&#xa0;: qr-sheet SLUG... -o FICHIER.pdf</translation>
    </message>
    <message>
        <source>There is no link “%1” on %2.</source>
        <translation>Il n&apos;y a pas de lien «&#xa0;%1&#xa0;» sur %2.</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>cet ordinateur</translation>
    </message>
    <message>
        <source>the service&apos;s website</source>
        <translation>le site web du service</translation>
    </message>
    <message>
        <source>%1 cannot list links through its API: only the links made with Linkdeck are listed.</source>
        <translation>%1 ne peut pas lister les liens via son API&#xa0;: seuls les liens créés avec Linkdeck sont listés.</translation>
    </message>
    <message>
        <source>%1 cannot create links through its API; create it on %2.</source>
        <translation>%1 ne peut pas créer de liens via son API&#xa0;; créez-le sur %2.</translation>
    </message>
    <message>
        <source>%1 cannot change links through its API; change it on %2.</source>
        <translation>%1 ne peut pas modifier de liens via son API&#xa0;; modifiez-le sur %2.</translation>
    </message>
    <message>
        <source>%1 cannot change where a link leads through its API; change it on %2.</source>
        <translation>%1 ne peut pas changer la destination d&apos;un lien via son API&#xa0;; changez-la sur %2.</translation>
    </message>
    <message>
        <source>%1 cannot change a link&apos;s title through its API; change it on %2.</source>
        <translation>%1 ne peut pas changer le titre d&apos;un lien via son API&#xa0;; changez-le sur %2.</translation>
    </message>
    <message>
        <source>%1 cannot change a link&apos;s tags through its API; change them on %2.</source>
        <translation>%1 ne peut pas changer les étiquettes d&apos;un lien via son API&#xa0;; changez-les sur %2.</translation>
    </message>
    <message>
        <source>%1 cannot change a link&apos;s back-half; create a new link instead.</source>
        <translation>%1 ne peut pas changer le suffixe d&apos;un lien&#xa0;; créez plutôt un nouveau lien.</translation>
    </message>
    <message>
        <source>%1 cannot delete links through its API; delete it on %2.</source>
        <translation>%1 ne peut pas supprimer de liens via son API&#xa0;; supprimez-le sur %2.</translation>
    </message>
    <message>
        <source>%1 cannot give a link a back-half of your choice; leave out --slug.</source>
        <translation>%1 ne peut pas donner à un lien le suffixe de votre choix&#xa0;; omettez --slug.</translation>
    </message>
    <message>
        <source>%1 cannot give links a title through its API; leave out --title.</source>
        <translation>%1 ne peut pas donner de titre aux liens via son API&#xa0;; omettez --title.</translation>
    </message>
    <message>
        <source>%1 cannot tag links through its API; leave out --tag.</source>
        <translation>%1 ne peut pas étiqueter les liens via son API&#xa0;; omettez --tag.</translation>
    </message>
    <message>
        <source>%1 cannot report clicks over time through its API; see them on %2.</source>
        <translation>%1 ne peut pas fournir l&apos;évolution des clics via son API&#xa0;; consultez-la sur %2.</translation>
    </message>
    <message>
        <source>Reading the links of “%1”: %2</source>
        <translation>Lecture des liens de «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>There is no link “%1” in the account “%2”.</source>
        <translation>Il n&apos;y a pas de lien «&#xa0;%1&#xa0;» dans le compte «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>There is no link “%1” on %2 in the account “%3”.</source>
        <translation>Il n&apos;y a pas de lien «&#xa0;%1&#xa0;» sur %2 dans le compte «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <source>The account “%1” has several links whose back-half differs from “%2” only in case (%3): write the one you mean exactly.</source>
        <translation>Le compte «&#xa0;%1&#xa0;» a plusieurs liens dont le suffixe ne diffère de «&#xa0;%2&#xa0;» que par la casse (%3)&#xa0;: écrivez exactement celui que vous voulez.</translation>
    </message>
    <message>
        <source>The account “%1” has a link “%2” on several domains (%3): choose one with --domain.</source>
        <translation>Le compte «&#xa0;%1&#xa0;» a un lien «&#xa0;%2&#xa0;» sur plusieurs domaines (%3)&#xa0;: choisissez-en un avec --domain.</translation>
    </message>
    <message>
        <source>First day, YYYY-MM-DD (default: 29 days before --to).</source>
        <translation>Premier jour, AAAA-MM-JJ (par défaut&#xa0;: 29 jours avant --to).</translation>
    </message>
    <message>
        <source>Last day, YYYY-MM-DD (default: today).</source>
        <translation>Dernier jour, AAAA-MM-JJ (par défaut&#xa0;: aujourd&apos;hui).</translation>
    </message>
    <message>
        <source>hour, day, week or month (default: chosen for the range).</source>
        <translation>hour, day, week ou month (par défaut&#xa0;: choisi selon la période).</translation>
    </message>
    <message>
        <source>Time zone of the buckets, e.g. Europe/Berlin (default: this computer&apos;s).</source>
        <translation>Fuseau horaire des intervalles, p. ex. Europe/Paris (par défaut&#xa0;: celui de cet ordinateur).</translation>
    </message>
    <message>
        <source>json (default) or csv.</source>
        <translation>json (par défaut) ou csv.</translation>
    </message>
    <message>
        <source>Count visits by bots too (this computer&apos;s links only).</source>
        <translation>Compter aussi les visites des robots (liens de cet ordinateur uniquement).</translation>
    </message>
    <message>
        <source>The link&apos;s domain (default: the account&apos;s, or the only one with SLUG).</source>
        <translation>Le domaine du lien (par défaut&#xa0;: celui du compte, ou le seul qui a SLUG).</translation>
    </message>
    <message>
        <source>The account of the link or campaign (default: a link of This computer, a campaign in every account).</source>
        <translation>Le compte du lien ou de la campagne (par défaut&#xa0;: un lien de Cet ordinateur, une campagne dans tous les comptes).</translation>
    </message>
    <message>
        <source>A link&apos;s back-half, or a campaign (utm_campaign or tag).</source>
        <translation>Le suffixe d&apos;un lien, ou une campagne (utm_campaign ou étiquette).</translation>
    </message>
    <message>
        <source>Unknown time zone “%1”.</source>
        <translation>Fuseau horaire inconnu «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Give dates as YYYY-MM-DD, with --from not after --to.</source>
        <translation>Indiquez les dates sous la forme AAAA-MM-JJ, avec --from au plus tard à --to.</translation>
    </message>
    <message>
        <source>Unknown format “%1”: use json or csv.</source>
        <translation>Format inconnu «&#xa0;%1&#xa0;»&#xa0;: utilisez json ou csv.</translation>
    </message>
    <message>
        <source>--unit takes hour, day, week or month.</source>
        <translation>--unit accepte hour, day, week ou month.</translation>
    </message>
    <message>
        <source>There is no link “%1” and no campaign or tag of that name in the account “%2”.</source>
        <translation>Il n&apos;y a ni lien «&#xa0;%1&#xa0;» ni campagne ou étiquette de ce nom dans le compte «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>There is no link “%1” and no campaign or tag of that name.</source>
        <translation>Il n&apos;y a ni lien «&#xa0;%1&#xa0;» ni campagne ou étiquette de ce nom.</translation>
    </message>
    <message>
        <source>There are no figures for “%1” in this period.</source>
        <translation>Aucun chiffre pour «&#xa0;%1&#xa0;» sur cette période.</translation>
    </message>
    <message>
        <source>--variant and --no-split cannot be given together.</source>
        <translation>--variant et --no-split ne peuvent pas être donnés ensemble.</translation>
    </message>
    <message>
        <source>--variant takes an address and its share of the visitors in percent, as in --variant https://shop.example/b=30.</source>
        <translation>--variant attend une adresse et sa part des visiteurs en pourcentage, comme dans --variant https://shop.example/b=30.</translation>
    </message>
    <message>
        <source>An A/B split: another destination and its share of the visitors in percent (URL=PERCENT); repeat for up to nine. URL keeps the rest (this computer&apos;s links only).</source>
        <translation>Une répartition A/B&#xa0;: une autre destination et sa part des visiteurs en pourcentage (URL=POURCENTAGE)&#xa0;; à répéter, jusqu&apos;à neuf. URL reçoit le reste (liens de cet ordinateur uniquement).</translation>
    </message>
    <message>
        <source>An A/B split, replacing the link&apos;s: another destination and its share of the visitors in percent (URL=PERCENT); repeat for up to nine. The link&apos;s destination keeps the rest.</source>
        <translation>Une répartition A/B, qui remplace celle du lien&#xa0;: une autre destination et sa part des visiteurs en pourcentage (URL=POURCENTAGE)&#xa0;; à répéter, jusqu&apos;à neuf. La destination du lien reçoit le reste.</translation>
    </message>
    <message>
        <source>Removes the A/B split: every visitor goes to the destination.</source>
        <translation>Supprime la répartition A/B&#xa0;: tous les visiteurs vont vers la destination.</translation>
    </message>
    <message>
        <source>A/B split</source>
        <translation>Répartition A/B</translation>
    </message>
    <message>
        <source>Counts the clicks of a link or a campaign: on this computer, and as the link services count them; with --account, the link or campaign of that account only. &quot;variants&quot; gives a link&apos;s A/B split: each destination&apos;s clicks and whether the difference is significant.</source>
        <translation>Compte les clics d&apos;un lien ou d&apos;une campagne&#xa0;: sur cet ordinateur, et tels que les services de liens les comptent&#xa0;; avec --account, le lien ou la campagne de ce compte uniquement. &quot;variants&quot; donne la répartition A/B d&apos;un lien&#xa0;: les clics de chaque destination et si l&apos;écart est significatif.</translation>
    </message>
    <message>
        <source>clicks, countries, referrers, devices, browsers, os or variants.</source>
        <translation>clicks, countries, referrers, devices, browsers, os ou variants.</translation>
    </message>
    <message>
        <source>stats needs what to count (clicks, countries, referrers, devices, browsers, os or variants) and a back-half or campaign.</source>
        <translation>stats attend ce qu&apos;il faut compter (clicks, countries, referrers, devices, browsers, os ou variants) et un suffixe ou une campagne.</translation>
    </message>
    <message>
        <source>There is no link “%1”; variants are a link&apos;s, not a campaign&apos;s.</source>
        <translation>Il n&apos;y a pas de lien «&#xa0;%1&#xa0;»&#xa0;; les variantes appartiennent à un lien, pas à une campagne.</translation>
    </message>
    <message>
        <source>The link “%1” has no A/B split.</source>
        <translation>Le lien «&#xa0;%1&#xa0;» n&apos;a pas de répartition A/B.</translation>
    </message>
    <message>
        <source>Rule %1: %2</source>
        <translation>Règle %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>A targeting rule, &quot;CONDITIONS -&gt; URL&quot;, e.g. &quot;device=ios -&gt; https://apps.apple.com/app/id1&quot; or &quot;language=de, country=AT -&gt; https://shop.example/at&quot; (device, language, country, city, browser, ip, before, after, param:NAME=VALUE); repeat for several, the first that matches wins.</source>
        <translation>Une règle de ciblage, &quot;CONDITIONS -&gt; URL&quot;, p. ex. &quot;device=ios -&gt; https://apps.apple.com/app/id1&quot; ou &quot;language=de, country=AT -&gt; https://shop.example/at&quot; (device, language, country, city, browser, ip, before, after, param:NOM=VALEUR)&#xa0;; à répéter pour plusieurs, la première qui correspond l&apos;emporte.</translation>
    </message>
    <message>
        <source>The link %1 was created, but not its rules: %2</source>
        <translation>Le lien %1 a été créé, mais pas ses règles&#xa0;: %2</translation>
    </message>
    <message>
        <source>A targeting rule, &quot;CONDITIONS -&gt; URL&quot;, replacing the link&apos;s rules; repeat for several (see links create).</source>
        <translation>Une règle de ciblage, &quot;CONDITIONS -&gt; URL&quot;, qui remplace les règles du lien&#xa0;; à répéter pour plusieurs (voir links create).</translation>
    </message>
    <message>
        <source>Removes the link&apos;s targeting rules.</source>
        <translation>Supprime les règles de ciblage du lien.</translation>
    </message>
    <message>
        <source>--rule and --no-rules cannot be given together.</source>
        <translation>--rule et --no-rules ne peuvent pas être donnés ensemble.</translation>
    </message>
    <message>
        <source>links update needs something to change: --url, --title, --tag, --new-slug, a limit (--starts, --expires, --max-clicks, --fallback or their --no- options), --password-stdin, --no-password, a --preview- option, --no-preview, --variant, --no-split, --rule or --no-rules.</source>
        <translation>links update attend quelque chose à modifier&#xa0;: --url, --title, --tag, --new-slug, une limite (--starts, --expires, --max-clicks, --fallback ou leurs options --no-), --password-stdin, --no-password, une option --preview-, --no-preview, --variant, --no-split, --rule ou --no-rules.</translation>
    </message>
    <message>
        <source>The link was changed, but not its rules: %1</source>
        <translation>Le lien a été modifié, mais pas ses règles&#xa0;: %1</translation>
    </message>
    <message>
        <source>Rules: could not be read: %1</source>
        <translation>Règles&#xa0;: lecture impossible&#xa0;: %1</translation>
    </message>
    <message>
        <source>Rules: none</source>
        <translation>Règles&#xa0;: aucune</translation>
    </message>
    <message>
        <source>Also write each link&apos;s clicks by country, referrer, device, browser and operating system, most first, as the statistics count them (bots left out).</source>
        <translation>Écrire aussi les clics de chaque lien par pays, site référent, appareil, navigateur et système d&apos;exploitation, les plus nombreux d&apos;abord, comptés comme dans les statistiques (sans les robots).</translation>
    </message>
    <message>
        <source>%1 of %2 links written</source>
        <translation>%1 liens écrits sur %2</translation>
    </message>
</context>
<context>
    <name>Linkdeck::ClickSeriesModel</name>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Clics</translation>
    </message>
</context>
<context>
    <name>Linkdeck::CuttlyProvider</name>
    <message>
        <source>Cuttly did not accept the API key of “%1”. Check it in Preferences &gt; Accounts.</source>
        <translation>Cuttly n&apos;a pas accepté la clé d&apos;API de «&#xa0;%1&#xa0;». Vérifiez-la dans Préférences &gt; Comptes.</translation>
    </message>
    <message>
        <source>The Cuttly plan of “%1” allows only a few requests a minute. Linkdeck will try again shortly; wait a minute if it fails.</source>
        <translation>L&apos;abonnement Cuttly de «&#xa0;%1&#xa0;» ne permet que quelques requêtes par minute. Linkdeck va réessayer sous peu&#xa0;; patientez une minute en cas d&apos;échec.</translation>
    </message>
    <message>
        <source>This address is already a Cuttly short link.</source>
        <translation>Cette adresse est déjà un lien court Cuttly.</translation>
    </message>
    <message>
        <source>Cuttly says the destination is not a valid web address.</source>
        <translation>Cuttly indique que la destination n&apos;est pas une adresse web valide.</translation>
    </message>
    <message>
        <source>This back-half is already used on Cuttly. Choose another one.</source>
        <translation>Ce suffixe est déjà utilisé sur Cuttly. Choisissez-en un autre.</translation>
    </message>
    <message>
        <source>Cuttly did not accept the API key. Check it in Preferences &gt; Accounts.</source>
        <translation>Cuttly n&apos;a pas accepté la clé d&apos;API. Vérifiez-la dans Préférences &gt; Comptes.</translation>
    </message>
    <message>
        <source>Cuttly accepts only letters, digits, “-” and “_” in a back-half.</source>
        <translation>Cuttly n&apos;accepte que des lettres, des chiffres, «&#xa0;-&#xa0;» et «&#xa0;_&#xa0;» dans un suffixe.</translation>
    </message>
    <message>
        <source>Cuttly blocks links to this destination&apos;s domain.</source>
        <translation>Cuttly bloque les liens vers le domaine de cette destination.</translation>
    </message>
    <message>
        <source>Your Cuttly plan&apos;s monthly link limit is reached.</source>
        <translation>La limite mensuelle de liens de votre abonnement Cuttly est atteinte.</translation>
    </message>
    <message>
        <source>Cuttly sent a reply Linkdeck could not understand. Try again later.</source>
        <translation>Cuttly a envoyé une réponse que Linkdeck n&apos;a pas comprise. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>Cuttly checks the back-half when the link is created.</source>
        <translation>Cuttly vérifie le suffixe lors de la création du lien.</translation>
    </message>
    <message>
        <source>Cuttly does not know this link any more.</source>
        <translation>Cuttly ne connaît plus ce lien.</translation>
    </message>
    <message>
        <source>Cuttly&apos;s API cannot change a link. Edit it on cutt.ly.</source>
        <translation>L&apos;API de Cuttly ne peut pas modifier un lien. Modifiez-le sur cutt.ly.</translation>
    </message>
    <message>
        <source>Cuttly&apos;s API cannot delete a link. Delete it on cutt.ly.</source>
        <translation>L&apos;API de Cuttly ne peut pas supprimer un lien. Supprimez-le sur cutt.ly.</translation>
    </message>
    <message>
        <source>Cuttly&apos;s API cannot list links; Linkdeck shows the ones made here.</source>
        <translation>L&apos;API de Cuttly ne peut pas lister les liens&#xa0;; Linkdeck affiche ceux créés ici.</translation>
    </message>
    <message>
        <source>Cuttly gives a link&apos;s total clicks only, not clicks over time.</source>
        <translation>Cuttly ne fournit que le total des clics d&apos;un lien, pas leur évolution.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Database</name>
    <message>
        <source>The link database “%1” is damaged (SQLite found errors in it); restore a backup.</source>
        <translation>La base de liens «&#xa0;%1&#xa0;» est endommagée (SQLite y a trouvé des erreurs)&#xa0;; restaurez une sauvegarde.</translation>
    </message>
    <message>
        <source>“%1” is not a Linkdeck database: it is not an SQLite file. Move it away, or choose another folder for Linkdeck&apos;s data.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une base de données Linkdeck&#xa0;: ce n&apos;est pas un fichier SQLite. Déplacez-le, ou choisissez un autre dossier pour les données de Linkdeck.</translation>
    </message>
    <message>
        <source>The link database “%1” cannot be opened for writing: the file or its folder is read-only, or the folder cannot be created. Choose a folder you may write to, or change its permissions.</source>
        <translation>La base de liens «&#xa0;%1&#xa0;» ne peut pas être ouverte en écriture&#xa0;: le fichier ou son dossier est en lecture seule, ou le dossier ne peut pas être créé. Choisissez un dossier où vous pouvez écrire, ou modifiez ses droits.</translation>
    </message>
    <message>
        <source>The link database “%1” cannot be written: the disk is full. Free some space and try again.</source>
        <translation>Impossible d&apos;écrire dans la base de liens «&#xa0;%1&#xa0;»&#xa0;: le disque est plein. Libérez de l&apos;espace et réessayez.</translation>
    </message>
    <message>
        <source>The link database “%1” could not be read or written (an input/output error): check the disk.</source>
        <translation>Impossible de lire ou d&apos;écrire la base de liens «&#xa0;%1&#xa0;» (erreur d&apos;entrée/sortie)&#xa0;: vérifiez le disque.</translation>
    </message>
    <message>
        <source>The link database “%1” is busy in another program; try again in a moment.</source>
        <translation>La base de liens «&#xa0;%1&#xa0;» est occupée par un autre programme&#xa0;; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Could not open the link database “%1”.</source>
        <translation>Impossible d&apos;ouvrir la base de liens «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The disk is full: free some space and try again. Nothing was lost.</source>
        <translation>Le disque est plein&#xa0;: libérez de l&apos;espace et réessayez. Rien n&apos;a été perdu.</translation>
    </message>
    <message>
        <source>The database file cannot be written (it is read-only).</source>
        <translation>Impossible d&apos;écrire le fichier de la base de données (il est en lecture seule).</translation>
    </message>
    <message>
        <source>The database is busy in another program; try again in a moment.</source>
        <translation>La base de données est occupée par un autre programme&#xa0;; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The link database is damaged; restore a backup.</source>
        <translation>La base de liens est endommagée&#xa0;; restaurez une sauvegarde.</translation>
    </message>
    <message>
        <source>The link database “%1” was written by a newer version of Linkdeck. Update Linkdeck to open it.</source>
        <translation>La base de liens «&#xa0;%1&#xa0;» a été écrite par une version plus récente de Linkdeck. Mettez Linkdeck à jour pour l&apos;ouvrir.</translation>
    </message>
    <message>
        <source>Could not back up the link database before updating it.</source>
        <translation>Impossible de sauvegarder la base de liens avant sa mise à jour.</translation>
    </message>
    <message>
        <source>Could not update the link database.</source>
        <translation>Impossible de mettre à jour la base de liens.</translation>
    </message>
    <message>
        <source>Could not update the link database to version %1. It was left as it was.</source>
        <translation>Impossible de mettre à jour la base de liens vers la version %1. Elle a été laissée telle quelle.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::AccountDialog</name>
    <message>
        <source>Default domain</source>
        <translation>Domaine par défaut</translation>
    </message>
    <message>
        <source>Show the token</source>
        <translation>Afficher le jeton</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Edit Account</source>
        <translation>Modifier le compte</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>unchanged (kept until you quit)</source>
        <translation>inchangé (conservé jusqu&apos;à la fermeture)</translation>
    </message>
    <message>
        <source>This computer has no keychain: the token is kept only until Linkdeck quits, not in Linkdeck&apos;s files.</source>
        <translation>Cet ordinateur n&apos;a pas de trousseau&#xa0;: le jeton n&apos;est conservé que jusqu&apos;à la fermeture de Linkdeck, pas dans ses fichiers.</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inchangé</translation>
    </message>
    <message>
        <source>unchanged (kept in the keychain)</source>
        <translation>inchangé (conservé dans le trousseau)</translation>
    </message>
    <message>
        <source>not kept: type the token</source>
        <translation>non conservé&#xa0;: saisissez le jeton</translation>
    </message>
    <message>
        <source>not in the keychain: type the token</source>
        <translation>absent du trousseau&#xa0;: saisissez le jeton</translation>
    </message>
    <message>
        <source>This computer has no keychain, so the token was not kept after Linkdeck quit.</source>
        <translation>Cet ordinateur n&apos;a pas de trousseau&#xa0;: le jeton n&apos;a donc pas été conservé après la fermeture de Linkdeck.</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>&amp;Adresse du serveur&#xa0;:</translation>
    </message>
    <message>
        <source>API &amp;address:</source>
        <translation>&amp;Adresse de l&apos;API&#xa0;:</translation>
    </message>
    <message>
        <source>https://s.example.com</source>
        <translation>https://s.example.com</translation>
    </message>
    <message>
        <source>the service&apos;s own (leave empty)</source>
        <translation>celle du service (laisser vide)</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Groupe&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Workspace:</source>
        <translation>Espace de tra&amp;vail&#xa0;:</translation>
    </message>
    <message>
        <source>the account&apos;s default group</source>
        <translation>le groupe par défaut du compte</translation>
    </message>
    <message>
        <source>none (the main workspace)</source>
        <translation>aucun (l&apos;espace de travail principal)</translation>
    </message>
    <message>
        <source>Give the account a name.</source>
        <translation>Donnez un nom au compte.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>Connecté.</translation>
    </message>
    <message numerus="yes">
        <source>Connected. %n domain(s) available.</source>
        <translation>
            <numerusform>Connecté. %n domaine disponible.</numerusform>
            <numerusform>Connecté. %n domaines disponibles.</numerusform>
        </translation>
    </message>
    <message>
        <source>No Keychain</source>
        <translation>Pas de trousseau</translation>
    </message>
    <message>
        <source>%1

Linkdeck can use the token until you quit, without saving it anywhere. You will be asked for it again next time.</source>
        <translation>%1

Linkdeck peut utiliser le jeton jusqu&apos;à sa fermeture, sans l&apos;enregistrer nulle part. Il vous sera redemandé la prochaine fois.</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>The account has changes that are not saved. Save them?</source>
        <translation>Le compte a des modifications non enregistrées. Les enregistrer ?</translation>
    </message>
    <message>
        <source>The account has changes that are not saved, and they cannot be saved as they are. Discard them?</source>
        <translation>Le compte a des modifications non enregistrées qui ne peuvent pas être enregistrées en l&apos;état. Les abandonner ?</translation>
    </message>
    <message>
        <source>Account Not Added</source>
        <translation>Compte non ajouté</translation>
    </message>
    <message>
        <source>The account has not been added yet. Add it now?</source>
        <translation>Le compte n&apos;a pas encore été ajouté. L&apos;ajouter maintenant ?</translation>
    </message>
    <message>
        <source>The account has not been added, and it cannot be added as it is. Discard what you typed?</source>
        <translation>Le compte n&apos;a pas été ajouté et ne peut pas l&apos;être en l&apos;état. Abandonner ce que vous avez saisi ?</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::AccountsPage</name>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Default domain</source>
        <translation>Domaine par défaut</translation>
    </message>
    <message>
        <source>Last synchronised</source>
        <translation>Dernière synchronisation</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>%1 cannot list an account&apos;s links: Linkdeck shows the ones made here and updates their clicks.</source>
        <translation>%1 ne peut pas lister les liens d&apos;un compte&#xa0;: Linkdeck affiche ceux créés ici et met à jour leurs clics.</translation>
    </message>
    <message>
        <source>“%1” was added. Its links appear in the main window after the next sync.</source>
        <translation>«&#xa0;%1&#xa0;» a été ajouté. Ses liens apparaîtront dans la fenêtre principale après la prochaine synchronisation.</translation>
    </message>
    <message>
        <source>Remove Account</source>
        <translation>Supprimer le compte</translation>
    </message>
    <message>
        <source>Remove “%1” from Linkdeck? Its links stay on %2; Linkdeck forgets its copy of them and its token.</source>
        <translation>Supprimer «&#xa0;%1&#xa0;» de Linkdeck&#xa0;? Ses liens restent sur %2&#xa0;; Linkdeck oublie sa copie des liens et son jeton.</translation>
    </message>
    <message>
        <source>the Shlink server</source>
        <translation>le serveur Shlink</translation>
    </message>
    <message>
        <source>the service</source>
        <translation>le service</translation>
    </message>
    <message>
        <source>“%1” was removed.</source>
        <translation>«&#xa0;%1&#xa0;» a été supprimé.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Connected: the token works.</source>
        <translation>Connecté&#xa0;: le jeton fonctionne.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::CampaignDialog</name>
    <message>
        <source>New Campaign</source>
        <translation>Nouvelle campagne</translation>
    </message>
    <message>
        <source>&amp;Campaign:</source>
        <translation>&amp;Campagne&#xa0;:</translation>
    </message>
    <message>
        <source>spring-sale</source>
        <translation>soldes-printemps</translation>
    </message>
    <message>
        <source>https://shop.example/spring
(one address per line)</source>
        <translation>https://shop.example/printemps
(une adresse par ligne)</translation>
    </message>
    <message>
        <source>&amp;Destinations:</source>
        <translation>&amp;Destinations&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Sources:</source>
        <translation>&amp;Sources&#xa0;:</translation>
    </message>
    <message>
        <source>newsletter, facebook, linkedin</source>
        <translation>newsletter, facebook, linkedin</translation>
    </message>
    <message>
        <source>&amp;Mediums:</source>
        <translation>S&amp;upports&#xa0;:</translation>
    </message>
    <message>
        <source>email, social, print</source>
        <translation>email, social, print</translation>
    </message>
    <message>
        <source>C&amp;ontents:</source>
        <translation>C&amp;ontenus&#xa0;:</translation>
    </message>
    <message>
        <source>optional: hero, footer</source>
        <translation>facultatif&#xa0;: hero, footer</translation>
    </message>
    <message>
        <source>&amp;Back-halves:</source>
        <translation>Su&amp;ffixes&#xa0;:</translation>
    </message>
    <message>
        <source>Made of {campaign}, {source}, {medium}, {content}, {term}, {page} (the destination&apos;s last part) and {n} (1, 2, 3, …)</source>
        <translation>Composés de {campaign}, {source}, {medium}, {content}, {term}, {page} (la dernière partie de la destination) et {n} (1, 2, 3, …)</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>Ét&amp;iquettes&#xa0;:</translation>
    </message>
    <message>
        <source>optional: spring, 2027</source>
        <translation>facultatif&#xa0;: printemps, 2027</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>Compt&amp;e&#xa0;:</translation>
    </message>
    <message>
        <source>Links of the campaign</source>
        <translation>Liens de la campagne</translation>
    </message>
    <message>
        <source>Back-half</source>
        <translation>Suffixe</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Create Links</source>
        <translation>Créer les liens</translation>
    </message>
    <message>
        <source>&amp;QR Codes…</source>
        <translation>Codes &amp;QR…</translation>
    </message>
    <message>
        <source>&amp;Print Labels…</source>
        <translation>&amp;Imprimer des étiquettes…</translation>
    </message>
    <message numerus="yes">
        <source>Create %Ln Link(s)</source>
        <translation>
            <numerusform>Créer %Ln lien</numerusform>
            <numerusform>Créer %Ln liens</numerusform>
        </translation>
    </message>
    <message>
        <source>Linkdeck cannot use this account.</source>
        <translation>Linkdeck ne peut pas utiliser ce compte.</translation>
    </message>
    <message>
        <source>Creating the links…</source>
        <translation>Création des liens…</translation>
    </message>
    <message>
        <source>Links Not Created</source>
        <translation>Liens non créés</translation>
    </message>
    <message>
        <source>The campaign&apos;s links have not been created yet. Create them now?</source>
        <translation>Les liens de la campagne n&apos;ont pas encore été créés. Les créer maintenant ?</translation>
    </message>
    <message>
        <source>The campaign&apos;s links have not been created, and they cannot be created as they are. Discard what you typed?</source>
        <translation>Les liens de la campagne n&apos;ont pas été créés et ne peuvent pas l&apos;être en l&apos;état. Abandonner ce que vous avez saisi ?</translation>
    </message>
    <message>
        <source>Stopped: %1 created. Press “%2” to make the rest; links already made are not made twice.</source>
        <translation>Arrêté : %1 créés. Appuyez sur « %2 » pour créer le reste ; les liens déjà créés ne le sont pas deux fois.</translation>
    </message>
    <message>
        <source>Stop Creating Links?</source>
        <translation>Arrêter la création des liens ?</translation>
    </message>
    <message>
        <source>%1 of %2 links are done so far. Stop now? The links already made stay, and this window lists them.</source>
        <translation>%1 liens sur %2 traités jusqu’ici. Arrêter maintenant ? Les liens déjà créés restent, et cette fenêtre les affiche.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Keep Creating</source>
        <translation>Continuer la création</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Arrêt…</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::DetailPane</name>
    <message>
        <source>Select a link to see its details.</source>
        <translation>Sélectionnez un lien pour voir ses détails.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy the short link to the clipboard</source>
        <translation>Copier le lien court dans le presse-papiers</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <source>Open the short link in the web browser</source>
        <translation>Ouvrir le lien court dans le navigateur</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Redirect Rules…</source>
        <translation>Règles de redirection…</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Clics</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifié le</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Limites</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>QR Code…</source>
        <translation>Code QR…</translation>
    </message>
    <message>
        <source>Make a print-ready QR code of this link</source>
        <translation>Créer un code QR prêt à imprimer pour ce lien</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>source: %1</source>
        <translation>source&#xa0;: %1</translation>
    </message>
    <message>
        <source>medium: %1</source>
        <translation>support&#xa0;: %1</translation>
    </message>
    <message>
        <source>term: %1</source>
        <translation>terme&#xa0;: %1</translation>
    </message>
    <message>
        <source>content: %1</source>
        <translation>contenu&#xa0;: %1</translation>
    </message>
    <message>
        <source>starts %1</source>
        <translation>début %1</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>expire %1</translation>
    </message>
    <message numerus="yes">
        <source>at most %n click(s)</source>
        <translation>
            <numerusform>au plus %n clic</numerusform>
            <numerusform>au plus %n clics</numerusform>
        </translation>
    </message>
    <message>
        <source>then goes to %1</source>
        <translation>puis mène à %1</translation>
    </message>
    <message>
        <source>password-protected: visitors type a password first</source>
        <translation>protégé par mot de passe&#xa0;: les visiteurs saisissent d&apos;abord un mot de passe</translation>
    </message>
    <message numerus="yes">
        <source>%Ln link(s) selected</source>
        <translation>
            <numerusform>%Ln lien sélectionné</numerusform>
            <numerusform>%Ln liens sélectionnés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln click(s) together</source>
        <translation>
            <numerusform>%Ln clic au total</numerusform>
            <numerusform>%Ln clics au total</numerusform>
        </translation>
    </message>
    <message>
        <source>A/B split</source>
        <translation>Répartition A/B</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
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
        <translation>Exporter des liens</translation>
    </message>
    <message>
        <source>The links the table shows, with every field and their clicks. A file ending in .csv opens in Excel as it is; .xlsx is an Excel workbook, .json is for other programs.</source>
        <translation>Les liens affichés dans le tableau, avec tous leurs champs et leurs clics. Un fichier en .csv s&apos;ouvre tel quel dans Excel&#xa0;; .xlsx est un classeur Excel, .json est destiné à d&apos;autres programmes.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Include each link&apos;s countries, referrers and devices</source>
        <translation>&amp;Inclure les pays, sites référents et appareils de chaque lien</translation>
    </message>
    <message>
        <source>One column each for countries, referrers, devices, browsers and operating systems, most clicks first, as the statistics count them. A link of another service has them once its statistics were shown from its first day to today.</source>
        <translation>Une colonne pour chacun&#xa0;: pays, sites référents, appareils, navigateurs et systèmes d&apos;exploitation, les plus cliqués d&apos;abord, comptés comme dans les statistiques. Le lien d&apos;un autre service les a dès que ses statistiques ont été affichées de son premier jour à aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv);;Excel workbook (*.xlsx);;JSON (*.json)</source>
        <translation>CSV pour Excel (*.csv);;Classeur Excel (*.xlsx);;JSON (*.json)</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::GettingStartedDialog</name>
    <message>
        <source>Getting Started with Linkdeck</source>
        <translation>Premiers pas avec Linkdeck</translation>
    </message>
    <message>
        <source>Getting started guide</source>
        <translation>Guide de démarrage</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Premiers pas</translation>
    </message>
    <message>
        <source>1. Create a short link</source>
        <translation>1. Créer un lien court</translation>
    </message>
    <message>
        <source>Press %1 (File &gt; New Link), paste the address your link should open and choose a back-half, such as &lt;i&gt;spring-sale&lt;/i&gt;. Links on “This computer” are served by Linkdeck&apos;s own link server, shown under the sidebar.</source>
        <translation>Appuyez sur %1 (Fichier &gt; Nouveau lien), collez l&apos;adresse que votre lien doit ouvrir et choisissez un suffixe, par exemple &lt;i&gt;soldes-printemps&lt;/i&gt;. Les liens de «&#xa0;Cet ordinateur&#xa0;» sont servis par le serveur de liens de Linkdeck, affiché sous la barre latérale.</translation>
    </message>
    <message>
        <source>2. Or connect a link service</source>
        <translation>2. Ou connecter un service de liens</translation>
    </message>
    <message>
        <source>In File &gt; Accounts, add your Bitly, Rebrandly, Shlink or Cuttly account with its API token. Its links appear in the table, and new links can be made there too. Tokens stay in your system&apos;s keychain.</source>
        <translation>Dans Fichier &gt; Comptes, ajoutez votre compte Bitly, Rebrandly, Shlink ou Cuttly avec son jeton d&apos;API. Ses liens apparaissent dans le tableau, et vous pouvez aussi y créer de nouveaux liens. Les jetons restent dans le trousseau de votre système.</translation>
    </message>
    <message>
        <source>3. Track a campaign</source>
        <translation>3. Suivre une campagne</translation>
    </message>
    <message>
        <source>In New Link, fill in the tracking fields (source, medium, campaign). The sidebar then lists the campaign; choose it and press %1 to see its clicks over time, countries, referrers and devices.</source>
        <translation>Dans Nouveau lien, remplissez les champs de suivi (source, support, campagne). La barre latérale liste alors la campagne&#xa0;; choisissez-la et appuyez sur %1 pour voir l&apos;évolution de ses clics, les pays, les sites référents et les appareils.</translation>
    </message>
    <message>
        <source>4. Print a QR code</source>
        <translation>4. Imprimer un code QR</translation>
    </message>
    <message>
        <source>Select a link and press %1 for the QR studio: size in millimetres, colours, a logo, and export for print (PDF, SVG, EPS). %2 prints the selected links as labels.</source>
        <translation>Sélectionnez un lien et appuyez sur %1 pour ouvrir le studio QR&#xa0;: taille en millimètres, couleurs, logo et export pour l&apos;impression (PDF, SVG, EPS). %2 imprime les liens sélectionnés sous forme d&apos;étiquettes.</translation>
    </message>
    <message>
        <source>Working with the keyboard</source>
        <translation>Travailler au clavier</translation>
    </message>
    <message>
        <source>%1 moves between the sidebar, the links and the details, and Tab within them. %2 finds a link, Esc clears the filter, %3 copies the selected short link.</source>
        <translation>%1 passe de la barre latérale aux liens puis aux détails, et Tab se déplace à l&apos;intérieur. %2 recherche un lien, Échap efface le filtre, %3 copie le lien court sélectionné.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::ImportWizard</name>
    <message>
        <source>Row</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Short link</source>
        <translation>Lien court</translation>
    </message>
    <message>
        <source>Destination or reason</source>
        <translation>Destination ou motif</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Choose a File</source>
        <translation>Choisir un fichier</translation>
    </message>
    <message>
        <source>A spreadsheet saved as CSV or Unicode text, a JSON file, or an export of Bitly, Rebrandly, Shlink, YOURLS or Kutt.</source>
        <translation>Une feuille de calcul enregistrée en CSV ou en texte Unicode, un fichier JSON, ou un export de Bitly, Rebrandly, Shlink, YOURLS ou Kutt.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Into:</source>
        <translation>&amp;Dans&#xa0;:</translation>
    </message>
    <message>
        <source>Skip the row</source>
        <translation>Ignorer la ligne</translation>
    </message>
    <message>
        <source>Use the next free back-half</source>
        <translation>Utiliser le prochain suffixe libre</translation>
    </message>
    <message>
        <source>Point the existing link to the row&apos;s destination</source>
        <translation>Rediriger le lien existant vers la destination de la ligne</translation>
    </message>
    <message>
        <source>When a back-half is &amp;taken:</source>
        <translation>Quand un suffixe est pri&amp;s&#xa0;:</translation>
    </message>
    <message>
        <source>Import Links</source>
        <translation>Importer des liens</translation>
    </message>
    <message>
        <source>Tables of links (*.csv *.tsv *.txt *.json);;All files (*)</source>
        <translation>Tableaux de liens (*.csv *.tsv *.txt *.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Check the Columns</source>
        <translation>Vérifier les colonnes</translation>
    </message>
    <message>
        <source>Each column becomes what its menu says; choose “%1” to leave one out.</source>
        <translation>Chaque colonne devient ce qu&apos;indique son menu&#xa0;; choisissez «&#xa0;%1&#xa0;» pour en ignorer une.</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Becomes</source>
        <translation>Devient</translation>
    </message>
    <message>
        <source>First row</source>
        <translation>Première ligne</translation>
    </message>
    <message>
        <source>%1, columns separated by “%2”.</source>
        <translation>%1, colonnes séparées par «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulation</translation>
    </message>
    <message>
        <source>This looks like an export of %1.</source>
        <translation>Cela ressemble à un export de %1.</translation>
    </message>
    <message>
        <source>Column %1 becomes</source>
        <translation>La colonne %1 devient</translation>
    </message>
    <message>
        <source>Check Every Row</source>
        <translation>Vérifier chaque ligne</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importer</translation>
    </message>
    <message>
        <source>Nothing is made yet. Import makes the links marked “will create”.</source>
        <translation>Rien n&apos;est encore créé. Importer crée les liens marqués «&#xa0;sera créé&#xa0;».</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <source>Save &amp;Report…</source>
        <translation>Enregistrer le &amp;rapport…</translation>
    </message>
    <message>
        <source>Save Import Report</source>
        <translation>Enregistrer le rapport d&apos;import</translation>
    </message>
    <message>
        <source>import report.csv</source>
        <translation>rapport d&apos;import.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Reading every row…</source>
        <translation>Lecture de chaque ligne…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Import en cours…</translation>
    </message>
    <message>
        <source>Report saved in %1.</source>
        <translation>Rapport enregistré dans %1.</translation>
    </message>
    <message>
        <source>Could not save the report: %1</source>
        <translation>Impossible d&apos;enregistrer le rapport&#xa0;: %1</translation>
    </message>
    <message>
        <source>“%1” cannot be opened: %2</source>
        <translation>Impossible d&apos;ouvrir «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Linkdeck cannot use this account.</source>
        <translation>Linkdeck ne peut pas utiliser ce compte.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::LinkCommands</name>
    <message>
        <source>Export Links</source>
        <translation>Exporter des liens</translation>
    </message>
    <message>
        <source>links.csv</source>
        <translation>liens.csv</translation>
    </message>
    <message>
        <source>Choose a file name ending in .csv, .xlsx or .json.</source>
        <translation>Choisissez un nom de fichier se terminant par .csv, .xlsx ou .json.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln link(s) saved in %1.</source>
        <translation>
            <numerusform>%Ln lien enregistré dans %1.</numerusform>
            <numerusform>%Ln liens enregistrés dans %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied %1 to the clipboard</source>
        <translation>%1 copié dans le presse-papiers</translation>
    </message>
    <message>
        <source>Delete %1? People who open it will no longer reach %2.</source>
        <translation>Supprimer %1&#xa0;? Les personnes qui l&apos;ouvriront n&apos;arriveront plus sur %2.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n link(s)? People who open them will no longer reach their destinations.</source>
        <translation>
            <numerusform>Supprimer %n lien&#xa0;? Les personnes qui l&apos;ouvriront n&apos;arriveront plus à sa destination.</numerusform>
            <numerusform>Supprimer %n liens&#xa0;? Les personnes qui les ouvriront n&apos;arriveront plus à leurs destinations.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Links</source>
        <translation>Supprimer des liens</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>Supprimé.</translation>
    </message>
    <message>
        <source>Some Links Were Not Deleted</source>
        <translation>Certains liens n&apos;ont pas été supprimés</translation>
    </message>
    <message>
        <source>Removed the redirect rules of %1</source>
        <translation>Règles de redirection de %1 supprimées</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n redirect rule(s) of %1</source>
        <translation>
            <numerusform>%n règle de redirection de %1 enregistrée</numerusform>
            <numerusform>%n règles de redirection de %1 enregistrées</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <source>Labels Not Printed</source>
        <translation>Étiquettes non imprimées</translation>
    </message>
    <message>
        <source>Print QR Labels</source>
        <translation>Imprimer des étiquettes QR</translation>
    </message>
    <message>
        <source>Exporting links…</source>
        <translation>Exportation des liens…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>The file could not be written.</source>
        <translation>Impossible d&apos;écrire le fichier.</translation>
    </message>
    <message>
        <source>Export stopped; no file was written.</source>
        <translation>Exportation arrêtée ; aucun fichier n&apos;a été écrit.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::LinkDialog</name>
    <message>
        <source>New Link</source>
        <translation>Nouveau lien</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>Compt&amp;e&#xa0;:</translation>
    </message>
    <message>
        <source>https://example.com/spring-sale</source>
        <translation>https://example.com/soldes-printemps</translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation>&amp;Destination&#xa0;:</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>random</source>
        <translation>aléatoire</translation>
    </message>
    <message>
        <source>Back-half</source>
        <translation>Suffixe</translation>
    </message>
    <message>
        <source>Short &amp;link:</source>
        <translation>&amp;Lien court&#xa0;:</translation>
    </message>
    <message>
        <source>Shown in your link list only</source>
        <translation>Visible uniquement dans votre liste de liens</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre&#xa0;:</translation>
    </message>
    <message>
        <source>Separate tags with commas, e.g. print, spring</source>
        <translation>Séparez les étiquettes par des virgules, p. ex. print, printemps</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>Ét&amp;iquettes&#xa0;:</translation>
    </message>
    <message>
        <source>Campaign trac&amp;king (UTM)</source>
        <translation>Suivi de c&amp;ampagne (UTM)</translation>
    </message>
    <message>
        <source>Choose a preset…</source>
        <translation>Choisir un modèle…</translation>
    </message>
    <message>
        <source>P&amp;reset:</source>
        <translation>&amp;Modèle&#xa0;:</translation>
    </message>
    <message>
        <source>where the visitor comes from, e.g. newsletter</source>
        <translation>d&apos;où vient le visiteur, p. ex. newsletter</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>S&amp;ource&#xa0;:</translation>
    </message>
    <message>
        <source>the kind of channel, e.g. email</source>
        <translation>le type de canal, p. ex. email</translation>
    </message>
    <message>
        <source>Med&amp;ium:</source>
        <translation>S&amp;upport&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. spring-sale</source>
        <translation>p. ex. soldes-printemps</translation>
    </message>
    <message>
        <source>&amp;Campaign:</source>
        <translation>&amp;Campagne&#xa0;:</translation>
    </message>
    <message>
        <source>optional: paid search keyword</source>
        <translation>facultatif&#xa0;: mot-clé de recherche payante</translation>
    </message>
    <message>
        <source>Term:</source>
        <translation>Te&amp;rme&#xa0;:</translation>
    </message>
    <message>
        <source>optional: which ad or button</source>
        <translation>facultatif&#xa0;: quelle annonce ou quel bouton</translation>
    </message>
    <message>
        <source>Co&amp;ntent:</source>
        <translation>Co&amp;ntenu&#xa0;:</translation>
    </message>
    <message>
        <source>Use lower case (analytics tools count “Email” and “email” apart)</source>
        <translation>Utilisez des minuscules (les outils d&apos;analyse comptent «&#xa0;Email&#xa0;» et «&#xa0;email&#xa0;» séparément)</translation>
    </message>
    <message>
        <source>Final address</source>
        <translation>Adresse finale</translation>
    </message>
    <message>
        <source>Opens:</source>
        <translation>Ouvre&#xa0;:</translation>
    </message>
    <message>
        <source>Create Link</source>
        <translation>Créer le lien</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Limites</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>D&amp;ébut&#xa0;:</translation>
    </message>
    <message>
        <source>Before this time the link is not active yet.</source>
        <translation>Avant ce moment, le lien n&apos;est pas encore actif.</translation>
    </message>
    <message>
        <source>Start date and time</source>
        <translation>Date et heure de début</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>&amp;Fin&#xa0;:</translation>
    </message>
    <message>
        <source>From this time on the link has ended.</source>
        <translation>À partir de ce moment, le lien est terminé.</translation>
    </message>
    <message>
        <source>End date and time</source>
        <translation>Date et heure de fin</translation>
    </message>
    <message>
        <source>At &amp;most:</source>
        <translation>Au &amp;plus&#xa0;:</translation>
    </message>
    <message>
        <source>After this many clicks the link has ended.</source>
        <translation>Après ce nombre de clics, le lien est terminé.</translation>
    </message>
    <message>
        <source>Most clicks</source>
        <translation>Clics maximum</translation>
    </message>
    <message>
        <source>clicks</source>
        <translation>clics</translation>
    </message>
    <message>
        <source>empty: a page says the link has ended</source>
        <translation>vide&#xa0;: une page indique que le lien est terminé</translation>
    </message>
    <message>
        <source>Address after the end</source>
        <translation>Adresse après la fin</translation>
    </message>
    <message>
        <source>T&amp;hen go to:</source>
        <translation>Puis &amp;vers&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de pa&amp;sse&#xa0;:</translation>
    </message>
    <message>
        <source>Visitors must type this password before they are sent on.</source>
        <translation>Les visiteurs doivent saisir ce mot de passe avant d&apos;être redirigés.</translation>
    </message>
    <message>
        <source>Password for visitors</source>
        <translation>Mot de passe des visiteurs</translation>
    </message>
    <message>
        <source>Social pre&amp;view</source>
        <translation>Aperçu sur les réseau&amp;x sociaux</translation>
    </message>
    <message>
        <source>What link previews show when the short link is pasted into LinkedIn, Facebook, X, Slack or a chat. People who click it are sent on as always.</source>
        <translation>Ce qu&apos;affichent les aperçus quand le lien court est collé dans LinkedIn, Facebook, X, Slack ou une messagerie. Les personnes qui cliquent sont redirigées comme toujours.</translation>
    </message>
    <message>
        <source>e.g. Spring sale: half price</source>
        <translation>p. ex. Soldes de printemps&#xa0;: moitié prix</translation>
    </message>
    <message>
        <source>one or two sentences</source>
        <translation>une ou deux phrases</translation>
    </message>
    <message>
        <source>https://… (1200 × 630 pixels suit most)</source>
        <translation>https://… (1200 × 630 pixels conviennent le plus souvent)</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Titre&#xa0;:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Description&#xa0;:</translation>
    </message>
    <message>
        <source>Image address:</source>
        <translation>Adresse de l&apos;image&#xa0;:</translation>
    </message>
    <message>
        <source>Preview card</source>
        <translation>Carte d&apos;aperçu</translation>
    </message>
    <message>
        <source>No image: a small card</source>
        <translation>Pas d&apos;image&#xa0;: une petite carte</translation>
    </message>
    <message>
        <source>Image from %1</source>
        <translation>Image de %1</translation>
    </message>
    <message>
        <source>(no title yet)</source>
        <translation>(pas encore de titre)</translation>
    </message>
    <message>
        <source>%1 cannot send visitors to another address after the end; only links on this computer can. Visitors see the service&apos;s own page.</source>
        <translation>%1 ne peut pas envoyer les visiteurs vers une autre adresse après la fin&#xa0;; seuls les liens de cet ordinateur le peuvent. Les visiteurs voient la page du service.</translation>
    </message>
    <message>
        <source>not possible with %1</source>
        <translation>impossible avec %1</translation>
    </message>
    <message>
        <source>Times are in your time zone, %1.</source>
        <translation>Les heures sont dans votre fuseau horaire, %1.</translation>
    </message>
    <message>
        <source>Protected (type a new password to change it)</source>
        <translation>Protégé (saisissez un nouveau mot de passe pour le changer)</translation>
    </message>
    <message>
        <source>the password visitors type</source>
        <translation>le mot de passe que saisissent les visiteurs</translation>
    </message>
    <message>
        <source>Type the password visitors will need, or untick Password.</source>
        <translation>Saisissez le mot de passe dont les visiteurs auront besoin, ou décochez Mot de passe.</translation>
    </message>
    <message>
        <source>chosen by the service</source>
        <translation>choisi par le service</translation>
    </message>
    <message>
        <source>Edit Link</source>
        <translation>Modifier le lien</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>This service does not allow changing the back-half of an existing link.</source>
        <translation>Ce service ne permet pas de changer le suffixe d&apos;un lien existant.</translation>
    </message>
    <message>
        <source>Will be saved as %1</source>
        <translation>Sera enregistré sous %1</translation>
    </message>
    <message>
        <source>An existing link needs a back-half.</source>
        <translation>Un lien existant a besoin d&apos;un suffixe.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Could not check whether “%1” is free: %2</source>
        <translation>Impossible de vérifier si «&#xa0;%1&#xa0;» est libre&#xa0;: %2</translation>
    </message>
    <message>
        <source>“%1” is available.</source>
        <translation>«&#xa0;%1&#xa0;» est disponible.</translation>
    </message>
    <message>
        <source>“%1” is already used on %2. Choose another back-half.</source>
        <translation>«&#xa0;%1&#xa0;» est déjà utilisé sur %2. Choisissez un autre suffixe.</translation>
    </message>
    <message>
        <source>The link was saved, but not its password: %1</source>
        <translation>Le lien a été enregistré, mais pas son mot de passe&#xa0;: %1</translation>
    </message>
    <message>
        <source>The link was saved, but not its targeting rules: %1</source>
        <translation>Le lien a été enregistré, mais pas ses règles de ciblage&#xa0;: %1</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>The link has changes that are not saved. Save them?</source>
        <translation>Le lien a des modifications non enregistrées. Les enregistrer ?</translation>
    </message>
    <message>
        <source>The link has changes that are not saved, and they cannot be saved as they are. Discard them?</source>
        <translation>Le lien a des modifications non enregistrées qui ne peuvent pas être enregistrées en l&apos;état. Les abandonner ?</translation>
    </message>
    <message>
        <source>Link Not Created</source>
        <translation>Lien non créé</translation>
    </message>
    <message>
        <source>The new link has not been created yet. Create it now?</source>
        <translation>Le nouveau lien n&apos;a pas encore été créé. Le créer maintenant ?</translation>
    </message>
    <message>
        <source>The new link has not been created, and it cannot be created as it is. Discard what you typed?</source>
        <translation>Le nouveau lien n&apos;a pas été créé et ne peut pas l&apos;être en l&apos;état. Abandonner ce que vous avez saisi ?</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::LinkListView</name>
    <message>
        <source>Filter links</source>
        <translation>Filtrer les liens</translation>
    </message>
    <message>
        <source>Filter by back-half, destination, title, tag or campaign</source>
        <translation>Filtrer par suffixe, destination, titre, étiquette ou campagne</translation>
    </message>
    <message>
        <source>Clear Filter</source>
        <translation>Effacer le filtre</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Liens</translation>
    </message>
    <message>
        <source>No links here yet.</source>
        <translation>Aucun lien ici pour l&apos;instant.</translation>
    </message>
    <message>
        <source>No links match “%1”</source>
        <translation>Aucun lien ne correspond à «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::LocalServerPanel</name>
    <message>
        <source>Stopped: short links on this computer do not open.</source>
        <translation>Arrêté&#xa0;: les liens courts de cet ordinateur ne s&apos;ouvrent pas.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En marche</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Arrêt…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln visit(s) recorded</source>
        <translation>
            <numerusform>%Ln visite enregistrée</numerusform>
            <numerusform>%Ln visites enregistrées</numerusform>
        </translation>
    </message>
    <message>
        <source>The link database is damaged: SQLite found errors in it. Short links still open, but changes and visits may not be saved. Quit Linkdeck and restore a backup of the database.</source>
        <translation>La base de liens est endommagée&#xa0;: SQLite y a trouvé des erreurs. Les liens courts s&apos;ouvrent toujours, mais les modifications et les visites risquent de ne pas être enregistrées. Quittez Linkdeck et restaurez une sauvegarde de la base de données.</translation>
    </message>
    <message numerus="yes">
        <source>Visits are not being recorded: the link server cannot write to its disk (it is full or read-only). Short links still open. %Ln visit(s) not recorded so far.</source>
        <translation>
            <numerusform>Les visites ne sont pas enregistrées&#xa0;: le serveur de liens ne peut pas écrire sur son disque (plein ou en lecture seule). Les liens courts s&apos;ouvrent toujours. %Ln visite non enregistrée jusqu&apos;ici.</numerusform>
            <numerusform>Les visites ne sont pas enregistrées&#xa0;: le serveur de liens ne peut pas écrire sur son disque (plein ou en lecture seule). Les liens courts s&apos;ouvrent toujours. %Ln visites non enregistrées jusqu&apos;ici.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln visit(s) could not be recorded while the disk was full.</source>
        <translation>
            <numerusform>%Ln visite n&apos;a pas pu être enregistrée pendant que le disque était plein.</numerusform>
            <numerusform>%Ln visites n&apos;ont pas pu être enregistrées pendant que le disque était plein.</numerusform>
        </translation>
    </message>
    <message>
        <source>Visits reach the statistics %1 seconds late: the database is busy. None is lost.</source>
        <translation>Les visites arrivent dans les statistiques avec %1 secondes de retard&#xa0;: la base de données est occupée. Aucune n&apos;est perdue.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::MainWindow</name>
    <message>
        <source>&amp;New Link…</source>
        <translation>&amp;Nouveau lien…</translation>
    </message>
    <message>
        <source>Create a short link (%1)</source>
        <translation>Créer un lien court (%1)</translation>
    </message>
    <message>
        <source>&amp;Edit Link…</source>
        <translation>&amp;Modifier le lien…</translation>
    </message>
    <message>
        <source>&amp;Copy Short Link</source>
        <translation>&amp;Copier le lien court</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>&amp;Open in Browser</source>
        <translation>&amp;Ouvrir dans le navigateur</translation>
    </message>
    <message>
        <source>&amp;QR Code…</source>
        <translation>Code &amp;QR…</translation>
    </message>
    <message>
        <source>Make a print-ready QR code of the short link</source>
        <translation>Créer un code QR prêt à imprimer pour le lien court</translation>
    </message>
    <message>
        <source>&amp;Print QR Labels…</source>
        <translation>&amp;Imprimer des étiquettes QR…</translation>
    </message>
    <message>
        <source>Print the selected links as QR code labels, 24 to an A4 page</source>
        <translation>Imprimer les liens sélectionnés sous forme d&apos;étiquettes QR, 24 par page A4</translation>
    </message>
    <message>
        <source>&amp;Statistics…</source>
        <translation>S&amp;tatistiques…</translation>
    </message>
    <message>
        <source>Clicks over time, countries and referrers of the selected links or campaign</source>
        <translation>Évolution des clics, pays et sites référents des liens ou de la campagne sélectionnés</translation>
    </message>
    <message>
        <source>Cop&amp;y to Account…</source>
        <translation>Copier &amp;vers un compte…</translation>
    </message>
    <message>
        <source>Make the selected links on another account too</source>
        <translation>Créer aussi les liens sélectionnés sur un autre compte</translation>
    </message>
    <message>
        <source>&amp;Move to Account…</source>
        <translation>&amp;Déplacer vers un compte…</translation>
    </message>
    <message>
        <source>Make the selected links on another account and send the old ones&apos; visitors there</source>
        <translation>Créer les liens sélectionnés sur un autre compte et y envoyer les visiteurs des anciens</translation>
    </message>
    <message>
        <source>Redirect &amp;Rules…</source>
        <translation>&amp;Règles de redirection…</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>Rec&amp;hercher…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <source>New &amp;Campaign…</source>
        <translation>Nouvelle &amp;campagne…</translation>
    </message>
    <message>
        <source>Make a campaign&apos;s links at once: each destination for each source and medium</source>
        <translation>Créer d&apos;un coup les liens d&apos;une campagne&#xa0;: chaque destination pour chaque source et support</translation>
    </message>
    <message>
        <source>&amp;Import Links…</source>
        <translation>Im&amp;porter des liens…</translation>
    </message>
    <message>
        <source>Make links from a spreadsheet or another service&apos;s export</source>
        <translation>Créer des liens depuis une feuille de calcul ou l&apos;export d&apos;un autre service</translation>
    </message>
    <message>
        <source>E&amp;xport Links…</source>
        <translation>E&amp;xporter des liens…</translation>
    </message>
    <message>
        <source>Save the links the table shows as CSV, Excel or JSON</source>
        <translation>Enregistrer les liens affichés dans le tableau en CSV, Excel ou JSON</translation>
    </message>
    <message>
        <source>&amp;Synchronise Accounts</source>
        <translation>&amp;Synchroniser les comptes</translation>
    </message>
    <message>
        <source>Fetch the links of your Bitly, Rebrandly, Shlink and Cuttly accounts and send the changes made offline (%1)</source>
        <translation>Récupérer les liens de vos comptes Bitly, Rebrandly, Shlink et Cuttly et envoyer les modifications faites hors ligne (%1)</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>Co&amp;mptes…</translation>
    </message>
    <message>
        <source>Add or edit your Bitly, Rebrandly, Shlink and Cuttly accounts</source>
        <translation>Ajouter ou modifier vos comptes Bitly, Rebrandly, Shlink et Cuttly</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Getting Started</source>
        <translation>&amp;Premiers pas</translation>
    </message>
    <message>
        <source>&amp;About Linkdeck</source>
        <translation>&amp;À propos de Linkdeck</translation>
    </message>
    <message>
        <source>About Linkdeck</source>
        <translation>À propos de Linkdeck</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Linkdeck %1&lt;/h3&gt;&lt;p&gt;Branded short links, campaign charts and print-grade QR codes.&lt;/p&gt;&lt;p&gt;Released under the MIT licence.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Linkdeck %1&lt;/h3&gt;&lt;p&gt;Liens courts personnalisés, graphiques de campagne et codes QR de qualité impression.&lt;/p&gt;&lt;p&gt;Publié sous licence MIT.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Édition</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <source>Linkdeck</source>
        <translation>Linkdeck</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Comptage…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln link(s)</source>
        <translation>
            <numerusform>%Ln lien</numerusform>
            <numerusform>%Ln liens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln link(s)</source>
        <translation>
            <numerusform>%1 sur %Ln lien</numerusform>
            <numerusform>%1 sur %Ln liens</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved offline: the link will be created on %1 when the network is back.</source>
        <translation>Enregistré hors ligne&#xa0;: le lien sera créé sur %1 au retour du réseau.</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>Créé le %1</translation>
    </message>
    <message>
        <source>Saved offline: the change will be sent to %1 when the network is back.</source>
        <translation>Enregistré hors ligne&#xa0;: la modification sera envoyée à %1 au retour du réseau.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n lien</numerusform>
            <numerusform>%n liens</numerusform>
        </translation>
    </message>
    <message>
        <source>Select links, or a campaign or tag in the sidebar, to see their statistics.</source>
        <translation>Sélectionnez des liens, ou une campagne ou une étiquette dans la barre latérale, pour voir leurs statistiques.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::PaneFocus</name>
    <message>
        <source>Next Pane</source>
        <translation>Volet suivant</translation>
    </message>
    <message>
        <source>Previous Pane</source>
        <translation>Volet précédent</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::PreferencesDialog</name>
    <message>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::QrPreview</name>
    <message>
        <source>Drag the code into another application</source>
        <translation>Faites glisser le code dans une autre application</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::QrStudioDialog</name>
    <message numerus="yes">
        <source>QR Codes for %n Link(s)</source>
        <translation>
            <numerusform>Codes QR pour %n lien</numerusform>
            <numerusform>Codes QR pour %n liens</numerusform>
        </translation>
    </message>
    <message>
        <source>The preview shows the first link; each link gets its own file, named by its back-half.</source>
        <translation>L&apos;aperçu montre le premier lien&#xa0;; chaque lien reçoit son propre fichier, nommé d&apos;après son suffixe.</translation>
    </message>
    <message>
        <source>There is no preset “%1”.</source>
        <translation>Il n&apos;y a pas de modèle «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The preset “%1” cannot be used: %2</source>
        <translation>Le modèle «&#xa0;%1&#xa0;» ne peut pas être utilisé&#xa0;: %2</translation>
    </message>
    <message>
        <source>Save Preset</source>
        <translation>Enregistrer le modèle</translation>
    </message>
    <message>
        <source>Name of the preset:</source>
        <translation>Nom du modèle&#xa0;:</translation>
    </message>
    <message>
        <source>Version %1, %2 × %2 modules, %3 mm each, %4 × %5 mm</source>
        <translation>Version %1, %2 × %2 modules, %3 mm chacun, %4 × %5 mm</translation>
    </message>
    <message>
        <source>Folder for the QR Codes</source>
        <translation>Dossier des codes QR</translation>
    </message>
    <message>
        <source>Writing QR codes…</source>
        <translation>Écriture des codes QR…</translation>
    </message>
    <message>
        <source>Save QR Code</source>
        <translation>Enregistrer le code QR</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>Fichiers %1 (*.%2)</translation>
    </message>
    <message>
        <source>Save Label Sheet</source>
        <translation>Enregistrer la planche d&apos;étiquettes</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the label sheet…</source>
        <translation>Écriture de la planche d&apos;étiquettes…</translation>
    </message>
    <message>
        <source>Print QR Labels</source>
        <translation>Imprimer des étiquettes QR</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::QrStyleForm</name>
    <message>
        <source>Choose a Logo</source>
        <translation>Choisir un logo</translation>
    </message>
    <message>
        <source>Images (*.png *.svg *.jpg *.jpeg)</source>
        <translation>Images (*.png *.svg *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>“%1” is not a colour: use #rrggbb, a name such as black, or cmyk(0,0,0,100).</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une couleur&#xa0;: utilisez #rrggbb, un nom comme black, ou cmyk(0,0,0,100).</translation>
    </message>
    <message>
        <source>Choose a colour</source>
        <translation>Choisir une couleur</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::RedirectRulesDialog</name>
    <message>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>Language code, e.g. en or de-CH</source>
        <translation>Code de langue, p. ex. fr ou fr-CA</translation>
    </message>
    <message>
        <source>Name, e.g. ref</source>
        <translation>Nom, p. ex. ref</translation>
    </message>
    <message>
        <source>Value, e.g. news</source>
        <translation>Valeur, p. ex. news</translation>
    </message>
    <message>
        <source>Parameter name</source>
        <translation>Nom du paramètre</translation>
    </message>
    <message>
        <source>192.0.2.10, 192.168.0.0/16 or 10.0.*.*</source>
        <translation>192.0.2.10, 192.168.0.0/16 ou 10.0.*.*</translation>
    </message>
    <message>
        <source>Country code, e.g. DE</source>
        <translation>Code pays, p. ex. FR</translation>
    </message>
    <message>
        <source>City, e.g. Berlin</source>
        <translation>Ville, p. ex. Paris</translation>
    </message>
    <message>
        <source>In your computer&apos;s time zone</source>
        <translation>Dans le fuseau horaire de votre ordinateur</translation>
    </message>
    <message>
        <source>Remove this condition</source>
        <translation>Supprimer cette condition</translation>
    </message>
    <message>
        <source>Remove condition</source>
        <translation>Supprimer la condition</translation>
    </message>
    <message>
        <source>Redirect Rules of %1</source>
        <translation>Règles de redirection de %1</translation>
    </message>
    <message>
        <source>Loading the rules…</source>
        <translation>Chargement des règles…</translation>
    </message>
    <message>
        <source>Send some visitors of %1 somewhere else than %2. The rules are tried from the top; the first whose conditions all match decides, and everyone else goes to the link&apos;s own destination.</source>
        <translation>Envoyer certains visiteurs de %1 ailleurs que vers %2. Les règles sont essayées de haut en bas&#xa0;; la première dont toutes les conditions sont remplies décide, et tous les autres vont à la destination du lien.</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Règles</translation>
    </message>
    <message>
        <source>&amp;Add Rule</source>
        <translation>&amp;Ajouter une règle</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Move up: try this rule earlier</source>
        <translation>Monter&#xa0;: essayer cette règle plus tôt</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move down: try this rule later</source>
        <translation>Descendre&#xa0;: essayer cette règle plus tard</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Selected rule</source>
        <translation>Règle sélectionnée</translation>
    </message>
    <message>
        <source>https://example.com/for-these-visitors</source>
        <translation>https://example.com/pour-ces-visiteurs</translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation>&amp;Destination&#xa0;:</translation>
    </message>
    <message>
        <source>Visitors who meet all of these conditions:</source>
        <translation>Visiteurs qui remplissent toutes ces conditions&#xa0;:</translation>
    </message>
    <message>
        <source>Add &amp;Condition</source>
        <translation>Ajouter une &amp;condition</translation>
    </message>
    <message>
        <source>&amp;Save Rules</source>
        <translation>&amp;Enregistrer les règles</translation>
    </message>
    <message>
        <source>Rule %1</source>
        <translation>Règle %1</translation>
    </message>
    <message>
        <source>No rule selected</source>
        <translation>Aucune règle sélectionnée</translation>
    </message>
    <message>
        <source>(no condition yet)</source>
        <translation>(pas encore de condition)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>(no destination yet)</source>
        <translation>(pas encore de destination)</translation>
    </message>
    <message>
        <source>%1. %2 → %3</source>
        <translation>%1. %2 → %3</translation>
    </message>
    <message>
        <source>No rules: every visitor goes to %1.</source>
        <translation>Aucune règle&#xa0;: tous les visiteurs vont vers %1.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Targeting Rules</source>
        <translation>Règles de ciblage</translation>
    </message>
    <message>
        <source>Send some visitors of the new link somewhere else than %1. The rules are tried from the top; the first whose conditions all match decides, and everyone else goes to the link&apos;s own destination.</source>
        <translation>Envoyer certains visiteurs du nouveau lien ailleurs que vers %1. Les règles sont essayées de haut en bas&#xa0;; la première dont toutes les conditions sont remplies décide, et tous les autres vont à la destination du lien.</translation>
    </message>
    <message>
        <source>Send some visitors of the new link to addresses of their own. The rules are tried from the top and come before the A/B split: the first rule whose conditions all match decides, and only the visitors no rule matches are shared by the split (%1).</source>
        <translation>Envoyer certains visiteurs du nouveau lien vers leurs propres adresses. Les règles sont essayées de haut en bas et passent avant le test A/B : la première règle dont toutes les conditions correspondent décide, et seuls les visiteurs qu&apos;aucune règle ne concerne sont répartis par le test (%1).</translation>
    </message>
    <message>
        <source>Send some visitors of %1 to addresses of their own. The rules are tried from the top and come before the A/B split: the first rule whose conditions all match decides, and only the visitors no rule matches are shared by the split (%2).</source>
        <translation>Envoyer certains visiteurs de %1 vers leurs propres adresses. Les règles sont essayées de haut en bas et passent avant le test A/B : la première règle dont toutes les conditions correspondent décide, et seuls les visiteurs qu&apos;aucune règle ne concerne sont répartis par le test (%2).</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>No rules: the A/B split shares every visitor (%1).</source>
        <translation>Aucune règle : le test A/B répartit tous les visiteurs (%1).</translation>
    </message>
    <message>
        <source>Unsaved Rules</source>
        <translation>Règles non enregistrées</translation>
    </message>
    <message>
        <source>The redirect rules have changes that are not saved. Save them?</source>
        <translation>Les règles de redirection ont des modifications non enregistrées. Les enregistrer ?</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::RulesSection</name>
    <message>
        <source>Targeting rules</source>
        <translation>Règles de ciblage</translation>
    </message>
    <message>
        <source>Send some visitors elsewhere: phones to an app store, Germans to the German page, …</source>
        <translation>Envoyer certains visiteurs ailleurs&#xa0;: les téléphones vers une boutique d&apos;applications, les germanophones vers la page allemande, …</translation>
    </message>
    <message>
        <source>Edit R&amp;ules…</source>
        <translation>Modifier les rè&amp;gles…</translation>
    </message>
    <message>
        <source>Try a visitor:</source>
        <translation>Essayer un visiteur&#xa0;:</translation>
    </message>
    <message>
        <source>The visitor&apos;s device</source>
        <translation>L&apos;appareil du visiteur</translation>
    </message>
    <message>
        <source>any device</source>
        <translation>tout appareil</translation>
    </message>
    <message>
        <source>iPhone</source>
        <translation>iPhone</translation>
    </message>
    <message>
        <source>Android phone</source>
        <translation>Téléphone Android</translation>
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
        <translation>La langue du visiteur</translation>
    </message>
    <message>
        <source>any language</source>
        <translation>toute langue</translation>
    </message>
    <message>
        <source>The visitor&apos;s country</source>
        <translation>Le pays du visiteur</translation>
    </message>
    <message>
        <source>any country</source>
        <translation>tout pays</translation>
    </message>
    <message>
        <source>The rules could not be read: %1</source>
        <translation>Impossible de lire les règles&#xa0;: %1</translation>
    </message>
    <message>
        <source>Reading the rules…</source>
        <translation>Lecture des règles…</translation>
    </message>
    <message>
        <source>No rules: every visitor goes to the destination.</source>
        <translation>Aucune règle&#xa0;: tous les visiteurs vont vers la destination.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>No rules: the A/B split shares every visitor.</source>
        <translation>Aucune règle : le test A/B répartit tous les visiteurs.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::Sidebar</name>
    <message>
        <source>Accounts and saved filters</source>
        <translation>Comptes et filtres enregistrés</translation>
    </message>
    <message>
        <source>All links</source>
        <translation>Tous les liens</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Comptes</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campagnes</translation>
    </message>
    <message numerus="yes">
        <source>%Ln link(s)</source>
        <translation>
            <numerusform>%Ln lien</numerusform>
            <numerusform>%Ln liens</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::SplitEditor</name>
    <message>
        <source>Share the visitors between this destination and others, to see which page works best. Each visitor keeps the destination they first got.</source>
        <translation>Répartir les visiteurs entre cette destination et d&apos;autres, pour voir quelle page fonctionne le mieux. Chaque visiteur garde la destination qu&apos;il a reçue la première fois.</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Visiteurs</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>the destination above</source>
        <translation>la destination ci-dessus</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>Destination %1</source>
        <translation>Destination %1</translation>
    </message>
    <message>
        <source>Share of visitors for destination %1</source>
        <translation>Part des visiteurs pour la destination %1</translation>
    </message>
    <message>
        <source>Remove destination %1</source>
        <translation>Supprimer la destination %1</translation>
    </message>
    <message>
        <source>A/&amp;B split</source>
        <translation>Répartition A/&amp;B</translation>
    </message>
    <message>
        <source>Add ne&amp;w destination</source>
        <translation>A&amp;jouter une nouvelle destination</translation>
    </message>
    <message>
        <source>Share evenl&amp;y</source>
        <translation>Répartir é&amp;quitablement</translation>
    </message>
    <message>
        <source>Together: %1</source>
        <translation>Total : %1</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::StatsChart</name>
    <message numerus="yes">
        <source>%1, %2: %Ln click(s)</source>
        <translation>
            <numerusform>%1, %2&#xa0;: %Ln clic</numerusform>
            <numerusform>%1, %2&#xa0;: %Ln clics</numerusform>
        </translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Clics</translation>
    </message>
    <message>
        <source>The file cannot be written.</source>
        <translation>Impossible d&apos;écrire le fichier.</translation>
    </message>
    <message>
        <source>Choose a file name ending in .png, .svg or .pdf.</source>
        <translation>Choisissez un nom de fichier se terminant par .png, .svg ou .pdf.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::StatsDialog</name>
    <message>
        <source>Statistics: %1</source>
        <translation>Statistiques&#xa0;: %1</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>90 derniers jours</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personnalisé</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>Semaines</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Courbe</translation>
    </message>
    <message>
        <source>Bars</source>
        <translation>Barres</translation>
    </message>
    <message>
        <source>All together</source>
        <translation>Tous ensemble</translation>
    </message>
    <message>
        <source>By link</source>
        <translation>Par lien</translation>
    </message>
    <message>
        <source>By account</source>
        <translation>Par compte</translation>
    </message>
    <message>
        <source>Include bots</source>
        <translation>Inclure les robots</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Fetch the figures of Bitly and Shlink links again</source>
        <translation>Récupérer de nouveau les chiffres des liens Bitly et Shlink</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>Chart as PNG Image…</source>
        <translation>Graphique en image PNG…</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>Chart as SVG Drawing…</source>
        <translation>Graphique en dessin SVG…</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>Dessins SVG (*.svg)</translation>
    </message>
    <message>
        <source>Chart as PDF…</source>
        <translation>Graphique en PDF…</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Report as PDF…</source>
        <translation>Rapport en PDF…</translation>
    </message>
    <message>
        <source>Data as CSV…</source>
        <translation>Données en CSV…</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Période&#xa0;:</translation>
    </message>
    <message>
        <source>Per:</source>
        <translation>Par&#xa0;:</translation>
    </message>
    <message>
        <source>Show &amp;All Clicks</source>
        <translation>Afficher &amp;tous les clics</translation>
    </message>
    <message>
        <source>%1 report.pdf</source>
        <translation>rapport %1.pdf</translation>
    </message>
    <message>
        <source>%1 clicks.%2</source>
        <translation>clics %1.%2</translation>
    </message>
    <message>
        <source>Export Statistics</source>
        <translation>Exporter les statistiques</translation>
    </message>
    <message>
        <source>Saved “%1” in %2.</source>
        <translation>«&#xa0;%1&#xa0;» enregistré dans %2.</translation>
    </message>
    <message>
        <source>Could not save “%1”: %2</source>
        <translation>Impossible d&apos;enregistrer «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Only the clicks of %1: %2</source>
        <translation>Seulement les clics de %1&#xa0;: %2</translation>
    </message>
    <message numerus="yes">
        <source>(+%Ln bot(s), not counted)</source>
        <translation>
            <numerusform>(+%Ln robot, non compté)</numerusform>
            <numerusform>(+%Ln robots, non comptés)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln click(s)</source>
        <translation>
            <numerusform>%Ln clic</numerusform>
            <numerusform>%Ln clics</numerusform>
        </translation>
    </message>
    <message>
        <source>Clicks by people and visits by bots together.</source>
        <translation>Clics de personnes et visites de robots confondus.</translation>
    </message>
    <message>
        <source>By variant</source>
        <translation>Par variante</translation>
    </message>
    <message>
        <source> (%1 against the period before)</source>
        <translation> (%1 par rapport à la période précédente)</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::StatsReport</name>
    <message>
        <source>No clicks</source>
        <translation>Aucun clic</translation>
    </message>
    <message>
        <source>Top links</source>
        <translation>Principaux liens</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Referrers</source>
        <translation>Sites référents</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Appareils</translation>
    </message>
    <message>
        <source>Browsers</source>
        <translation>Navigateurs</translation>
    </message>
    <message>
        <source>Operating systems</source>
        <translation>Systèmes d&apos;exploitation</translation>
    </message>
    <message>
        <source>Made with Linkdeck on %1.</source>
        <translation>Réalisé avec Linkdeck le %1.</translation>
    </message>
    <message>
        <source>The file cannot be written.</source>
        <translation>Impossible d&apos;écrire le fichier.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::StatsTables</name>
    <message>
        <source>Clicks</source>
        <translation>Clics</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Double-click a link to open it</source>
        <translation>Double-cliquez sur un lien pour l&apos;ouvrir</translation>
    </message>
    <message>
        <source>Top links</source>
        <translation>Principaux liens</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Referrer</source>
        <translation>Site référent</translation>
    </message>
    <message>
        <source>Referrers</source>
        <translation>Sites référents</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Appareils</translation>
    </message>
    <message>
        <source>Browser</source>
        <translation>Navigateur</translation>
    </message>
    <message>
        <source>Browsers</source>
        <translation>Navigateurs</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Système d&apos;exploitation</translation>
    </message>
    <message>
        <source>Systems</source>
        <translation>Systèmes</translation>
    </message>
    <message>
        <source>Click a row to see its clicks alone in the chart</source>
        <translation>Cliquez sur une ligne pour voir seulement ses clics dans le graphique</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>Direct</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>Desktop</source>
        <comment>device kind</comment>
        <translation>Ordinateur</translation>
    </message>
    <message>
        <source>Mobile</source>
        <comment>device kind</comment>
        <translation>Mobile</translation>
    </message>
    <message>
        <source>Tablet</source>
        <comment>device kind</comment>
        <translation>Tablette</translation>
    </message>
    <message>
        <source>Bot</source>
        <comment>device kind</comment>
        <translation>Robot</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>device kind</comment>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Variants</source>
        <translation>Variantes</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <source>A/B split</source>
        <translation>Répartition A/B</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Share set</source>
        <translation>Part définie</translation>
    </message>
    <message>
        <source>No clicks in this period.</source>
        <translation>Aucun clic sur cette période.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::SyncStatus</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Stop synchronising; the links fetched so far are kept</source>
        <translation>Arrêter la synchronisation&#xa0;; les liens déjà récupérés sont conservés</translation>
    </message>
    <message>
        <source>Synchronising…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln link(s)</source>
        <translation>
            <numerusform>%1&#xa0;: %Ln lien</numerusform>
            <numerusform>%1&#xa0;: %Ln liens</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Accounts are up to date.</source>
        <translation>Les comptes sont à jour.</translation>
    </message>
    <message>
        <source>Showing the links saved on this computer: %1 could not be synchronised.</source>
        <translation>Affichage des liens enregistrés sur cet ordinateur&#xa0;: %1 n&apos;a pas pu être synchronisé.</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n change(s) made offline.</source>
        <translation>
            <numerusform>%n modification faite hors ligne envoyée.</numerusform>
            <numerusform>%n modifications faites hors ligne envoyées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some Changes Were Refused</source>
        <translation>Certaines modifications ont été refusées</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made offline were refused by the service. They are marked “not sent” in the table: edit or delete them.</source>
        <translation>
            <numerusform>%n modification faite hors ligne a été refusée par le service. Elle est marquée «&#xa0;non envoyée&#xa0;» dans le tableau&#xa0;: modifiez-la ou supprimez-la.</numerusform>
            <numerusform>%n modifications faites hors ligne ont été refusées par le service. Elles sont marquées «&#xa0;non envoyées&#xa0;» dans le tableau&#xa0;: modifiez-les ou supprimez-les.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::TransferDialog</name>
    <message numerus="yes">
        <source>Move %n Link(s) to Another Account</source>
        <translation>
            <numerusform>Déplacer %n lien vers un autre compte</numerusform>
            <numerusform>Déplacer %n liens vers un autre compte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copy %n Link(s) to Another Account</source>
        <translation>
            <numerusform>Copier %n lien vers un autre compte</numerusform>
            <numerusform>Copier %n liens vers un autre compte</numerusform>
        </translation>
    </message>
    <message>
        <source>Each link is made on the account you choose; then the old link sends its visitors to the new one where its service allows it. No link is deleted.</source>
        <translation>Chaque lien est créé sur le compte choisi&#xa0;; puis l&apos;ancien lien envoie ses visiteurs vers le nouveau si son service le permet. Aucun lien n&apos;est supprimé.</translation>
    </message>
    <message>
        <source>Each link is made on the account you choose; the old links stay as they are.</source>
        <translation>Chaque lien est créé sur le compte choisi&#xa0;; les anciens liens restent tels quels.</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Vers&#xa0;:</translation>
    </message>
    <message>
        <source>Skip the link</source>
        <translation>Ignorer le lien</translation>
    </message>
    <message>
        <source>Use the next free back-half</source>
        <translation>Utiliser le prochain suffixe libre</translation>
    </message>
    <message>
        <source>When the back-half is &amp;taken there:</source>
        <translation>Quand le suffixe y est &amp;pris&#xa0;:</translation>
    </message>
    <message>
        <source>Old and new short links</source>
        <translation>Anciens et nouveaux liens courts</translation>
    </message>
    <message>
        <source>Old short link</source>
        <translation>Ancien lien court</translation>
    </message>
    <message>
        <source>New short link</source>
        <translation>Nouveau lien court</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Déplacer</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>Save &amp;Mapping…</source>
        <translation>Enregistrer la co&amp;rrespondance…</translation>
    </message>
    <message>
        <source>A table of each old short link and its new one, for the print team</source>
        <translation>Un tableau de chaque ancien lien court et de son nouveau, pour l&apos;équipe d&apos;impression</translation>
    </message>
    <message>
        <source>Add another account first (File &gt; Accounts…).</source>
        <translation>Ajoutez d&apos;abord un autre compte (Fichier &gt; Comptes…).</translation>
    </message>
    <message>
        <source>Save Mapping</source>
        <translation>Enregistrer la correspondance</translation>
    </message>
    <message>
        <source>link mapping.csv</source>
        <translation>correspondance des liens.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Moving…</source>
        <translation>Déplacement…</translation>
    </message>
    <message>
        <source>Copying…</source>
        <translation>Copie…</translation>
    </message>
    <message>
        <source>The old link now goes to the new one.</source>
        <translation>L&apos;ancien lien mène maintenant au nouveau.</translation>
    </message>
    <message>
        <source>Mapping saved in %1.</source>
        <translation>Correspondance enregistrée dans %1.</translation>
    </message>
    <message>
        <source>Could not save the mapping: %1</source>
        <translation>Impossible d&apos;enregistrer la correspondance&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::WelcomePage</name>
    <message>
        <source>Welcome to Linkdeck</source>
        <translation>Bienvenue dans Linkdeck</translation>
    </message>
    <message>
        <source>You have no links yet. Start with one of these two steps.</source>
        <translation>Vous n&apos;avez encore aucun lien. Commencez par l&apos;une de ces deux étapes.</translation>
    </message>
    <message>
        <source>Create your first link</source>
        <translation>Créer votre premier lien</translation>
    </message>
    <message>
        <source>A short link on this computer, served by Linkdeck&apos;s own link server: ready to test, share or print as a QR code.</source>
        <translation>Un lien court sur cet ordinateur, servi par le serveur de liens de Linkdeck&#xa0;: prêt à tester, partager ou imprimer en code QR.</translation>
    </message>
    <message>
        <source>Connect Bitly, Rebrandly, Shlink…</source>
        <translation>Connecter Bitly, Rebrandly, Shlink…</translation>
    </message>
    <message>
        <source>Add the account you already use (Bitly, Rebrandly, Shlink or Cuttly) with its API token: its links appear here.</source>
        <translation>Ajoutez le compte que vous utilisez déjà (Bitly, Rebrandly, Shlink ou Cuttly) avec son jeton d&apos;API&#xa0;: ses liens apparaîtront ici.</translation>
    </message>
    <message>
        <source>Getting Started</source>
        <translation>Premiers pas</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::WithProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>Linkdeck::InstanceLock</name>
    <message>
        <source>Linkdeck is already open with these links. Switch to its window: a second Linkdeck cannot run the link server for the same links.</source>
        <translation>Linkdeck est déjà ouvert avec ces liens. Passez à sa fenêtre&#xa0;: un second Linkdeck ne peut pas faire tourner le serveur de liens pour les mêmes liens.</translation>
    </message>
    <message>
        <source>Linkdeck cannot write to its data folder.</source>
        <translation>Linkdeck ne peut pas écrire dans son dossier de données.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::KeychainSecretStore</name>
    <message>
        <source>No token is stored for this account.</source>
        <translation>Aucun jeton n&apos;est enregistré pour ce compte.</translation>
    </message>
    <message>
        <source>The keychain refused access to the token.</source>
        <translation>Le trousseau a refusé l&apos;accès au jeton.</translation>
    </message>
    <message>
        <source>This computer has no usable keychain (such as GNOME Keyring or KWallet), so the token cannot be stored safely.</source>
        <translation>Cet ordinateur n&apos;a pas de trousseau utilisable (comme GNOME Keyring ou KWallet)&#xa0;: le jeton ne peut donc pas être conservé en sécurité.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::LinkLimits</name>
    <message>
        <source>The link would end before it starts: choose an end later than the start.</source>
        <translation>Le lien se terminerait avant de commencer&#xa0;: choisissez une fin postérieure au début.</translation>
    </message>
    <message>
        <source>The click limit must be at least 1 click.</source>
        <translation>La limite de clics doit être d&apos;au moins 1 clic.</translation>
    </message>
    <message>
        <source>The address for visitors after the end is only used by a link that ends: set an end, a start or a click limit, or leave that address empty.</source>
        <translation>L&apos;adresse des visiteurs après la fin ne sert qu&apos;à un lien qui se termine&#xa0;: définissez une fin, un début ou une limite de clics, ou laissez cette adresse vide.</translation>
    </message>
    <message>
        <source>The address for visitors after the end cannot be used: %1</source>
        <translation>L&apos;adresse des visiteurs après la fin ne peut pas être utilisée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Linkdeck::LinkPassword</name>
    <message>
        <source>The password is empty: type one, or remove the protection.</source>
        <translation>Le mot de passe est vide&#xa0;: saisissez-en un, ou retirez la protection.</translation>
    </message>
    <message>
        <source>A password cannot contain a line break.</source>
        <translation>Un mot de passe ne peut pas contenir de saut de ligne.</translation>
    </message>
    <message>
        <source>The password is too long: at most %1 characters.</source>
        <translation>Le mot de passe est trop long&#xa0;: %1 caractères au maximum.</translation>
    </message>
    <message>
        <source>The password could not be protected: the computer is short of memory.</source>
        <translation>Le mot de passe n&apos;a pas pu être protégé&#xa0;: l&apos;ordinateur manque de mémoire.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::LinkPreview</name>
    <message>
        <source>The preview title is too long: at most %1 characters.</source>
        <translation>Le titre de l&apos;aperçu est trop long&#xa0;: %1 caractères au maximum.</translation>
    </message>
    <message>
        <source>The preview description is too long: at most %1 characters.</source>
        <translation>La description de l&apos;aperçu est trop longue&#xa0;: %1 caractères au maximum.</translation>
    </message>
    <message>
        <source>A preview needs a title: link previews show nothing without one.</source>
        <translation>Un aperçu a besoin d&apos;un titre&#xa0;: sans titre, les aperçus de liens n&apos;affichent rien.</translation>
    </message>
    <message>
        <source>The preview image&apos;s address cannot be used: %1</source>
        <translation>L&apos;adresse de l&apos;image d&apos;aperçu ne peut pas être utilisée&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Linkdeck::LinkProvider</name>
    <message>
        <source>This service gives no breakdown of clicks.</source>
        <translation>Ce service ne fournit aucune répartition des clics.</translation>
    </message>
    <message>
        <source>This service cannot send visitors to different addresses; redirect rules need a Shlink server or this computer.</source>
        <translation>Ce service ne peut pas envoyer les visiteurs vers différentes adresses&#xa0;; les règles de redirection nécessitent un serveur Shlink ou cet ordinateur.</translation>
    </message>
    <message>
        <source>This service cannot protect a link by a password; only links on this computer can.</source>
        <translation>Ce service ne peut pas protéger un lien par mot de passe&#xa0;; seuls les liens de cet ordinateur le peuvent.</translation>
    </message>
    <message>
        <source>This service cannot look up a single link.</source>
        <translation>Ce service ne peut pas consulter un lien isolé.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::LinkRepository</name>
    <message>
        <source>Could not save the link&apos;s tags.</source>
        <translation>Impossible d&apos;enregistrer les étiquettes du lien.</translation>
    </message>
    <message>
        <source>The back-half “%1” is already used on %2. Choose another one.</source>
        <translation>Le suffixe «&#xa0;%1&#xa0;» est déjà utilisé sur %2. Choisissez-en un autre.</translation>
    </message>
    <message>
        <source>Could not save the link.</source>
        <translation>Impossible d&apos;enregistrer le lien.</translation>
    </message>
    <message>
        <source>Could not save the link&apos;s password.</source>
        <translation>Impossible d&apos;enregistrer le mot de passe du lien.</translation>
    </message>
    <message>
        <source>The link no longer exists; it may have been deleted.</source>
        <translation>Le lien n&apos;existe plus&#xa0;; il a peut-être été supprimé.</translation>
    </message>
    <message>
        <source>Could not change the address of the links.</source>
        <translation>Impossible de changer l&apos;adresse des liens.</translation>
    </message>
    <message>
        <source>The back-halves %1 are already used on %2, so the links cannot move there. Nothing was changed.</source>
        <translation>Les suffixes %1 sont déjà utilisés sur %2&#xa0;: les liens ne peuvent donc pas y être déplacés. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Could not save the links of the account.</source>
        <translation>Impossible d&apos;enregistrer les liens du compte.</translation>
    </message>
    <message>
        <source>Could not update the links of the account.</source>
        <translation>Impossible de mettre à jour les liens du compte.</translation>
    </message>
    <message>
        <source>Could not delete the link.</source>
        <translation>Impossible de supprimer le lien.</translation>
    </message>
    <message>
        <source>The link no longer exists; it may have been deleted already.</source>
        <translation>Le lien n&apos;existe plus&#xa0;; il a peut-être déjà été supprimé.</translation>
    </message>
    <message>
        <source>There is no tag “%1”.</source>
        <translation>Il n&apos;y a pas d&apos;étiquette «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>There is already a tag “%1”.</source>
        <translation>Une étiquette «&#xa0;%1&#xa0;» existe déjà.</translation>
    </message>
    <message>
        <source>Could not rename the tag.</source>
        <translation>Impossible de renommer l&apos;étiquette.</translation>
    </message>
    <message>
        <source>Could not delete the tags.</source>
        <translation>Impossible de supprimer les étiquettes.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::LinkSelection</name>
    <message>
        <source>Not sent: %1</source>
        <translation>Non envoyé&#xa0;: %1</translation>
    </message>
    <message>
        <source>the service refused it.</source>
        <translation>le service l&apos;a refusé.</translation>
    </message>
    <message>
        <source>Waiting to be sent to %1 when it can be reached.</source>
        <translation>En attente d&apos;envoi vers %1 dès qu&apos;il sera joignable.</translation>
    </message>
    <message>
        <source>Last try: %1</source>
        <translation>Dernier essai&#xa0;: %1</translation>
    </message>
    <message>
        <source>Send visitors to other addresses by device, language, country, date and more</source>
        <translation>Envoyer les visiteurs vers d&apos;autres adresses selon l&apos;appareil, la langue, le pays, la date et plus encore</translation>
    </message>
    <message>
        <source>%1 cannot send visitors to different addresses. Redirect rules need a Shlink account or this computer.</source>
        <translation>%1 ne peut pas envoyer les visiteurs vers différentes adresses. Les règles de redirection nécessitent un compte Shlink ou cet ordinateur.</translation>
    </message>
    <message>
        <source>This link is waiting to be created on %1; its redirect rules can be set once it is there.</source>
        <translation>Ce lien attend d&apos;être créé sur %1&#xa0;; ses règles de redirection pourront être définies une fois qu&apos;il y sera.</translation>
    </message>
    <message>
        <source>Select one link to edit its redirect rules.</source>
        <translation>Sélectionnez un seul lien pour modifier ses règles de redirection.</translation>
    </message>
    <message>
        <source>Add another account first (File &gt; Accounts…): the links are copied or moved to it.</source>
        <translation>Ajoutez d&apos;abord un autre compte (Fichier &gt; Comptes…) : les liens y sont copiés ou déplacés.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::LinkSplit</name>
    <message>
        <source>A split needs at least two destinations.</source>
        <translation>Une répartition nécessite au moins deux destinations.</translation>
    </message>
    <message>
        <source>A split can have at most %1 destinations.</source>
        <translation>Une répartition peut avoir au plus %1 destinations.</translation>
    </message>
    <message>
        <source>Give destination %1 a share between 1% and 99% of the visitors.</source>
        <translation>Donnez à la destination %1 une part comprise entre 1 % et 99 % des visiteurs.</translation>
    </message>
    <message>
        <source>Enter an address for destination %1 of the split.</source>
        <translation>Saisissez une adresse pour la destination %1 de la répartition.</translation>
    </message>
    <message>
        <source>Destination %1 of the split cannot be used: %2</source>
        <translation>La destination %1 de la répartition ne peut pas être utilisée&#xa0;: %2</translation>
    </message>
    <message>
        <source>The shares of the split must add up to 100% (now %1%).</source>
        <translation>Les parts de la répartition doivent totaliser 100 % (actuellement %1&#xa0;%).</translation>
    </message>
</context>
<context>
    <name>Linkdeck::LinkTableModel</name>
    <message>
        <source>Made while the service could not be reached. Linkdeck sends it when the network is back.</source>
        <translation>Créé alors que le service était injoignable. Linkdeck l&apos;envoie au retour du réseau.</translation>
    </message>
    <message>
        <source>The service refused this change. Edit the link to try again, or delete it.</source>
        <translation>Le service a refusé cette modification. Modifiez le lien pour réessayer, ou supprimez-le.</translation>
    </message>
    <message>
        <source>%1 (waiting to be sent)</source>
        <translation>%1 (en attente d&apos;envoi)</translation>
    </message>
    <message>
        <source>%1 (changes waiting to be sent)</source>
        <translation>%1 (modifications en attente d&apos;envoi)</translation>
    </message>
    <message>
        <source>%1 (deletion waiting to be sent)</source>
        <translation>%1 (suppression en attente d&apos;envoi)</translation>
    </message>
    <message>
        <source>%1 (not sent)</source>
        <translation>%1 (non envoyé)</translation>
    </message>
    <message numerus="yes">
        <source>%1 (+%Ln bot(s))</source>
        <extracomment>The clicks of people, then the visits of bots apart, e.g. &quot;41 (+1 bot)&quot;</extracomment>
        <translation>
            <numerusform>%1 (+%Ln robot)</numerusform>
            <numerusform>%1 (+%Ln robots)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln click(s) by people.</source>
        <translation>
            <numerusform>%Ln clic de personnes.</numerusform>
            <numerusform>%Ln clics de personnes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln visit(s) by bots (link previews, crawlers), not counted.</source>
        <translation>
            <numerusform>%Ln visite de robots (aperçus de liens, robots d&apos;indexation), non comptée.</numerusform>
            <numerusform>%Ln visites de robots (aperçus de liens, robots d&apos;indexation), non comptées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Clicks by people since the link was made, as the statistics count them. Visits by bots (link previews, crawlers) are not counted; where there were some, they are shown apart: “41 (+1 bot)”.</source>
        <translation>Clics de personnes depuis la création du lien, comptés comme dans les statistiques. Les visites de robots (aperçus de liens, robots d&apos;indexation) ne sont pas comptées&#xa0;; s&apos;il y en a eu, elles sont indiquées à part&#xa0;: «&#xa0;41 (+1 robot)&#xa0;».</translation>
    </message>
    <message>
        <source>Short link</source>
        <translation>Lien court</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destination</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Clics</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créé le</translation>
    </message>
</context>
<context>
    <name>Linkdeck::LocalAddress</name>
    <message>
        <source>Enter the public address as https://go.example.com, or leave it empty.</source>
        <translation>Saisissez l&apos;adresse publique sous la forme https://go.example.com, ou laissez le champ vide.</translation>
    </message>
    <message>
        <source>A public address is a domain only, such as https://go.example.com, with no path after it.</source>
        <translation>Une adresse publique est uniquement un domaine, comme https://go.example.com, sans chemin après.</translation>
    </message>
    <message>
        <source>The account of this computer&apos;s links is missing.</source>
        <translation>Le compte des liens de cet ordinateur est introuvable.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::LocalProvider</name>
    <message>
        <source>This link no longer exists; it may have been deleted.</source>
        <translation>Ce lien n&apos;existe plus&#xa0;; il a peut-être été supprimé.</translation>
    </message>
    <message>
        <source>Could not read the click statistics.</source>
        <translation>Impossible de lire les statistiques de clics.</translation>
    </message>
    <message>
        <source>Could not read the redirect rules.</source>
        <translation>Impossible de lire les règles de redirection.</translation>
    </message>
    <message>
        <source>Could not save the redirect rules.</source>
        <translation>Impossible d&apos;enregistrer les règles de redirection.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::LocalServerController</name>
    <message>
        <source>The link server (linkdeck-server) is not installed next to Linkdeck.</source>
        <translation>Le serveur de liens (linkdeck-server) n&apos;est pas installé à côté de Linkdeck.</translation>
    </message>
    <message>
        <source>The link server could not be started: %1</source>
        <translation>Le serveur de liens n&apos;a pas pu démarrer&#xa0;: %1</translation>
    </message>
    <message>
        <source>Port %1 is already used by another program. Choose another port in Preferences.</source>
        <translation>Le port %1 est déjà utilisé par un autre programme. Choisissez un autre port dans les Préférences.</translation>
    </message>
    <message>
        <source>Another Linkdeck link server already uses these links (is Linkdeck open twice?). Close the other one, then start the server here.</source>
        <translation>Un autre serveur de liens Linkdeck utilise déjà ces liens (Linkdeck est-il ouvert deux fois&#xa0;?). Fermez l&apos;autre, puis démarrez le serveur ici.</translation>
    </message>
    <message>
        <source>The link server stopped unexpectedly: %1</source>
        <translation>Le serveur de liens s&apos;est arrêté de façon inattendue&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Linkdeck::MemorySecretStore</name>
    <message>
        <source>No token is stored for this account.</source>
        <translation>Aucun jeton n&apos;est enregistré pour ce compte.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Print::LabelSheet</name>
    <message>
        <source>Label %1 (“%2”): %3</source>
        <translation>Étiquette %1 («&#xa0;%2&#xa0;»)&#xa0;: %3</translation>
    </message>
    <message>
        <source>There are no labels to print.</source>
        <translation>Il n&apos;y a aucune étiquette à imprimer.</translation>
    </message>
    <message>
        <source>The labels would be smaller than 5 mm: use fewer rows or columns, or smaller margins.</source>
        <translation>Les étiquettes feraient moins de 5 mm&#xa0;: utilisez moins de lignes ou de colonnes, ou des marges plus petites.</translation>
    </message>
    <message>
        <source>Could not start printing the labels.</source>
        <translation>Impossible de lancer l&apos;impression des étiquettes.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>Impossible d&apos;écrire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Print::QrBatch</name>
    <message>
        <source>Could not create the folder “%1”.</source>
        <translation>Impossible de créer le dossier «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>«&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Print::QrChecks</name>
    <message>
        <source>A code with a logo needs error correction H; it will be used.</source>
        <translation>Un code avec logo nécessite la correction d&apos;erreurs H&#xa0;; elle sera utilisée.</translation>
    </message>
    <message>
        <source>The logo “%1” cannot be read as a PNG, JPEG or SVG image.</source>
        <translation>Le logo «&#xa0;%1&#xa0;» ne peut pas être lu comme image PNG, JPEG ou SVG.</translation>
    </message>
    <message numerus="yes">
        <source>The quiet zone is %n module(s) wide; scanners expect 4. Leave a margin around the printed code.</source>
        <translation>
            <numerusform>La zone de silence fait %n module de large&#xa0;; les lecteurs en attendent 4. Laissez une marge autour du code imprimé.</numerusform>
            <numerusform>La zone de silence fait %n modules de large&#xa0;; les lecteurs en attendent 4. Laissez une marge autour du code imprimé.</numerusform>
        </translation>
    </message>
    <message>
        <source>Each module prints %1 mm wide; below about 0.3 mm many printers and phones fail. Make the code larger.</source>
        <translation>Chaque module s&apos;imprime sur %1 mm de large&#xa0;; en dessous d&apos;environ 0,3 mm, beaucoup d&apos;imprimantes et de téléphones échouent. Agrandissez le code.</translation>
    </message>
    <message>
        <source>The code is light on dark. Many phone cameras only read dark modules on a light background.</source>
        <translation>Le code est clair sur fond sombre. Beaucoup d&apos;appareils photo de téléphones ne lisent que des modules sombres sur fond clair.</translation>
    </message>
    <message>
        <source>The colours are too close (contrast %1:1); aim for at least 4.5:1, ideally dark on white.</source>
        <translation>Les couleurs sont trop proches (contraste %1:1)&#xa0;; visez au moins 4,5:1, idéalement du sombre sur blanc.</translation>
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
        <translation>Impression de marque</translation>
    </message>
    <message>
        <source>Business card</source>
        <translation>Carte de visite</translation>
    </message>
    <message>
        <source>Poster</source>
        <translation>Affiche</translation>
    </message>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation>un nombre entier de %1 à %2</translation>
    </message>
    <message>
        <source>a number from %1 to %2</source>
        <translation>un nombre de %1 à %2</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>l&apos;une des valeurs %1</translation>
    </message>
    <message>
        <source>a colour such as #14213d or cmyk(0,0,0,100)</source>
        <translation>une couleur comme #14213d ou cmyk(0,0,0,100)</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>“%1” in the preset should be %2, not “%3”.</source>
        <translation>«&#xa0;%1&#xa0;» dans le modèle doit être %2, pas «&#xa0;%3&#xa0;».</translation>
    </message>
    <message>
        <source>The preset is empty.</source>
        <translation>Le modèle est vide.</translation>
    </message>
    <message>
        <source>The preset&apos;s version “%1” is not a format number.</source>
        <translation>La version «&#xa0;%1&#xa0;» du modèle n&apos;est pas un numéro de format.</translation>
    </message>
    <message>
        <source>The preset was saved by a newer Linkdeck (format %1; this one reads formats up to %2).</source>
        <translation>Le modèle a été enregistré par une version plus récente de Linkdeck (format %1&#xa0;; celle-ci lit les formats jusqu&apos;à %2).</translation>
    </message>
    <message>
        <source>“%1” in the preset should be 0 (size by width) or at least %2 mm.</source>
        <translation>«&#xa0;%1&#xa0;» dans le modèle doit être 0 (taille selon la largeur) ou d&apos;au moins %2 mm.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Print::QrRenderer</name>
    <message>
        <source>The logo “%1” cannot be read as a PNG, JPEG or SVG image.</source>
        <translation>Le logo «&#xa0;%1&#xa0;» ne peut pas être lu comme image PNG, JPEG ou SVG.</translation>
    </message>
    <message>
        <source>Could not write “%1”.</source>
        <translation>Impossible d&apos;écrire «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>Impossible d&apos;écrire «&#xa0;%1&#xa0;»&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Linkdeck::ProviderRegistry</name>
    <message>
        <source>A generic access token from Bitly&apos;s settings (Developer settings &gt; API).</source>
        <translation>Un jeton d&apos;accès générique issu des paramètres de Bitly (Developer settings &gt; API).</translation>
    </message>
    <message>
        <source>An API key from Rebrandly&apos;s account settings.</source>
        <translation>Une clé d&apos;API issue des paramètres du compte Rebrandly.</translation>
    </message>
    <message>
        <source>Shlink (or Linkdeck server)</source>
        <translation>Shlink (ou serveur Linkdeck)</translation>
    </message>
    <message>
        <source>An API key of the Shlink server (shlink api-key:generate).</source>
        <translation>Une clé d&apos;API du serveur Shlink (shlink api-key:generate).</translation>
    </message>
    <message>
        <source>The API key from Cuttly&apos;s Edit Account page.</source>
        <translation>La clé d&apos;API de la page Edit Account de Cuttly.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::ProviderStats</name>
    <message>
        <source>Could not keep the statistics for offline use.</source>
        <translation>Impossible de conserver les statistiques pour une utilisation hors ligne.</translation>
    </message>
    <message>
        <source>updated just now</source>
        <translation>mis à jour à l&apos;instant</translation>
    </message>
    <message numerus="yes">
        <source>updated %n minute(s) ago</source>
        <translation>
            <numerusform>mis à jour il y a %n minute</numerusform>
            <numerusform>mis à jour il y a %n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>updated %n hour(s) ago</source>
        <translation>
            <numerusform>mis à jour il y a %n heure</numerusform>
            <numerusform>mis à jour il y a %n heures</numerusform>
        </translation>
    </message>
    <message>
        <source>updated on %1</source>
        <translation>mis à jour le %1</translation>
    </message>
</context>
<context>
    <name>Linkdeck::QrCode</name>
    <message>
        <source>Enter the text or address the QR code should hold.</source>
        <translation>Saisissez le texte ou l&apos;adresse que le code QR doit contenir.</translation>
    </message>
    <message>
        <source>The text contains a NUL character, which a QR code cannot hold here.</source>
        <translation>Le texte contient un caractère NUL, qu&apos;un code QR ne peut pas contenir ici.</translation>
    </message>
    <message numerus="yes">
        <source>The text is too long for a QR code at this error correction level (%n byte(s)). Shorten it, or choose a lower level.</source>
        <translation>
            <numerusform>Le texte est trop long pour un code QR avec ce niveau de correction d&apos;erreurs (%n octet). Raccourcissez-le, ou choisissez un niveau plus bas.</numerusform>
            <numerusform>Le texte est trop long pour un code QR avec ce niveau de correction d&apos;erreurs (%n octets). Raccourcissez-le, ou choisissez un niveau plus bas.</numerusform>
        </translation>
    </message>
    <message>
        <source>The QR code could not be made.</source>
        <translation>Le code QR n&apos;a pas pu être créé.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::RebrandlyProvider</name>
    <message>
        <source>This back-half is already used on this Rebrandly domain. Choose another one.</source>
        <translation>Ce suffixe est déjà utilisé sur ce domaine Rebrandly. Choisissez-en un autre.</translation>
    </message>
    <message>
        <source>Rebrandly accepts back-halves of 1 to 40 letters, digits, “-” and “_”.</source>
        <translation>Rebrandly accepte des suffixes de 1 à 40 lettres, chiffres, «&#xa0;-&#xa0;» et «&#xa0;_&#xa0;».</translation>
    </message>
    <message>
        <source>Rebrandly refused the destination address. Check that it is a complete web address.</source>
        <translation>Rebrandly a refusé l&apos;adresse de destination. Vérifiez qu&apos;il s&apos;agit d&apos;une adresse web complète.</translation>
    </message>
    <message>
        <source>Rebrandly needs a title of 3 to 255 characters, or none.</source>
        <translation>Rebrandly exige un titre de 3 à 255 caractères, ou aucun.</translation>
    </message>
    <message>
        <source>This domain is not set up in your Rebrandly account.</source>
        <translation>Ce domaine n&apos;est pas configuré dans votre compte Rebrandly.</translation>
    </message>
    <message>
        <source>The Rebrandly token of “%1” has no access to the workspace “%2”.</source>
        <translation>Le jeton Rebrandly de «&#xa0;%1&#xa0;» n&apos;a pas accès à l&apos;espace de travail «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>Rebrandly refused the link: %1</source>
        <translation>Rebrandly a refusé le lien&#xa0;: %1</translation>
    </message>
    <message>
        <source>Rebrandly gives a link&apos;s total clicks only, not clicks over time.</source>
        <translation>Rebrandly ne fournit que le total des clics d&apos;un lien, pas leur évolution.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::RemoteProvider</name>
    <message>
        <source>No API token is set for “%1”.</source>
        <translation>Aucun jeton d&apos;API n&apos;est défini pour «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>No API token is stored for “%1”. Enter it in Preferences &gt; Accounts.</source>
        <translation>Aucun jeton d&apos;API n&apos;est enregistré pour «&#xa0;%1&#xa0;». Saisissez-le dans Préférences &gt; Comptes.</translation>
    </message>
    <message>
        <source>%1 sent a reply Linkdeck could not understand. Try again later.</source>
        <translation>%1 a envoyé une réponse que Linkdeck n&apos;a pas comprise. Réessayez plus tard.</translation>
    </message>
    <message>
        <source>%1 did not answer in time. Check your connection and try again.</source>
        <translation>%1 n&apos;a pas répondu à temps. Vérifiez votre connexion et réessayez.</translation>
    </message>
    <message>
        <source>Could not reach %1. Check your internet connection.</source>
        <translation>Impossible de joindre %1. Vérifiez votre connexion Internet.</translation>
    </message>
    <message>
        <source>%1 did not accept the API token of “%2”. Check it in Preferences &gt; Accounts.</source>
        <translation>%1 n&apos;a pas accepté le jeton d&apos;API de «&#xa0;%2&#xa0;». Vérifiez-le dans Préférences &gt; Comptes.</translation>
    </message>
    <message>
        <source>Your %1 plan does not include this.</source>
        <translation>Votre abonnement %1 n&apos;inclut pas cette fonction.</translation>
    </message>
    <message>
        <source>%1 does not allow the account “%2” to do this.</source>
        <translation>%1 n&apos;autorise pas le compte «&#xa0;%2&#xa0;» à faire cela.</translation>
    </message>
    <message>
        <source>%1 does not know this link; it may have been deleted there.</source>
        <translation>%1 ne connaît pas ce lien&#xa0;; il y a peut-être été supprimé.</translation>
    </message>
    <message>
        <source>This back-half is already used on %1. Choose another one.</source>
        <translation>Ce suffixe est déjà utilisé sur %1. Choisissez-en un autre.</translation>
    </message>
    <message>
        <source>%1 is receiving too many requests from this account. Wait a minute and try again.</source>
        <translation>%1 reçoit trop de requêtes de ce compte. Patientez une minute, puis réessayez.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is receiving too many requests from this account. Try again in %n second(s).</source>
        <translation>
            <numerusform>%1 reçoit trop de requêtes de ce compte. Réessayez dans %n seconde.</numerusform>
            <numerusform>%1 reçoit trop de requêtes de ce compte. Réessayez dans %n secondes.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has a problem right now (error %2). Try again later.</source>
        <translation>%1 rencontre un problème en ce moment (erreur %2). Réessayez plus tard.</translation>
    </message>
    <message>
        <source>%1 refused the request (error %2).</source>
        <translation>%1 a refusé la requête (erreur %2).</translation>
    </message>
    <message>
        <source>%1 refused the link: %2</source>
        <translation>%1 a refusé le lien&#xa0;: %2</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>La requête a été annulée.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Rules</name>
    <message>
        <source>Device</source>
        <translation>Appareil</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Query parameter with value</source>
        <translation>Paramètre d&apos;URL avec valeur</translation>
    </message>
    <message>
        <source>Query parameter present</source>
        <translation>Paramètre d&apos;URL présent</translation>
    </message>
    <message>
        <source>Query parameter without value</source>
        <translation>Paramètre d&apos;URL sans valeur</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>Adresse IP</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>Before a date</source>
        <translation>Avant une date</translation>
    </message>
    <message>
        <source>After a date</source>
        <translation>Après une date</translation>
    </message>
    <message>
        <source>Browser</source>
        <translation>Navigateur</translation>
    </message>
    <message>
        <source>Android</source>
        <translation>Android</translation>
    </message>
    <message>
        <source>iPhone or iPad</source>
        <translation>iPhone ou iPad</translation>
    </message>
    <message>
        <source>Any phone or tablet</source>
        <translation>Tout téléphone ou tablette</translation>
    </message>
    <message>
        <source>Any computer</source>
        <translation>Tout ordinateur</translation>
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
        <translation>Choisissez un appareil.</translation>
    </message>
    <message>
        <source>Choose a browser.</source>
        <translation>Choisissez un navigateur.</translation>
    </message>
    <message>
        <source>Enter a language code such as en or de-CH.</source>
        <translation>Saisissez un code de langue comme fr ou fr-CA.</translation>
    </message>
    <message>
        <source>Enter the name of the query parameter.</source>
        <translation>Saisissez le nom du paramètre d&apos;URL.</translation>
    </message>
    <message>
        <source>Enter an IP address (192.0.2.10), a range (192.168.0.0/16) or a pattern (10.0.*.*).</source>
        <translation>Saisissez une adresse IP (192.0.2.10), une plage (192.168.0.0/16) ou un motif (10.0.*.*).</translation>
    </message>
    <message>
        <source>Enter a two-letter country code such as DE or US.</source>
        <translation>Saisissez un code pays à deux lettres comme FR ou BE.</translation>
    </message>
    <message>
        <source>Enter the name of a city.</source>
        <translation>Saisissez le nom d&apos;une ville.</translation>
    </message>
    <message>
        <source>Choose a date and time.</source>
        <translation>Choisissez une date et une heure.</translation>
    </message>
    <message>
        <source>This condition is not valid.</source>
        <translation>Cette condition n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>Add at least one condition: who should go to this destination?</source>
        <translation>Ajoutez au moins une condition&#xa0;: qui doit aller vers cette destination&#xa0;?</translation>
    </message>
    <message>
        <source>Rule %1: %2</source>
        <translation>Règle %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>on Android</source>
        <translation>sur Android</translation>
    </message>
    <message>
        <source>on an iPhone or iPad</source>
        <translation>sur un iPhone ou un iPad</translation>
    </message>
    <message>
        <source>on a phone or tablet</source>
        <translation>sur un téléphone ou une tablette</translation>
    </message>
    <message>
        <source>on a computer</source>
        <translation>sur un ordinateur</translation>
    </message>
    <message>
        <source>on Windows</source>
        <translation>sous Windows</translation>
    </message>
    <message>
        <source>on a Mac</source>
        <translation>sur un Mac</translation>
    </message>
    <message>
        <source>on Linux</source>
        <translation>sous Linux</translation>
    </message>
    <message>
        <source>on ChromeOS</source>
        <translation>sous ChromeOS</translation>
    </message>
    <message>
        <source>on a device “%1”</source>
        <translation>sur un appareil «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>whose browser asks for the language “%1”</source>
        <translation>dont le navigateur demande la langue «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>whose browser asks for %1 (%2)</source>
        <translation>dont le navigateur demande %1 (%2)</translation>
    </message>
    <message>
        <source>whose link has ?%1=%2</source>
        <translation>dont le lien contient&#xa0;?%1=%2</translation>
    </message>
    <message>
        <source>whose link has the parameter “%1”</source>
        <translation>dont le lien contient le paramètre «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>whose link has “%1” without a value</source>
        <translation>dont le lien contient «&#xa0;%1&#xa0;» sans valeur</translation>
    </message>
    <message>
        <source>from the address %1</source>
        <translation>depuis l&apos;adresse %1</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>à %1</translation>
    </message>
    <message>
        <source>before %1</source>
        <translation>avant le %1</translation>
    </message>
    <message>
        <source>after %1</source>
        <translation>après le %1</translation>
    </message>
    <message>
        <source>using %1</source>
        <translation>avec %1</translation>
    </message>
    <message>
        <source>using the browser “%1”</source>
        <translation>avec le navigateur «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>No visitor goes to %1 yet: add a condition.</source>
        <translation>Aucun visiteur ne va encore vers %1&#xa0;: ajoutez une condition.</translation>
    </message>
    <message>
        <source>A visitor %1 goes to %2.</source>
        <translation>Un visiteur %1 va vers %2.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <source>No visitor is sent anywhere yet: add a condition and an address.</source>
        <translation>Aucun visiteur n&apos;est encore redirigé : ajoutez une condition et une adresse.</translation>
    </message>
    <message>
        <source>A visitor %1 goes to the address this rule is given.</source>
        <translation>Un visiteur %1 va à l&apos;adresse donnée à cette règle.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Rules::PreviewText</name>
    <message>
        <source>Goes to %1 (rule %2).</source>
        <translation>Va vers %1 (règle %2).</translation>
    </message>
    <message>
        <source>No rule matches: the A/B split sends this visitor to one of %1.</source>
        <translation>Aucune règle ne correspond&#xa0;: la répartition A/B envoie ce visiteur vers l&apos;une de ces destinations&#xa0;: %1.</translation>
    </message>
    <message>
        <source>No rule matches: goes to the destination.</source>
        <translation>Aucune règle ne correspond&#xa0;: va vers la destination.</translation>
    </message>
    <message>
        <source>No rule matches: goes to the destination, %1.</source>
        <translation>Aucune règle ne correspond&#xa0;: va vers la destination, %1.</translation>
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
        <translation>Une règle s&apos;écrit CONDITIONS -&gt; ADRESSE, comme «&#xa0;device=ios -&gt; https://apps.apple.com/app/id1&#xa0;»&#xa0;; «&#xa0;%1&#xa0;» n&apos;a pas de «&#xa0;-&gt;&#xa0;».</translation>
    </message>
    <message>
        <source>Unknown condition “%1”: use device, language, country, city, browser, ip, before, after (each as NAME=VALUE) or param:NAME=VALUE.</source>
        <translation>Condition inconnue «&#xa0;%1&#xa0;»&#xa0;: utilisez device, language, country, city, browser, ip, before, after (chacune sous la forme NOM=VALEUR) ou param:NOM=VALEUR.</translation>
    </message>
    <message>
        <source>%1 cannot send visitors elsewhere by device, language or country; links on this computer and on Shlink can.</source>
        <translation>%1 ne peut pas envoyer les visiteurs ailleurs selon l&apos;appareil, la langue ou le pays&#xa0;; les liens de cet ordinateur et de Shlink le peuvent.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Server::Pg::DbCopy</name>
    <message>
        <source>Nothing was copied: the PostgreSQL database is as it was.</source>
        <translation>Rien n&apos;a été copié&#xa0;: la base PostgreSQL est restée telle quelle.</translation>
    </message>
    <message>
        <source>db:copy needs a target: --to postgresql://USER@HOST:PORT/DATABASE, or Shlink&apos;s variables DB_DRIVER=postgres with DB_HOST, DB_PORT, DB_NAME, DB_USER and DB_PASSWORD (or DB_UNIX_SOCKET).</source>
        <translation>db:copy attend une cible&#xa0;: --to postgresql://UTILISATEUR@HÔTE:PORT/BASE, ou les variables de Shlink DB_DRIVER=postgres avec DB_HOST, DB_PORT, DB_NAME, DB_USER et DB_PASSWORD (ou DB_UNIX_SOCKET).</translation>
    </message>
    <message>
        <source>DB_DRIVER is “%1”: db:copy moves a server to PostgreSQL only (DB_DRIVER=postgres).</source>
        <translation>DB_DRIVER vaut «&#xa0;%1&#xa0;»&#xa0;: db:copy ne transfère un serveur que vers PostgreSQL (DB_DRIVER=postgres).</translation>
    </message>
    <message>
        <source>DB_PORT wants a port number, not “%1”.</source>
        <translation>DB_PORT attend un numéro de port, pas «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>db:copy needs the SQLite file to copy: --from FILE.sqlite.</source>
        <translation>db:copy attend le fichier SQLite à copier&#xa0;: --from FICHIER.sqlite.</translation>
    </message>
    <message>
        <source>There is no SQLite file at “%1”.</source>
        <translation>Il n&apos;y a pas de fichier SQLite à «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>“%1” has schema version %2, and this linkdeck-server&apos;s PostgreSQL schema is version %3: update linkdeck-server to copy it.</source>
        <translation>«&#xa0;%1&#xa0;» a la version de schéma %2, et le schéma PostgreSQL de ce linkdeck-server est en version %3&#xa0;: mettez linkdeck-server à jour pour le copier.</translation>
    </message>
    <message>
        <source>Could not read “%1”.</source>
        <translation>Impossible de lire «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>The PostgreSQL database %1 is not empty (it holds %2): db:copy moves a server into an empty database only. Nothing was copied.</source>
        <translation>La base PostgreSQL %1 n&apos;est pas vide (elle contient %2)&#xa0;: db:copy ne transfère un serveur que dans une base vide. Rien n&apos;a été copié.</translation>
    </message>
    <message>
        <source>“%1” has no table %2.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;a pas de table %2.</translation>
    </message>
    <message>
        <source>The PostgreSQL schema has no column %1.%2, which “%3” has: update linkdeck-server.</source>
        <translation>Le schéma PostgreSQL n&apos;a pas de colonne %1.%2, que «&#xa0;%3&#xa0;» possède&#xa0;: mettez linkdeck-server à jour.</translation>
    </message>
    <message>
        <source>Could not read the %1 of “%2”.</source>
        <translation>Impossible de lire %1 de «&#xa0;%2&#xa0;».</translation>
    </message>
    <message>
        <source>db:copy: %1 of %2 %3 (%4%)</source>
        <translation>db:copy&#xa0;: %1 sur %2&#xa0;%3 (%4&#xa0;%)</translation>
    </message>
    <message>
        <source>PostgreSQL refused the %1 of “%2”: %3</source>
        <translation>PostgreSQL a refusé %1 de «&#xa0;%2&#xa0;»&#xa0;: %3</translation>
    </message>
    <message>
        <source>%1 of %2 %3 arrived in PostgreSQL.</source>
        <translation>%1 sur %2&#xa0;%3 sont arrivés dans PostgreSQL.</translation>
    </message>
    <message>
        <source>db:copy: %1 %2 copied</source>
        <translation>db:copy&#xa0;: %1&#xa0;%2 copiés</translation>
    </message>
    <message>
        <source>PostgreSQL counts %1 %2 after the copy, and “%3” has %4.</source>
        <translation>PostgreSQL compte %1&#xa0;%2 après la copie, et «&#xa0;%3&#xa0;» en a %4.</translation>
    </message>
    <message>
        <source>db:copy: copied %1 from %2 in %3 s; every table&apos;s count matches.</source>
        <translation>db:copy&#xa0;: %1 copié depuis %2 en %3 s&#xa0;; le nombre de lignes de chaque table correspond.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Server::Pg::PgClickWriter</name>
    <message>
        <source>A batch of clicks needs its journal and a position after its start.</source>
        <translation>Un lot de clics a besoin de son journal et d&apos;une position après son début.</translation>
    </message>
    <message>
        <source>The clicks of journal %1 from %2 do not follow on what PostgreSQL has stored (up to %3); nothing was stored.</source>
        <translation>Les clics du journal %1 à partir de %2 ne suivent pas ce que PostgreSQL a enregistré (jusqu&apos;à %3)&#xa0;; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>PostgreSQL stored %1 of %2 clicks; nothing was stored.</source>
        <translation>PostgreSQL a enregistré %1 clics sur %2&#xa0;; rien n&apos;a été enregistré.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Server::Pg::PgConnection</name>
    <message>
        <source>“%1” is not a PostgreSQL address: %2. Write it as postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse PostgreSQL&#xa0;: %2. Écrivez-la sous la forme postgresql://UTILISATEUR@HÔTE:PORT/BASE.</translation>
    </message>
    <message>
        <source>Could not connect to PostgreSQL: out of memory.</source>
        <translation>Impossible de se connecter à PostgreSQL&#xa0;: mémoire insuffisante.</translation>
    </message>
    <message>
        <source>Could not connect to the PostgreSQL server at %1: %2</source>
        <translation>Impossible de se connecter au serveur PostgreSQL à %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Could not set the connection to UTF-8.</source>
        <translation>Impossible de passer la connexion en UTF-8.</translation>
    </message>
    <message>
        <source>(no connection)</source>
        <translation>(pas de connexion)</translation>
    </message>
    <message>
        <source>The connection to PostgreSQL at %1 was lost: %2</source>
        <translation>La connexion à PostgreSQL à %1 a été perdue&#xa0;: %2</translation>
    </message>
    <message>
        <source>There is no connection to PostgreSQL.</source>
        <translation>Il n&apos;y a pas de connexion à PostgreSQL.</translation>
    </message>
    <message>
        <source>PostgreSQL refused a statement:</source>
        <translation>PostgreSQL a refusé une instruction&#xa0;:</translation>
    </message>
    <message>
        <source>PostgreSQL refused to start a copy:</source>
        <translation>PostgreSQL a refusé de démarrer une copie&#xa0;:</translation>
    </message>
    <message>
        <source>Could not send rows to PostgreSQL.</source>
        <translation>Impossible d&apos;envoyer les lignes à PostgreSQL.</translation>
    </message>
    <message>
        <source>Could not finish sending rows to PostgreSQL.</source>
        <translation>Impossible de terminer l&apos;envoi des lignes à PostgreSQL.</translation>
    </message>
    <message>
        <source>PostgreSQL refused the rows:</source>
        <translation>PostgreSQL a refusé les lignes&#xa0;:</translation>
    </message>
    <message>
        <source>The transaction has ended.</source>
        <translation>La transaction est terminée.</translation>
    </message>
    <message>
        <source>PostgreSQL rolled the transaction back; nothing of it was stored.</source>
        <translation>PostgreSQL a annulé la transaction&#xa0;; rien n&apos;en a été enregistré.</translation>
    </message>
    <message>
        <source>The PostgreSQL address is not valid: %1. Write it as postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>L&apos;adresse PostgreSQL n&apos;est pas valide&#xa0;: %1. Écrivez-la sous la forme postgresql://UTILISATEUR@HÔTE:PORT/BASE.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Server::Pg::PgLinkStore</name>
    <message>
        <source>The back-half “%1” is already used on %2. Choose another one.</source>
        <translation>Le suffixe «&#xa0;%1&#xa0;» est déjà utilisé sur %2. Choisissez-en un autre.</translation>
    </message>
    <message>
        <source>The link no longer exists; it may have been deleted.</source>
        <translation>Le lien n&apos;existe plus&#xa0;; il a peut-être été supprimé.</translation>
    </message>
    <message>
        <source>The link no longer exists; it may have been deleted already.</source>
        <translation>Le lien n&apos;existe plus&#xa0;; il a peut-être déjà été supprimé.</translation>
    </message>
    <message>
        <source>There is no tag “%1”.</source>
        <translation>Il n&apos;y a pas d&apos;étiquette «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <source>There is already a tag “%1”.</source>
        <translation>Une étiquette «&#xa0;%1&#xa0;» existe déjà.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Server::Pg::PgSchema</name>
    <message>
        <source>The PostgreSQL database %1 was set up by a newer version of linkdeck-server (schema version %2; this one knows up to %3). Update linkdeck-server to use it.</source>
        <translation>La base PostgreSQL %1 a été créée par une version plus récente de linkdeck-server (version de schéma %2&#xa0;; celle-ci connaît jusqu&apos;à la %3). Mettez linkdeck-server à jour pour l&apos;utiliser.</translation>
    </message>
    <message>
        <source>The PostgreSQL database %1 already has tables named links, clicks or api_keys that linkdeck-server did not create. Use an empty database.</source>
        <translation>La base PostgreSQL %1 contient déjà des tables nommées links, clicks ou api_keys que linkdeck-server n&apos;a pas créées. Utilisez une base vide.</translation>
    </message>
    <message>
        <source>Could not set up the PostgreSQL database %1 for schema version %2; it was left as it was.</source>
        <translation>Impossible de préparer la base PostgreSQL %1 pour la version de schéma %2&#xa0;; elle a été laissée telle quelle.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::ShlinkProvider</name>
    <message>
        <source>This back-half is already used on %1. Choose another one.</source>
        <translation>Ce suffixe est déjà utilisé sur %1. Choisissez-en un autre.</translation>
    </message>
    <message>
        <source>this Shlink server</source>
        <translation>ce serveur Shlink</translation>
    </message>
    <message>
        <source>The Shlink server did not accept the API key of “%1”. Check it in Preferences &gt; Accounts.</source>
        <translation>Le serveur Shlink n&apos;a pas accepté la clé d&apos;API de «&#xa0;%1&#xa0;». Vérifiez-la dans Préférences &gt; Comptes.</translation>
    </message>
    <message>
        <source>The Shlink server does not know this link; it may have been deleted there.</source>
        <translation>Le serveur Shlink ne connaît pas ce lien&#xa0;; il y a peut-être été supprimé.</translation>
    </message>
    <message numerus="yes">
        <source>The Shlink server keeps links with more than %n visit(s); it refused to delete this one.</source>
        <translation>
            <numerusform>Le serveur Shlink conserve les liens de plus de %n visite&#xa0;; il a refusé de supprimer celui-ci.</numerusform>
            <numerusform>Le serveur Shlink conserve les liens de plus de %n visites&#xa0;; il a refusé de supprimer celui-ci.</numerusform>
        </translation>
    </message>
    <message>
        <source>The Shlink server refused the link: %1</source>
        <translation>Le serveur Shlink a refusé le lien&#xa0;: %1</translation>
    </message>
    <message>
        <source>The Shlink server does not know this domain.</source>
        <translation>Le serveur Shlink ne connaît pas ce domaine.</translation>
    </message>
    <message>
        <source>Shlink gives no breakdown by device; its visits carry the browser&apos;s description only.</source>
        <translation>Shlink ne fournit pas de répartition par appareil&#xa0;; ses visites ne portent que la description du navigateur.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>La requête a été annulée.</translation>
    </message>
    <message>
        <source>This Shlink server has no redirect rules. They need Shlink 4 or later.</source>
        <translation>Ce serveur Shlink n&apos;a pas de règles de redirection. Elles nécessitent Shlink 4 ou plus récent.</translation>
    </message>
    <message>
        <source>The Shlink server refused the redirect rules: %1</source>
        <translation>Le serveur Shlink a refusé les règles de redirection&#xa0;: %1</translation>
    </message>
    <message>
        <source>The Shlink server has redirect rules this version of Linkdeck does not know. Update Linkdeck to see and edit them.</source>
        <translation>Le serveur Shlink a des règles de redirection que cette version de Linkdeck ne connaît pas. Mettez Linkdeck à jour pour les voir et les modifier.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Slug</name>
    <message>
        <source>Enter a back-half, or leave it empty for a random one.</source>
        <translation>Saisissez un suffixe, ou laissez vide pour un suffixe aléatoire.</translation>
    </message>
    <message>
        <source>The back-half is too long: at most %1 characters.</source>
        <translation>Le suffixe est trop long&#xa0;: %1 caractères au maximum.</translation>
    </message>
    <message>
        <source>The back-half cannot contain spaces; use “-” instead.</source>
        <translation>Le suffixe ne peut pas contenir d&apos;espaces&#xa0;; utilisez «&#xa0;-&#xa0;» à la place.</translation>
    </message>
    <message>
        <source>The back-half can only contain letters a–z, digits, “-” and “_”; “%1” is not allowed.</source>
        <translation>Le suffixe ne peut contenir que des lettres a–z, des chiffres, «&#xa0;-&#xa0;» et «&#xa0;_&#xa0;»&#xa0;; «&#xa0;%1&#xa0;» n&apos;est pas autorisé.</translation>
    </message>
    <message>
        <source>“%1” is reserved by the link server; choose another back-half.</source>
        <translation>«&#xa0;%1&#xa0;» est réservé par le serveur de liens&#xa0;; choisissez un autre suffixe.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::SplitTest</name>
    <message numerus="yes">
        <source>Too few clicks to compare the variants yet: %Ln click(s) so far, and the test needs about %1.</source>
        <translation>
            <numerusform>Trop peu de clics pour comparer les variantes&#xa0;: %Ln clic jusqu&apos;ici, et le test en demande environ %1.</numerusform>
            <numerusform>Trop peu de clics pour comparer les variantes&#xa0;: %Ln clics jusqu&apos;ici, et le test en demande environ %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Variant %1 gets significantly more clicks than its share of visitors (chi-square test, p %2, %Ln click(s)).</source>
        <translation>
            <numerusform>La variante %1 reçoit nettement plus de clics que sa part de visiteurs (test du khi-deux, p %2, %Ln clic).</numerusform>
            <numerusform>La variante %1 reçoit nettement plus de clics que sa part de visiteurs (test du khi-deux, p %2, %Ln clics).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The difference between the variants is not significant yet (chi-square test, p %1, %Ln click(s)): each gets about the clicks its share of visitors brings.</source>
        <translation>
            <numerusform>La différence entre les variantes n&apos;est pas encore significative (test du khi-deux, p %1, %Ln clic)&#xa0;: chacune reçoit à peu près les clics que lui apporte sa part de visiteurs.</numerusform>
            <numerusform>La différence entre les variantes n&apos;est pas encore significative (test du khi-deux, p %1, %Ln clics)&#xa0;: chacune reçoit à peu près les clics que lui apporte sa part de visiteurs.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Linkdeck::SyncQueue</name>
    <message>
        <source>Could not keep the change for later.</source>
        <translation>Impossible de conserver la modification pour plus tard.</translation>
    </message>
    <message>
        <source>Could not update the list of changes to send.</source>
        <translation>Impossible de mettre à jour la liste des modifications à envoyer.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::UrlValidator</name>
    <message>
        <source>Enter the web address the short link should open.</source>
        <translation>Saisissez l&apos;adresse web que le lien court doit ouvrir.</translation>
    </message>
    <message>
        <source>The address contains a line break or another invisible character. Paste it again on one line.</source>
        <translation>L&apos;adresse contient un saut de ligne ou un autre caractère invisible. Collez-la de nouveau sur une seule ligne.</translation>
    </message>
    <message>
        <source>Links that run a script (%1:) are refused: they can harm the people who click them.</source>
        <translation>Les liens qui exécutent un script (%1:) sont refusés&#xa0;: ils peuvent nuire aux personnes qui cliquent dessus.</translation>
    </message>
    <message>
        <source>Links that carry their own content (data:) are refused: they are a common phishing trick.</source>
        <translation>Les liens qui portent leur propre contenu (data:) sont refusés&#xa0;: c&apos;est une technique d&apos;hameçonnage courante.</translation>
    </message>
    <message>
        <source>A file: address only works on the computer it points to. Use a web address (https://…).</source>
        <translation>Une adresse file: ne fonctionne que sur l&apos;ordinateur qu&apos;elle désigne. Utilisez une adresse web (https://…).</translation>
    </message>
    <message>
        <source>Only web addresses (http:// or https://) can be shortened, not “%1:” addresses.</source>
        <translation>Seules les adresses web (http:// ou https://) peuvent être raccourcies, pas les adresses «&#xa0;%1:&#xa0;».</translation>
    </message>
    <message>
        <source>The address is incomplete: “%1:” must be followed by “//” and a site name.</source>
        <translation>L&apos;adresse est incomplète&#xa0;: «&#xa0;%1:&#xa0;» doit être suivi de «&#xa0;//&#xa0;» et d&apos;un nom de site.</translation>
    </message>
    <message>
        <source>The address has no site name. Enter a full address such as https://example.com/page.</source>
        <translation>L&apos;adresse n&apos;a pas de nom de site. Saisissez une adresse complète comme https://example.com/page.</translation>
    </message>
    <message>
        <source>The address contains a user name or password (before “@”). Such links are refused because they are used to disguise where a link goes.</source>
        <translation>L&apos;adresse contient un nom d&apos;utilisateur ou un mot de passe (avant «&#xa0;@&#xa0;»). Ces liens sont refusés, car ils servent à masquer leur vraie destination.</translation>
    </message>
    <message>
        <source>The site name contains a space.</source>
        <translation>Le nom du site contient une espace.</translation>
    </message>
    <message>
        <source>The address “%1” is not valid.</source>
        <translation>L&apos;adresse «&#xa0;%1&#xa0;» n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>“%1” is not a valid site name.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom de site valide.</translation>
    </message>
    <message>
        <source>“%1” is not a web address. Enter the site too, such as %1.com or https://%1/.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse web. Saisissez aussi le site, comme %1.com ou https://%1/.</translation>
    </message>
    <message>
        <source>The port “%1” is not valid; it must be a number from 1 to 65535.</source>
        <translation>Le port «&#xa0;%1&#xa0;» n&apos;est pas valide&#xa0;; ce doit être un nombre de 1 à 65535.</translation>
    </message>
    <message>
        <source>The address is too long: %1 characters, and at most %2 are allowed.</source>
        <translation>L&apos;adresse est trop longue&#xa0;: %1 caractères, pour %2 au maximum.</translation>
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
        <translation>Imprimé (code QR)</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Réseaux sociaux</translation>
    </message>
    <message>
        <source>Paid social</source>
        <translation>Réseaux sociaux payants</translation>
    </message>
    <message>
        <source>Partner or affiliate</source>
        <translation>Partenaire ou affilié</translation>
    </message>
</context>
<context>
    <name>LocalServerPanel</name>
    <message>
        <source>Local server</source>
        <translation>Serveur local</translation>
    </message>
    <message>
        <source>Start with Linkdeck</source>
        <translation>Démarrer avec Linkdeck</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Général</translation>
    </message>
    <message>
        <source>New links</source>
        <translation>Nouveaux liens</translation>
    </message>
    <message>
        <source>Random back-half length:</source>
        <translation>Longueur du suffixe aléatoire&#xa0;:</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> caractères</translation>
    </message>
    <message>
        <source>Tracking preset for new links:</source>
        <translation>Modèle de suivi des nouveaux liens&#xa0;:</translation>
    </message>
    <message>
        <source>Write tracking values in lower case</source>
        <translation>Écrire les valeurs de suivi en minuscules</translation>
    </message>
    <message>
        <source>Local server</source>
        <translation>Serveur local</translation>
    </message>
    <message>
        <source>Port on this computer:</source>
        <translation>Port sur cet ordinateur&#xa0;:</translation>
    </message>
    <message>
        <source>Public &amp;address:</source>
        <translation>&amp;Adresse publique&#xa0;:</translation>
    </message>
    <message>
        <source>https://go.example.com</source>
        <translation>https://go.example.com</translation>
    </message>
    <message>
        <source>The domain people open this computer&apos;s links at, such as one a reverse proxy answers on; short links, copies and QR codes use it. Empty: this computer only (localhost).</source>
        <translation>Le domaine par lequel on ouvre les liens de cet ordinateur, par exemple celui d&apos;un proxy inverse&#xa0;; liens courts, copies et codes QR l&apos;utilisent. Vide&#xa0;: cet ordinateur uniquement (localhost).</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <source>&amp;Colours:</source>
        <translation>&amp;Couleurs&#xa0;:</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
</context>
<context>
    <name>QrStudioDialog</name>
    <message>
        <source>QR Code</source>
        <translation>Code QR</translation>
    </message>
    <message>
        <source>&amp;Content:</source>
        <translation>&amp;Contenu&#xa0;:</translation>
    </message>
    <message>
        <source>Pre&amp;set:</source>
        <translation>Mo&amp;dèle&#xa0;:</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Enregistrer…</translation>
    </message>
    <message>
        <source>Remember these settings under a name</source>
        <translation>Mémoriser ces réglages sous un nom</translation>
    </message>
    <message>
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <source>Save the code as a file</source>
        <translation>Enregistrer le code dans un fichier</translation>
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
        <translation>PDF CMJN…</translation>
    </message>
    <message>
        <source>A PDF in CMYK with the modules in pure black (K), as print shops ask for</source>
        <translation>Un PDF en CMJN avec les modules en noir pur (K), comme le demandent les imprimeurs</translation>
    </message>
    <message>
        <source>Copy Image</source>
        <translation>Copier l&apos;image</translation>
    </message>
    <message>
        <source>Copy SVG</source>
        <translation>Copier le SVG</translation>
    </message>
    <message>
        <source>Label Sheet</source>
        <translation>Planche d&apos;étiquettes</translation>
    </message>
    <message>
        <source>Paper, gr&amp;id:</source>
        <translation>Papier, gr&amp;ille&#xa0;:</translation>
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
        <translation>&amp;Marge, écart&#xa0;:</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source>Margin around the page</source>
        <translation>Marge autour de la page</translation>
    </message>
    <message>
        <source>Gap between the labels</source>
        <translation>Écart entre les étiquettes</translation>
    </message>
    <message>
        <source>Short URL under each code</source>
        <translation>URL courte sous chaque code</translation>
    </message>
    <message>
        <source>Sheet PDF…</source>
        <translation>PDF de la planche…</translation>
    </message>
    <message>
        <source>Save the label sheet as a PDF</source>
        <translation>Enregistrer la planche d&apos;étiquettes en PDF</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimer…</translation>
    </message>
    <message>
        <source>Print the label sheet, with a preview</source>
        <translation>Imprimer la planche d&apos;étiquettes, avec aperçu</translation>
    </message>
</context>
<context>
    <name>QrStyleForm</name>
    <message>
        <source>&amp;Error correction:</source>
        <translation>Correction d&apos;&amp;erreurs&#xa0;:</translation>
    </message>
    <message>
        <source>Low (7 %)</source>
        <translation>Faible (7 %)</translation>
    </message>
    <message>
        <source>Medium (15 %)</source>
        <translation>Moyenne (15 %)</translation>
    </message>
    <message>
        <source>Quartile (25 %)</source>
        <translation>Quartile (25 %)</translation>
    </message>
    <message>
        <source>High (30 %)</source>
        <translation>Élevée (30 %)</translation>
    </message>
    <message>
        <source>Minimum &amp;version:</source>
        <translation>&amp;Version minimale&#xa0;:</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>Keep the code at least this version (1 to 40), e.g. so that a series of codes has one size</source>
        <translation>Garder au moins cette version du code (1 à 40), p. ex. pour qu&apos;une série de codes ait la même taille</translation>
    </message>
    <message>
        <source>&amp;Modules:</source>
        <translation>Mod&amp;ules&#xa0;:</translation>
    </message>
    <message>
        <source>Squares</source>
        <translation>Carrés</translation>
    </message>
    <message>
        <source>Rounded</source>
        <translation>Arrondis</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>Points</translation>
    </message>
    <message>
        <source>Corner ma&amp;rks:</source>
        <translation>Repères d&apos;a&amp;ngle&#xa0;:</translation>
    </message>
    <message>
        <source>Square</source>
        <translation>Carré</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>&amp;Taille&#xa0;:</translation>
    </message>
    <message>
        <source>Printed width</source>
        <translation>Largeur imprimée</translation>
    </message>
    <message>
        <source>Module size</source>
        <translation>Taille des modules</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source>The printed width of the code, quiet zone included</source>
        <translation>La largeur imprimée du code, zone de silence comprise</translation>
    </message>
    <message>
        <source>The printed size of one module (one square of the code)</source>
        <translation>La taille imprimée d&apos;un module (un carré du code)</translation>
    </message>
    <message>
        <source>&amp;Quiet zone:</source>
        <translation>Zone de &amp;silence&#xa0;:</translation>
    </message>
    <message>
        <source> modules</source>
        <translation> modules</translation>
    </message>
    <message>
        <source>PNG resol&amp;ution:</source>
        <translation>&amp;Résolution PNG&#xa0;:</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <source>&amp;Foreground:</source>
        <translation>&amp;Premier plan&#xa0;:</translation>
    </message>
    <message>
        <source>#rrggbb, a colour name, or cmyk(c,m,y,k) in percent, e.g. cmyk(0,0,0,100) for pure black</source>
        <translation>#rrggbb, un nom de couleur, ou cmyk(c,m,y,k) en pourcentage, p. ex. cmyk(0,0,0,100) pour du noir pur</translation>
    </message>
    <message>
        <source>Choose the foreground colour</source>
        <translation>Choisir la couleur de premier plan</translation>
    </message>
    <message>
        <source>Choose a colour</source>
        <translation>Choisir une couleur</translation>
    </message>
    <message>
        <source>&amp;Background:</source>
        <translation>&amp;Arrière-plan&#xa0;:</translation>
    </message>
    <message>
        <source>Choose the background colour</source>
        <translation>Choisir la couleur d&apos;arrière-plan</translation>
    </message>
    <message>
        <source>Transparent</source>
        <translation>Transparent</translation>
    </message>
    <message>
        <source>&amp;Logo:</source>
        <translation>&amp;Logo&#xa0;:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Ca&amp;ption:</source>
        <translation>Lé&amp;gende&#xa0;:</translation>
    </message>
    <message>
        <source>Optional text under the code</source>
        <translation>Texte facultatif sous le code</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Branded short links, campaign charts and QR codes.</source>
        <translation>Liens courts personnalisés, graphiques de campagne et codes QR.</translation>
    </message>
    <message>
        <source>Keep the database and settings in &lt;dir&gt;.</source>
        <translation>Conserver la base de données et les réglages dans &lt;dir&gt;.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dir</translation>
    </message>
    <message>
        <source>Linkdeck is already open</source>
        <translation>Linkdeck est déjà ouvert</translation>
    </message>
    <message>
        <source>Linkdeck cannot start</source>
        <translation>Linkdeck ne peut pas démarrer</translation>
    </message>
</context>
</TS>
