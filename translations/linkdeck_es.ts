<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>AccountDialog</name>
    <message>
        <source>Add Account</source>
        <translation>Añadir cuenta</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Servicio:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>Marketing team</source>
        <translation>Equipo de marketing</translation>
    </message>
    <message>
        <source>API &amp;token:</source>
        <translation>&amp;Token de API:</translation>
    </message>
    <message>
        <source>API &amp;address:</source>
        <translation>&amp;Dirección de la API:</translation>
    </message>
    <message>
        <source>&amp;Default domain:</source>
        <translation>Dominio &amp;predeterminado:</translation>
    </message>
    <message>
        <source>Test &amp;Connection</source>
        <translation>Probar &amp;conexión</translation>
    </message>
    <message>
        <source>The token is kept in your system&apos;s keychain, not in Linkdeck&apos;s files.</source>
        <translation>El token se guarda en el llavero del sistema, no en los archivos de Linkdeck.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Account</name>
    <message>
        <source>This computer</source>
        <translation>Este equipo</translation>
    </message>
</context>
<context>
    <name>Linkdeck::AccountRepository</name>
    <message>
        <source>Enter the address of the Shlink server, such as https://s.example.com.</source>
        <translation>Introduzca la dirección del servidor Shlink, por ejemplo https://s.example.com.</translation>
    </message>
    <message>
        <source>The API address must start with https:// (or http:// for a server on your own network).</source>
        <translation>La dirección de la API debe empezar por https:// (o http:// para un servidor de su propia red).</translation>
    </message>
    <message>
        <source>%1 is reached over http://, so the API token travels unencrypted and anyone on the network between can read it. Use https:// unless the server is on this computer.</source>
        <translation>%1 se alcanza por http://, así que el token de API viaja sin cifrar y cualquiera en la red intermedia puede leerlo. Use https://, salvo que el servidor esté en este equipo.</translation>
    </message>
    <message>
        <source>Give the account a name.</source>
        <translation>Dé un nombre a la cuenta.</translation>
    </message>
    <message>
        <source>There is already an account named “%1”.</source>
        <translation>Ya existe una cuenta llamada «%1».</translation>
    </message>
    <message>
        <source>Could not save the account.</source>
        <translation>No se pudo guardar la cuenta.</translation>
    </message>
    <message>
        <source>“This computer” cannot be removed.</source>
        <translation>«Este equipo» no se puede quitar.</translation>
    </message>
    <message>
        <source>Could not remove the account.</source>
        <translation>No se pudo quitar la cuenta.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::AccountSync</name>
    <message>
        <source>This account&apos;s service cannot list its links.</source>
        <translation>El servicio de esta cuenta no puede listar sus enlaces.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Analytics</name>
    <message>
        <source>Could not read the click statistics.</source>
        <translation>No se pudieron leer las estadísticas de clics.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::BitlyProvider</name>
    <message>
        <source>This back-half is already used on Bitly. Choose another one.</source>
        <translation>Este sufijo ya se usa en Bitly. Elija otro.</translation>
    </message>
    <message>
        <source>Your Bitly plan&apos;s monthly limit is reached. Links can be created again next month, or after an upgrade.</source>
        <translation>Se ha alcanzado el límite mensual de su plan de Bitly. Podrá volver a crear enlaces el mes que viene o tras mejorar el plan.</translation>
    </message>
    <message>
        <source>Bitly is limiting requests from this account. Wait a minute and try again.</source>
        <translation>Bitly está limitando las solicitudes de esta cuenta. Espere un minuto y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Bitly did not accept the API token of “%1”. Check it in Preferences &gt; Accounts.</source>
        <translation>Bitly no aceptó el token de API de «%1». Compruébelo en Preferencias &gt; Cuentas.</translation>
    </message>
    <message>
        <source>Bitly refused: %1</source>
        <translation>Bitly lo rechazó: %1</translation>
    </message>
    <message>
        <source>Bitly refused the destination address. Check that it is a complete web address.</source>
        <translation>Bitly rechazó la dirección de destino. Compruebe que sea una dirección web completa.</translation>
    </message>
    <message>
        <source>This domain is not set up in your Bitly account.</source>
        <translation>Este dominio no está configurado en su cuenta de Bitly.</translation>
    </message>
    <message>
        <source>This Bitly account has no active group to keep links in.</source>
        <translation>Esta cuenta de Bitly no tiene ningún grupo activo donde guardar enlaces.</translation>
    </message>
    <message>
        <source>Bitly gives no breakdown by %1.</source>
        <translation>Bitly no ofrece desglose por %1.</translation>
    </message>
    <message>
        <source>Your Bitly plan does not include clicks by device.</source>
        <translation>Su plan de Bitly no incluye los clics por dispositivo.</translation>
    </message>
    <message>
        <source>Your Bitly plan does not include this breakdown.</source>
        <translation>Su plan de Bitly no incluye este desglose.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Bulk::CampaignMatrix</name>
    <message>
        <source>Name the campaign.</source>
        <translation>Dé un nombre a la campaña.</translation>
    </message>
    <message>
        <source>Enter at least one destination.</source>
        <translation>Introduzca al menos un destino.</translation>
    </message>
    <message>
        <source>Enter at least one source, such as newsletter or facebook.</source>
        <translation>Introduzca al menos un origen, como newsletter o facebook.</translation>
    </message>
    <message>
        <source>Enter at least one medium, such as email or social.</source>
        <translation>Introduzca al menos un medio, como email o social.</translation>
    </message>
    <message>
        <source>This makes %1 links; a campaign matrix makes at most %2. Split it into several.</source>
        <translation>Esto generaría %1 enlaces; una campaña crea como máximo %2 a la vez. Divídala en varias.</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>«%1»: %2</translation>
    </message>
    <message>
        <source>The back-half pattern makes “%1”: %2</source>
        <translation>El patrón de sufijos genera «%1»: %2</translation>
    </message>
    <message>
        <source>The back-half pattern makes “%1” twice (links %2 and %3): add {content}, {page} or {n} to it.</source>
        <translation>El patrón de sufijos genera «%1» dos veces (enlaces %2 y %3): añádale {content}, {page} o {n}.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Bulk::ColumnMapping</name>
    <message>
        <source>No column holds the addresses the links go to. Name one &quot;destination&quot; or &quot;url&quot; in the first row, or choose it in the column mapping.</source>
        <translation>Ninguna columna contiene las direcciones a las que llevan los enlaces. Llame a una «destination» o «url» en la primera fila, o elíjala en la asignación de columnas.</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(no importado)</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Back-half</source>
        <translation>Sufijo</translation>
    </message>
    <message>
        <source>Short URL</source>
        <translation>Enlace corto</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>UTM source</source>
        <translation>Origen UTM</translation>
    </message>
    <message>
        <source>UTM medium</source>
        <translation>Medio UTM</translation>
    </message>
    <message>
        <source>UTM campaign</source>
        <translation>Campaña UTM</translation>
    </message>
    <message>
        <source>UTM term</source>
        <translation>Término UTM</translation>
    </message>
    <message>
        <source>UTM content</source>
        <translation>Contenido UTM</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Dominio</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Caduca</translation>
    </message>
    <message>
        <source>Maximum clicks</source>
        <translation>Máximo de clics</translation>
    </message>
    <message>
        <source>Then go to</source>
        <translation>Después ir a</translation>
    </message>
    <message>
        <source>Redirect status</source>
        <translation>Código de redirección</translation>
    </message>
    <message>
        <source>Forward query</source>
        <translation>Reenviar parámetros</translation>
    </message>
    <message>
        <source>Crawlable</source>
        <translation>Indexable</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Clicks (not imported)</source>
        <translation>Clics (no importados)</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Bulk::Exporter</name>
    <message>
        <source>The file could not be written.</source>
        <translation>No se pudo escribir el archivo.</translation>
    </message>
    <message>
        <source>The export was stopped; no file was written.</source>
        <translation>La exportación se detuvo; no se escribió ningún archivo.</translation>
    </message>
    <message>
        <source>“%1” cannot be written: %2</source>
        <translation>No se puede escribir «%1»: %2</translation>
    </message>
    <message>
        <source>“%1” cannot be written.</source>
        <translation>No se puede escribir «%1».</translation>
    </message>
    <message numerus="yes">
        <source>%Ln link(s) from Bitly, Shlink or another service have empty countries, referrers and devices: Linkdeck has these only for links on this computer, and for a service&apos;s link once its statistics were shown from its first day to today.</source>
        <translation>
            <numerusform>%Ln enlace de Bitly, Shlink u otro servicio tiene vacíos los países, sitios de referencia y dispositivos: Linkdeck solo los tiene para los enlaces de este equipo y para el enlace de un servicio una vez que se mostraron sus estadísticas desde su primer día hasta hoy.</numerusform>
            <numerusform>%Ln enlaces de Bitly, Shlink u otro servicio tienen vacíos los países, sitios de referencia y dispositivos: Linkdeck solo los tiene para los enlaces de este equipo y para el enlace de un servicio una vez que se mostraron sus estadísticas desde su primer día hasta hoy.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The services report no browsers or operating systems: those columns are empty for %Ln link(s) of theirs.</source>
        <translation>
            <numerusform>Los servicios no informan de navegadores ni sistemas operativos: esas columnas están vacías para %Ln de sus enlaces.</numerusform>
            <numerusform>Los servicios no informan de navegadores ni sistemas operativos: esas columnas están vacías para %Ln de sus enlaces.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Linkdeck::Bulk::ImportReport</name>
    <message>
        <source>Nothing was imported.</source>
        <translation>No se importó nada.</translation>
    </message>
    <message>
        <source>Dry run: %1 to create, %2 already there, %3 to update, %4 to create under another back-half, %5 skipped (back-half taken), %6 invalid.</source>
        <translation>Simulación: %1 por crear, %2 ya existentes, %3 por actualizar, %4 por crear con otro sufijo, %5 omitidos (sufijo ocupado), %6 no válidos.</translation>
    </message>
    <message>
        <source>%1 created, %2 already there, %3 updated, %4 created under another back-half, %5 skipped (back-half taken), %6 invalid, %7 failed.</source>
        <translation>%1 creados, %2 ya existentes, %3 actualizados, %4 creados con otro sufijo, %5 omitidos (sufijo ocupado), %6 no válidos, %7 fallidos.</translation>
    </message>
    <message>
        <source>The import was stopped; import the file again to go on where it stopped.</source>
        <translation>La importación se detuvo; vuelva a importar el archivo para continuar donde se quedó.</translation>
    </message>
    <message>
        <source>The report could not be written: %1</source>
        <translation>No se pudo escribir el informe: %1</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Bulk::Importer</name>
    <message>
        <source>created</source>
        <translation>creado</translation>
    </message>
    <message>
        <source>will create</source>
        <translation>se creará</translation>
    </message>
    <message>
        <source>already there</source>
        <translation>ya existe</translation>
    </message>
    <message>
        <source>skipped: back-half taken</source>
        <translation>omitido: sufijo ocupado</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>actualizado</translation>
    </message>
    <message>
        <source>will update</source>
        <translation>se actualizará</translation>
    </message>
    <message>
        <source>created under another back-half</source>
        <translation>creado con otro sufijo</translation>
    </message>
    <message>
        <source>will create under another back-half</source>
        <translation>se creará con otro sufijo</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>no válido</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallido</translation>
    </message>
    <message>
        <source>Only a file can be imported (it is read twice).</source>
        <translation>Solo se puede importar un archivo (se lee dos veces).</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Fila %1: %2</translation>
    </message>
    <message>
        <source>the destination is empty.</source>
        <translation>el destino está vacío.</translation>
    </message>
    <message>
        <source>“%1” is not a date; write it as 2026-12-31 or 2026-12-31T23:59:00Z.</source>
        <translation>«%1» no es una fecha; escríbala como 2026-12-31 o 2026-12-31T23:59:00Z.</translation>
    </message>
    <message>
        <source>the maximum of clicks “%1” is not a whole number of at least 1.</source>
        <translation>el máximo de clics «%1» no es un número entero de al menos 1.</translation>
    </message>
    <message>
        <source>the address to go to after the end: %1</source>
        <translation>la dirección a la que ir tras el final: %1</translation>
    </message>
    <message>
        <source>the redirect status “%1” is not one of 301, 302, 307 or 308.</source>
        <translation>el código de redirección «%1» no es 301, 302, 307 ni 308.</translation>
    </message>
    <message>
        <source>“%1” is neither true nor false (forward query).</source>
        <translation>«%1» no es true ni false (reenviar parámetros).</translation>
    </message>
    <message>
        <source>“%1” is neither true nor false (crawlable).</source>
        <translation>«%1» no es true ni false (indexable).</translation>
    </message>
    <message>
        <source>No file is open.</source>
        <translation>No hay ningún archivo abierto.</translation>
    </message>
    <message>
        <source>Linkdeck cannot use this account.</source>
        <translation>Linkdeck no puede usar esta cuenta.</translation>
    </message>
    <message>
        <source>The file has column names but no links below them.</source>
        <translation>El archivo tiene nombres de columna, pero ningún enlace debajo.</translation>
    </message>
    <message>
        <source>the back-half “%1” on %2 already goes to %3; the row was skipped.</source>
        <translation>el sufijo «%1» en %2 ya lleva a %3; se omitió la fila.</translation>
    </message>
    <message>
        <source>the back-half “%1” is used by a row above for %2; the row was skipped.</source>
        <translation>el sufijo «%1» lo usa una fila anterior para %2; se omitió la fila.</translation>
    </message>
    <message>
        <source>no free back-half was found for “%1”; the row was skipped.</source>
        <translation>no se encontró ningún sufijo libre para «%1»; se omitió la fila.</translation>
    </message>
    <message>
        <source>the back-half “%1” was taken; the link is “%2”.</source>
        <translation>el sufijo «%1» estaba ocupado; el enlace es «%2».</translation>
    </message>
    <message>
        <source>the link to update is gone.</source>
        <translation>el enlace que se iba a actualizar ya no existe.</translation>
    </message>
    <message>
        <source>kept on this computer; it is sent when the service can be reached.</source>
        <translation>guardado en este equipo; se enviará cuando el servicio esté disponible.</translation>
    </message>
    <message>
        <source>The service still refuses more links for now (%1). Import the file again later to go on where it stopped.</source>
        <translation>El servicio sigue sin aceptar más enlaces por ahora (%1). Vuelva a importar el archivo más tarde para continuar donde se quedó.</translation>
    </message>
    <message numerus="yes">
        <source>About %n second(s) left at %1&apos;s request limits.</source>
        <translation>
            <numerusform>Queda %n segundo aprox. con los límites de solicitudes de %1.</numerusform>
            <numerusform>Quedan unos %n segundos con los límites de solicitudes de %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>About %n minute(s) left at %1&apos;s request limits.</source>
        <translation>
            <numerusform>Queda %n minuto aprox. con los límites de solicitudes de %1.</numerusform>
            <numerusform>Quedan unos %n minutos con los límites de solicitudes de %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>About %n hour(s) left at %1&apos;s request limits.</source>
        <translation>
            <numerusform>Queda %n hora aprox. con los límites de solicitudes de %1.</numerusform>
            <numerusform>Quedan unas %n horas con los límites de solicitudes de %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your %1 plan allows %n more link(s) this month; this import needs %2.</source>
        <translation>
            <numerusform>Su plan de %1 permite %n enlace más este mes; esta importación necesita %2.</numerusform>
            <numerusform>Su plan de %1 permite %n enlaces más este mes; esta importación necesita %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Nothing more was sent: put the account right, then run again to go on where it stopped.</source>
        <translation>%1 No se envió nada más: corrija la cuenta y vuelva a ejecutarlo para seguir donde se detuvo.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Bulk::LinkTransfer</name>
    <message>
        <source>Choose the links to copy or move.</source>
        <translation>Elija los enlaces que quiere copiar o mover.</translation>
    </message>
    <message>
        <source>Linkdeck cannot use this account.</source>
        <translation>Linkdeck no puede usar esta cuenta.</translation>
    </message>
    <message>
        <source>It has a password, which cannot go along: make it there by hand and set a password again.</source>
        <translation>Tiene una contraseña, que no se puede trasladar: créelo allí a mano y vuelva a poner una contraseña.</translation>
    </message>
    <message>
        <source>The old link stays as it was: its service cannot change where a link goes.</source>
        <translation>El enlace antiguo queda como estaba: su servicio no puede cambiar adónde lleva un enlace.</translation>
    </message>
    <message>
        <source>The new link exists; the old one still goes to the old address: %1</source>
        <translation>El enlace nuevo existe; el antiguo sigue llevando a la dirección antigua: %1</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Bulk::TableReader</name>
    <message>
        <source>Row %1: %2</source>
        <translation>Fila %1: %2</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>No se puede leer el archivo.</translation>
    </message>
    <message>
        <source>The file is empty: there are no links to import.</source>
        <translation>El archivo está vacío: no hay enlaces que importar.</translation>
    </message>
    <message>
        <source>The JSON file is larger than %1 MB; export the links as CSV instead, which is read in parts.</source>
        <translation>El archivo JSON supera los %1 MB; exporte los enlaces en CSV, que se lee por partes.</translation>
    </message>
    <message>
        <source>The JSON file cannot be read: %1 in line %2.</source>
        <translation>No se puede leer el archivo JSON: %1 en la línea %2.</translation>
    </message>
    <message>
        <source>The JSON file holds no list of links.</source>
        <translation>El archivo JSON no contiene ninguna lista de enlaces.</translation>
    </message>
    <message>
        <source>Row %1: the JSON list holds something other than a link (an object).</source>
        <translation>Fila %1: la lista JSON contiene algo que no es un enlace (un objeto).</translation>
    </message>
    <message>
        <source>The JSON file holds no links.</source>
        <translation>El archivo JSON no contiene enlaces.</translation>
    </message>
    <message>
        <source>The workbook&apos;s first sheet is empty: there are no links to import.</source>
        <translation>La primera hoja del libro está vacía: no hay enlaces que importar.</translation>
    </message>
    <message>
        <source>the file holds binary data, not text; it is not a CSV or TSV table.</source>
        <translation>el archivo contiene datos binarios, no texto; no es una tabla CSV ni TSV.</translation>
    </message>
    <message>
        <source>a quoted field that starts in this row has no closing quote mark. Check the quotes in that row; nothing was imported from it on.</source>
        <translation>un campo entre comillas que empieza en esta fila no tiene comilla de cierre. Revise las comillas de esa fila; no se importó nada a partir de ahí.</translation>
    </message>
    <message>
        <source>the row is longer than %1 characters; the file is probably not a table of links.</source>
        <translation>la fila supera los %1 caracteres; probablemente el archivo no sea una tabla de enlaces.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Bulk::TransferReport</name>
    <message numerus="yes">
        <source>%n link(s) moved</source>
        <translation>
            <numerusform>%n enlace movido</numerusform>
            <numerusform>%n enlaces movidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) copied</source>
        <translation>
            <numerusform>%n enlace copiado</numerusform>
            <numerusform>%n enlaces copiados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n old link(s) pointed to the new one(s)</source>
        <translation>
            <numerusform>%n enlace antiguo redirigido al nuevo</numerusform>
            <numerusform>%n enlaces antiguos redirigidos a los nuevos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not made</source>
        <translation>
            <numerusform>%n sin crear</numerusform>
            <numerusform>%n sin crear</numerusform>
        </translation>
    </message>
    <message>
        <source>The mapping file could not be written: %1</source>
        <translation>No se pudo escribir el archivo de correspondencias: %1</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Bulk::XlsxSheet</name>
    <message>
        <source>The Excel workbook cannot be read; it may be damaged. Save it again in Excel, or as CSV.</source>
        <translation>No se puede leer el libro de Excel; puede que esté dañado. Vuelva a guardarlo en Excel, o como CSV.</translation>
    </message>
    <message>
        <source>The Excel workbook is too large to read; save it as CSV.</source>
        <translation>El libro de Excel es demasiado grande para leerlo; guárdelo como CSV.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::CachedProvider</name>
    <message>
        <source>%1 cannot start or end a link at a date.</source>
        <translation>%1 no puede hacer que un enlace empiece o termine en una fecha.</translation>
    </message>
    <message>
        <source>%1 cannot limit the clicks of a link.</source>
        <translation>%1 no puede limitar los clics de un enlace.</translation>
    </message>
    <message>
        <source>%1 cannot give link previews a title, description or image; only links on this computer can.</source>
        <translation>%1 no puede dar a las vistas previas de enlaces un título, una descripción o una imagen; solo pueden los enlaces de este equipo.</translation>
    </message>
    <message>
        <source>%1 cannot split a link&apos;s visitors between destinations; only links on this computer can.</source>
        <translation>%1 no puede repartir los visitantes de un enlace entre varios destinos; solo pueden los enlaces de este equipo.</translation>
    </message>
    <message>
        <source>%1 cannot send the visitors of an ended link to another address; only links on this computer can. Leave that address empty.</source>
        <translation>%1 no puede enviar a los visitantes de un enlace finalizado a otra dirección; solo pueden los enlaces de este equipo. Deje esa dirección vacía.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::CampaignStats</name>
    <message>
        <source>%1 does not report browsers or operating systems: only the links on this computer are counted here.</source>
        <translation>%1 no informa de navegadores ni sistemas operativos: aquí solo se cuentan los enlaces de este equipo.</translation>
    </message>
    <message>
        <source>%1 do not report browsers or operating systems: only the links on this computer are counted here.</source>
        <translation>%1 no informan de navegadores ni sistemas operativos: aquí solo se cuentan los enlaces de este equipo.</translation>
    </message>
    <message>
        <source>Only the links on this computer are in the chart: the clicks of %1 links over time cannot be filtered.</source>
        <translation>En el gráfico solo están los enlaces de este equipo: los clics de los enlaces de %1 no se pueden filtrar en el tiempo.</translation>
    </message>
    <message numerus="yes">
        <source>Totals only, not clicks over time, from %1: those links have %Ln click(s) in all, not in the series.</source>
        <translation>
            <numerusform>Solo totales, sin clics en el tiempo, de %1: esos enlaces suman %Ln clic, que no está en la serie.</numerusform>
            <numerusform>Solo totales, sin clics en el tiempo, de %1: esos enlaces suman %Ln clics, que no están en la serie.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fetching the figures of %1…</source>
        <translation>Obteniendo las cifras de %1…</translation>
    </message>
    <message>
        <source>%1: %2 Showing the figures saved earlier.</source>
        <translation>%1: %2 Se muestran las cifras guardadas antes.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: your plan does not include click statistics for some links.</source>
        <translation>%1: su plan no incluye estadísticas de clics para algunos enlaces.</translation>
    </message>
    <message>
        <source>%1: %2 Its links are not in the series.</source>
        <translation>%1: %2 Sus enlaces no están en la serie.</translation>
    </message>
    <message>
        <source>Figures from %1: %2.</source>
        <translation>Cifras de %1: %2.</translation>
    </message>
    <message>
        <source>Other links</source>
        <translation>Otros enlaces</translation>
    </message>
    <message>
        <source>Variant %1: %2</source>
        <translation>Variante %1: %2</translation>
    </message>
    <message>
        <source>Other clicks</source>
        <translation>Otros clics</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Cli</name>
    <message>
        <source>The keychain did not answer.</source>
        <translation>El llavero no respondió.</translation>
    </message>
    <message>
        <source>Run linkdeck-cli from a desktop session, where GNOME Keyring or KWallet is available.</source>
        <translation>Ejecute linkdeck-cli desde una sesión de escritorio donde GNOME Keyring o KWallet estén disponibles.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Adds an account with a link service. The API token is read from the terminal without showing it, or with --token-stdin as the first line of stdin, and kept only in the keychain (GNOME Keyring, KWallet). The connection is tested before anything is saved.</source>
        <translation>Añade una cuenta de un servicio de enlaces. El token de API se lee en el terminal sin mostrarlo, o con --token-stdin como primera línea de stdin, y se guarda solo en el llavero (GNOME Keyring, KWallet). La conexión se prueba antes de guardar nada.</translation>
    </message>
    <message>
        <source>The service: bitly, rebrandly, shlink or cuttly.</source>
        <translation>El servicio: bitly, rebrandly, shlink o cuttly.</translation>
    </message>
    <message>
        <source>The API address: required for Shlink (the server, e.g. https://s.example.com), otherwise the service&apos;s own.</source>
        <translation>La dirección de la API: obligatoria para Shlink (el servidor, p. ej. https://s.example.com); si no, la del servicio.</translation>
    </message>
    <message>
        <source>The Rebrandly workspace or the Bitly group (default: the account&apos;s first).</source>
        <translation>El espacio de trabajo de Rebrandly o el grupo de Bitly (predeterminado: el primero de la cuenta).</translation>
    </message>
    <message>
        <source>The domain of new links when none is given.</source>
        <translation>El dominio de los enlaces nuevos cuando no se indica ninguno.</translation>
    </message>
    <message>
        <source>Read the token from the first line of stdin.</source>
        <translation>Leer el token de la primera línea de stdin.</translation>
    </message>
    <message>
        <source>Save the account without testing the connection.</source>
        <translation>Guardar la cuenta sin probar la conexión.</translation>
    </message>
    <message>
        <source>A name for the account, e.g. Marketing.</source>
        <translation>Un nombre para la cuenta, p. ej. Marketing.</translation>
    </message>
    <message>
        <source>accounts add needs exactly one account name.</source>
        <translation>accounts add necesita exactamente un nombre de cuenta.</translation>
    </message>
    <message>
        <source>accounts add needs --provider bitly, rebrandly, shlink or cuttly.</source>
        <translation>accounts add necesita --provider bitly, rebrandly, shlink o cuttly.</translation>
    </message>
    <message>
        <source>Unknown provider “%1”: use bitly, rebrandly, shlink or cuttly.</source>
        <translation>Servicio desconocido «%1»: use bitly, rebrandly, shlink o cuttly.</translation>
    </message>
    <message>
        <source>Give the account a name.</source>
        <translation>Dé un nombre a la cuenta.</translation>
    </message>
    <message>
        <source>There is already an account named “%1”.</source>
        <translation>Ya existe una cuenta llamada «%1».</translation>
    </message>
    <message>
        <source>API token for “%1” (%2): </source>
        <translation>Token de API para «%1» (%2): </translation>
    </message>
    <message>
        <source>Give the token with --token-stdin.</source>
        <translation>Indique el token con --token-stdin.</translation>
    </message>
    <message>
        <source>The token is empty: nothing was saved.</source>
        <translation>El token está vacío: no se guardó nada.</translation>
    </message>
    <message>
        <source>Linkdeck cannot use accounts of %1.</source>
        <translation>Linkdeck no puede usar cuentas de %1.</translation>
    </message>
    <message>
        <source>The account “%1” was not added: %2</source>
        <translation>No se añadió la cuenta «%1»: %2</translation>
    </message>
    <message>
        <source>Added the account “%1” (%2).</source>
        <translation>Cuenta «%1» (%2) añadida.</translation>
    </message>
    <message>
        <source>Lists the accounts: id, name, service, default domain, API address and last sync. Tokens stay in the keychain and are never shown.</source>
        <translation>Lista las cuentas: id, nombre, servicio, dominio predeterminado, dirección de la API y última sincronización. Los tokens se quedan en el llavero y nunca se muestran.</translation>
    </message>
    <message>
        <source>table (default), csv or json.</source>
        <translation>table (predeterminado), csv o json.</translation>
    </message>
    <message>
        <source>accounts list takes no arguments, only options: “%1”.</source>
        <translation>accounts list no admite argumentos, solo opciones: «%1».</translation>
    </message>
    <message>
        <source>Unknown format “%1”: use table, csv or json.</source>
        <translation>Formato desconocido «%1»: use table, csv o json.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>PROVIDER</source>
        <translation>SERVICIO</translation>
    </message>
    <message>
        <source>DOMAIN</source>
        <translation>DOMINIO</translation>
    </message>
    <message>
        <source>API BASE</source>
        <translation>DIRECCIÓN API</translation>
    </message>
    <message>
        <source>LAST SYNC</source>
        <translation>ÚLTIMA SINCRONIZACIÓN</translation>
    </message>
    <message>
        <source>Could not write the list to the output.</source>
        <translation>No se pudo escribir la lista en la salida.</translation>
    </message>
    <message>
        <source>Removes an account from Linkdeck, with the links kept of it on this computer and its token in the keychain. The links stay with the service.</source>
        <translation>Quita una cuenta de Linkdeck, con los enlaces que guarda de ella este equipo y su token del llavero. Los enlaces siguen en el servicio.</translation>
    </message>
    <message>
        <source>The account&apos;s name.</source>
        <translation>El nombre de la cuenta.</translation>
    </message>
    <message>
        <source>accounts remove needs exactly one account name.</source>
        <translation>accounts remove necesita exactamente un nombre de cuenta.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made offline in “%1” had not been sent yet; they are gone.</source>
        <translation>
            <numerusform>%n cambio hecho sin conexión en «%1» aún no se había enviado; se ha perdido.</numerusform>
            <numerusform>%n cambios hechos sin conexión en «%1» aún no se habían enviado; se han perdido.</numerusform>
        </translation>
    </message>
    <message>
        <source>The account “%1” was removed, but its token could not be removed from the keychain: %2</source>
        <translation>Se quitó la cuenta «%1», pero su token no se pudo quitar del llavero: %2</translation>
    </message>
    <message>
        <source>Removed the account “%1”.</source>
        <translation>Cuenta «%1» quitada.</translation>
    </message>
    <message>
        <source>Reads the links of the accounts with link services into this computer&apos;s list, then sends the changes made while a service could not be reached (those of every account). Fails if a service could not be reached or a change is still waiting.</source>
        <translation>Lee los enlaces de las cuentas de servicios de enlaces en la lista de este equipo y después envía los cambios hechos mientras un servicio no estaba disponible (los de todas las cuentas). Falla si no se pudo acceder a un servicio o si aún queda algún cambio pendiente.</translation>
    </message>
    <message>
        <source>Only this account (default: every account with a link service).</source>
        <translation>Solo esta cuenta (predeterminado: todas las cuentas con un servicio de enlaces).</translation>
    </message>
    <message>
        <source>sync takes no arguments, only options: “%1”.</source>
        <translation>sync no admite argumentos, solo opciones: «%1».</translation>
    </message>
    <message>
        <source>“%1” keeps its links on this computer: there is nothing to sync.</source>
        <translation>«%1» guarda sus enlaces en este equipo: no hay nada que sincronizar.</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>«%1»: %2</translation>
    </message>
    <message numerus="yes">
        <source>“%1”: %n link(s).</source>
        <translation>
            <numerusform>«%1»: %n enlace.</numerusform>
            <numerusform>«%1»: %n enlaces.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Sent %n change(s) made offline.</source>
        <translation>
            <numerusform>Enviado %n cambio hecho sin conexión.</numerusform>
            <numerusform>Enviados %n cambios hechos sin conexión.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The services refused %n change(s) made offline; they are marked as not sent.</source>
        <translation>
            <numerusform>Los servicios rechazaron %n cambio hecho sin conexión; está marcado como no enviado.</numerusform>
            <numerusform>Los servicios rechazaron %n cambios hechos sin conexión; están marcados como no enviados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) still wait for the network.</source>
        <translation>
            <numerusform>%n cambio sigue esperando a la red.</numerusform>
            <numerusform>%n cambios siguen esperando a la red.</numerusform>
        </translation>
    </message>
    <message>
        <source>Creates the links of a table: CSV or TSV as Excel and LibreOffice save them (any separator, UTF-8 or UTF-16), Excel workbooks (XLSX, the first sheet), JSON, or the export of Linkdeck, Bitly, Rebrandly, Shlink, YOURLS or Kutt. The first row names the columns (destination or url, slug, title, tags, utm_*, domain, expires_at, ...). Links already there are left as they are, so a stopped import goes on when it is run again. A file that cannot be read changes nothing.</source>
        <translation>Crea los enlaces de una tabla: CSV o TSV tal como los guardan Excel y LibreOffice (cualquier separador, UTF-8 o UTF-16), libros de Excel (XLSX, la primera hoja), JSON, o la exportación de Linkdeck, Bitly, Rebrandly, Shlink, YOURLS o Kutt. La primera fila nombra las columnas (destination o url, slug, title, tags, utm_*, domain, expires_at, ...). Los enlaces que ya existen se dejan como están, así que una importación detenida continúa al volver a ejecutarla. Un archivo que no se puede leer no cambia nada.</translation>
    </message>
    <message>
        <source>The account to create them in (default: This computer).</source>
        <translation>La cuenta en la que crearlos (predeterminado: Este equipo).</translation>
    </message>
    <message>
        <source>The domain for rows that name none.</source>
        <translation>El dominio para las filas que no indican ninguno.</translation>
    </message>
    <message>
        <source>Tell what would happen to each row; change nothing.</source>
        <translation>Indicar qué pasaría con cada fila, sin cambiar nada.</translation>
    </message>
    <message>
        <source>When a back-half is taken by another address: skip the row (default), rename (spring-2) or update the existing link.</source>
        <translation>Cuando un sufijo está ocupado por otra dirección: omitir la fila (skip, predeterminado), renombrar (rename: spring-2) o actualizar el enlace existente (update).</translation>
    </message>
    <message>
        <source>The file&apos;s format if its name does not tell: csv, tsv, json or xlsx.</source>
        <translation>El formato del archivo si su nombre no lo indica: csv, tsv, json o xlsx.</translation>
    </message>
    <message>
        <source>Write a CSV report of every row to this file.</source>
        <translation>Escribir en este archivo un informe CSV de cada fila.</translation>
    </message>
    <message>
        <source>The table of links.</source>
        <translation>La tabla de enlaces.</translation>
    </message>
    <message>
        <source>links import needs exactly one FILE.</source>
        <translation>links import necesita exactamente un ARCHIVO.</translation>
    </message>
    <message>
        <source>Unknown --on-conflict “%1”: use skip, rename or update.</source>
        <translation>--on-conflict desconocido «%1»: use skip, rename o update.</translation>
    </message>
    <message>
        <source>Unknown format “%1”: use csv, tsv, json or xlsx.</source>
        <translation>Formato desconocido «%1»: use csv, tsv, json o xlsx.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>No se puede leer «%1»: %2</translation>
    </message>
    <message>
        <source>The report “%1” cannot be written: %2</source>
        <translation>No se puede escribir el informe «%1»: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 asks to wait (%2); the import goes on in %n second(s).</source>
        <translation>
            <numerusform>%1 pide esperar (%2); la importación continúa en %n segundo.</numerusform>
            <numerusform>%1 pide esperar (%2); la importación continúa en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <translation>%1 de %2 filas</translation>
    </message>
    <message>
        <source>Writes the links of an account with every field and their click totals, oldest first: CSV (opens in Excel as it is), JSON or an Excel workbook. A file written here imports back unchanged with &quot;links import&quot;.</source>
        <translation>Escribe los enlaces de una cuenta con todos sus campos y sus totales de clics, del más antiguo al más reciente: CSV (se abre tal cual en Excel), JSON o un libro de Excel. Un archivo escrito aquí se vuelve a importar sin cambios con «links import».</translation>
    </message>
    <message>
        <source>The account whose links to write (default: This computer).</source>
        <translation>La cuenta cuyos enlaces se escriben (predeterminado: Este equipo).</translation>
    </message>
    <message>
        <source>Only links whose back-half, address, title, tags or campaign contain TEXT.</source>
        <translation>Solo los enlaces cuyo sufijo, dirección, título, etiquetas o campaña contienen TEXTO.</translation>
    </message>
    <message>
        <source>csv, json or xlsx (default: by the file name, else csv).</source>
        <translation>csv, json o xlsx (predeterminado: según el nombre del archivo; si no, csv).</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>El archivo que se escribe.</translation>
    </message>
    <message>
        <source>links export takes no arguments, only options: “%1”.</source>
        <translation>links export no admite argumentos, solo opciones: «%1».</translation>
    </message>
    <message>
        <source>links export needs -o FILE.</source>
        <translation>links export necesita -o ARCHIVO.</translation>
    </message>
    <message>
        <source>Unknown format “%1”: use csv, json or xlsx.</source>
        <translation>Formato desconocido «%1»: use csv, json o xlsx.</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) written to %1.</source>
        <translation>
            <numerusform>%n enlace escrito en %1.</numerusform>
            <numerusform>%n enlaces escritos en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Makes the links of one account on another, with the same back-half where it is free there, titles, tags and UTM values, then points each old link to its new short URL where the old service allows it. No link is deleted.</source>
        <translation>Crea los enlaces de una cuenta en otra, con el mismo sufijo donde esté libre, con títulos, etiquetas y valores UTM, y luego redirige cada enlace antiguo a su nueva URL corta donde el servicio antiguo lo permita. No se elimina ningún enlace.</translation>
    </message>
    <message>
        <source>Makes the links of one account on another too, with the same back-half where it is free there, titles, tags and UTM values. The old links stay as they are.</source>
        <translation>Crea también los enlaces de una cuenta en otra, con el mismo sufijo donde esté libre, con títulos, etiquetas y valores UTM. Los enlaces antiguos se quedan como están.</translation>
    </message>
    <message>
        <source>The account the links are on.</source>
        <translation>La cuenta en la que están los enlaces.</translation>
    </message>
    <message>
        <source>The account to make them on.</source>
        <translation>La cuenta en la que crearlos.</translation>
    </message>
    <message>
        <source>Only the links matching this text, as the app&apos;s filter box.</source>
        <translation>Solo los enlaces que coinciden con este texto, como el campo de filtro de la aplicación.</translation>
    </message>
    <message>
        <source>When the back-half is taken on the target: skip the link (default) or rename (spring-2).</source>
        <translation>Cuando el sufijo está ocupado en el destino: omitir el enlace (predeterminado) o renombrarlo (spring-2).</translation>
    </message>
    <message>
        <source>Write each old and new short URL to this CSV file.</source>
        <translation>Escribir cada URL corta antigua y nueva en este archivo CSV.</translation>
    </message>
    <message>
        <source>This command takes no arguments, only options: “%1”.</source>
        <translation>Esta orden no admite argumentos, solo opciones: «%1».</translation>
    </message>
    <message>
        <source>Name both accounts: --from and --to.</source>
        <translation>Indique ambas cuentas: --from y --to.</translation>
    </message>
    <message>
        <source>--on-conflict takes skip or rename, not “%1”.</source>
        <translation>--on-conflict admite skip o rename, no «%1».</translation>
    </message>
    <message>
        <source>--from and --to name the same account.</source>
        <translation>--from y --to indican la misma cuenta.</translation>
    </message>
    <message>
        <source>No link of %1 matches.</source>
        <translation>Ningún enlace de %1 coincide.</translation>
    </message>
    <message>
        <source>Could not write the mapping to %1: %2</source>
        <translation>No se pudo escribir la correspondencia en %1: %2</translation>
    </message>
    <message>
        <source>--data-dir needs a folder.</source>
        <translation>--data-dir necesita una carpeta.</translation>
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
        <translation>Uso: linkdeck-cli [--data-dir DIR] ORDEN ...

Órdenes:
  links create URL [opciones]  crea un enlace corto y lo muestra
  links list [opciones]        lista los enlaces como tabla, CSV o JSON
  links update SLUG [--url URL] [--title T] [--tag T]... [--new-slug S]
  links show SLUG [--domain D]  los campos de un enlace, incluido si pide contraseña
  links delete SLUG [--domain D]
  links import FILE [--dry-run] [--on-conflict skip|rename|update]   enlaces desde CSV, TSV, XLSX o JSON
  links export --format csv|json|xlsx -o FILE [--filter TEXT]   todos los campos y los totales de clics
  accounts add NAME --provider bitly|rebrandly|shlink|cuttly [--api-base URL] [--token-stdin]
  accounts list [--format table|csv|json]
  accounts remove NAME
  sync [--account NAME]        lee los enlaces de los servicios y envía los cambios hechos sin conexión
  qr TEXT_OR_SLUG -o FILE [opciones]   un código QR listo para imprimir (PNG, SVG, PDF, EPS)
  qr-sheet SLUG... -o FILE.pdf [--paper a4|letter] [--grid COLSxROWS]   una hoja de etiquetas
  stats clicks|countries|referrers|devices|browsers|os SLUG_OR_CAMPAIGN [--from] [--to] [--unit] [--tz] [--format]

Las órdenes links y stats admiten --account NAME para una cuenta de un servicio de enlaces
(predeterminado: &quot;This computer&quot;).
Ejecute &quot;linkdeck-cli links create --help&quot; para ver las opciones de una orden.
Opciones globales: --data-dir DIR (guardar la base de datos en DIR), --help, --version.
</translation>
    </message>
    <message>
        <source>See &quot;%1 --help&quot;.</source>
        <translation>Consulte «%1 --help».</translation>
    </message>
    <message>
        <source>Unknown command “%1”. Run &quot;linkdeck-cli --help&quot; for the commands.</source>
        <translation>Orden desconocida «%1». Ejecute &quot;linkdeck-cli --help&quot; para ver las órdenes.</translation>
    </message>
    <message>
        <source>%1 needs a command: %2.</source>
        <translation>%1 necesita una orden: %2.</translation>
    </message>
    <message>
        <source>Unknown command “%1 %2”: use %3.</source>
        <translation>Orden desconocida «%1 %2»: use %3.</translation>
    </message>
    <message>
        <source>The database has no account for this computer.</source>
        <translation>La base de datos no tiene ninguna cuenta para este equipo.</translation>
    </message>
    <message>
        <source>There is no account “%1”. Run &quot;linkdeck-cli accounts list&quot; for the accounts.</source>
        <translation>No existe la cuenta «%1». Ejecute &quot;linkdeck-cli accounts list&quot; para ver las cuentas.</translation>
    </message>
    <message>
        <source>Linkdeck cannot use the account “%1”.</source>
        <translation>Linkdeck no puede usar la cuenta «%1».</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>aviso: %1</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Mostrar esta ayuda.</translation>
    </message>
    <message>
        <source>Keep the database in DIR (also accepted before the command).</source>
        <translation>Guardar la base de datos en DIR (también se admite antes de la orden).</translation>
    </message>
    <message>
        <source>Usage: linkdeck-cli %1</source>
        <translation>Uso: linkdeck-cli %1</translation>
    </message>
    <message>
        <source>“%1” is not a domain name.</source>
        <translation>«%1» no es un nombre de dominio.</translation>
    </message>
    <message>
        <source>WHEN is YYYY-MM-DD or YYYY-MM-DDTHH:MM (a space for the T is fine), in your time zone unless it ends in Z or an offset such as +01:00.</source>
        <translation>CUÁNDO es AAAA-MM-DD o AAAA-MM-DDTHH:MM (vale un espacio en lugar de la T), en su zona horaria salvo que termine en Z o en un desfase como +01:00.</translation>
    </message>
    <message>
        <source>An option and its --no- option cannot be given together, e.g. --expires and --no-expiry.</source>
        <translation>Una opción y su opción --no- no se pueden indicar juntas, p. ej. --expires y --no-expiry.</translation>
    </message>
    <message>
        <source>--starts needs a date such as 2026-12-24 or 2026-12-24T18:00, not “%1”.</source>
        <translation>--starts necesita una fecha como 2026-12-24 o 2026-12-24T18:00, no «%1».</translation>
    </message>
    <message>
        <source>--expires needs a date such as 2026-12-31 or 2026-12-31T23:59, not “%1”.</source>
        <translation>--expires necesita una fecha como 2026-12-31 o 2026-12-31T23:59, no «%1».</translation>
    </message>
    <message>
        <source>--max-clicks needs a whole number of clicks, at least 1, not “%1”.</source>
        <translation>--max-clicks necesita un número entero de clics, al menos 1, no «%1».</translation>
    </message>
    <message>
        <source>%1 cannot protect a link by a password; only links on this computer can.</source>
        <translation>%1 no puede proteger un enlace con contraseña; solo pueden los enlaces de este equipo.</translation>
    </message>
    <message>
        <source>Creates a short link and prints it: on this computer, or with --account on a link service. An address without a scheme gets https://; the UTM options are added to its query, replacing those it has. When the service cannot be reached, the link is kept and created by &quot;sync&quot;. A link can start and end at a time and stop after a number of clicks; on this computer it then sends visitors to --fallback, or shows a page saying it has ended.</source>
        <translation>Crea un enlace corto y lo muestra: en este equipo, o con --account en un servicio de enlaces. Una dirección sin esquema recibe https://; las opciones UTM se añaden a sus parámetros y sustituyen los que tenga. Si no se puede acceder al servicio, el enlace se guarda y lo crea &quot;sync&quot;. Un enlace puede empezar y terminar a una hora y dejar de funcionar tras un número de clics; en este equipo envía entonces a los visitantes a --fallback, o muestra una página que indica que ha terminado.</translation>
    </message>
    <message>
        <source>The back-half; random if not given.</source>
        <translation>El sufijo; aleatorio si no se indica.</translation>
    </message>
    <message>
        <source>The short link&apos;s domain.</source>
        <translation>El dominio del enlace corto.</translation>
    </message>
    <message>
        <source>A title for your link list.</source>
        <translation>Un título para su lista de enlaces.</translation>
    </message>
    <message>
        <source>A tag; repeat for several.</source>
        <translation>Una etiqueta; repítala para varias.</translation>
    </message>
    <message>
        <source>utm_source, e.g. newsletter.</source>
        <translation>utm_source, p. ej. newsletter.</translation>
    </message>
    <message>
        <source>utm_medium, e.g. email.</source>
        <translation>utm_medium, p. ej. email.</translation>
    </message>
    <message>
        <source>utm_campaign, e.g. spring-sale.</source>
        <translation>utm_campaign, p. ej. rebajas-primavera.</translation>
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
        <translation>Escribir los valores UTM en minúsculas.</translation>
    </message>
    <message>
        <source>The link works from this time on.</source>
        <translation>El enlace funciona a partir de este momento.</translation>
    </message>
    <message>
        <source>The link has ended from this time on (a date alone: after that day).</source>
        <translation>El enlace termina a partir de este momento (solo una fecha: después de ese día).</translation>
    </message>
    <message>
        <source>The link has ended after N clicks.</source>
        <translation>El enlace termina tras N clics.</translation>
    </message>
    <message>
        <source>Where visitors go before the start and after the end (this computer&apos;s links only).</source>
        <translation>Adónde van los visitantes antes del inicio y tras el final (solo enlaces de este equipo).</translation>
    </message>
    <message>
        <source>Visitors must type a password, read from the first line of stdin, before they are redirected (this computer&apos;s links only). Only its hash is kept.</source>
        <translation>Los visitantes deben escribir una contraseña, leída de la primera línea de stdin, antes de ser redirigidos (solo enlaces de este equipo). Solo se guarda su hash.</translation>
    </message>
    <message>
        <source>The title link previews show (LinkedIn, Facebook, X, Slack, ...; this computer&apos;s links only).</source>
        <translation>El título que muestran las vistas previas (LinkedIn, Facebook, X, Slack, ...; solo enlaces de este equipo).</translation>
    </message>
    <message>
        <source>The description link previews show.</source>
        <translation>La descripción que muestran las vistas previas.</translation>
    </message>
    <message>
        <source>The address of the image link previews show.</source>
        <translation>La dirección de la imagen que muestran las vistas previas.</translation>
    </message>
    <message>
        <source>The account to create it in (default: This computer).</source>
        <translation>La cuenta en la que crearlo (predeterminado: Este equipo).</translation>
    </message>
    <message>
        <source>The address the short link opens.</source>
        <translation>La dirección que abre el enlace corto.</translation>
    </message>
    <message>
        <source>links create needs exactly one URL.</source>
        <translation>links create necesita exactamente una URL.</translation>
    </message>
    <message>
        <source>Saved offline: the link will be created on %1 when the network is back.</source>
        <translation>Guardado sin conexión: el enlace se creará en %1 cuando vuelva la red.</translation>
    </message>
    <message>
        <source>Lists the links of an account, newest first. The links of a link service are read from it first; when it cannot be reached, those kept on this computer are listed. The table shows local times; CSV and JSON give times in ISO 8601 UTC, and JSON lists tags as an array.</source>
        <translation>Lista los enlaces de una cuenta, los más recientes primero. Los enlaces de un servicio de enlaces se leen primero de él; si no está disponible, se listan los guardados en este equipo. La tabla muestra horas locales; CSV y JSON dan las horas en ISO 8601 UTC, y JSON lista las etiquetas como una matriz.</translation>
    </message>
    <message>
        <source>table (default), csv or json. CSV joins tags with &quot;; &quot;. The table shows control characters as escapes (\x1b); CSV and JSON give the data exactly, for programs.</source>
        <translation>table (predeterminado), csv o json. CSV une las etiquetas con &quot;; &quot;. La tabla muestra los caracteres de control como secuencias de escape (\x1b); CSV y JSON dan los datos tal cual, para programas.</translation>
    </message>
    <message>
        <source>Only links whose back-half, destination, title, tags or campaign contain TEXT.</source>
        <translation>Solo los enlaces cuyo sufijo, destino, título, etiquetas o campaña contienen TEXTO.</translation>
    </message>
    <message>
        <source>At most N links.</source>
        <translation>Como máximo N enlaces.</translation>
    </message>
    <message>
        <source>The account whose links to list (default: This computer).</source>
        <translation>La cuenta cuyos enlaces se listan (predeterminado: Este equipo).</translation>
    </message>
    <message>
        <source>links list takes no arguments, only options: “%1”.</source>
        <translation>links list no admite argumentos, solo opciones: «%1».</translation>
    </message>
    <message>
        <source>--limit needs a number of links.</source>
        <translation>--limit necesita un número de enlaces.</translation>
    </message>
    <message>
        <source>Changes a link found by its back-half and prints its short URL. Each link service allows other changes; what it does not allow is refused before anything is sent. The --no- options remove a start, an end, a click limit or the fallback address.</source>
        <translation>Cambia un enlace buscado por su sufijo y muestra su URL corta. Cada servicio de enlaces permite cambios distintos; lo que no permite se rechaza antes de enviar nada. Las opciones --no- quitan un inicio, un final, un límite de clics o la dirección alternativa.</translation>
    </message>
    <message>
        <source>The short link&apos;s domain (default: the account&apos;s, or the only one with SLUG).</source>
        <translation>El dominio del enlace corto (predeterminado: el de la cuenta, o el único con SLUG).</translation>
    </message>
    <message>
        <source>The new destination.</source>
        <translation>El nuevo destino.</translation>
    </message>
    <message>
        <source>The new title.</source>
        <translation>El nuevo título.</translation>
    </message>
    <message>
        <source>A tag, replacing the link&apos;s tags; repeat for several.</source>
        <translation>Una etiqueta, que sustituye a las del enlace; repítala para varias.</translation>
    </message>
    <message>
        <source>A new back-half.</source>
        <translation>Un nuevo sufijo.</translation>
    </message>
    <message>
        <source>The link works at once (removes the start).</source>
        <translation>El enlace funciona de inmediato (quita el inicio).</translation>
    </message>
    <message>
        <source>The link never ends by date (removes the end).</source>
        <translation>El enlace nunca termina por fecha (quita el final).</translation>
    </message>
    <message>
        <source>Removes the click limit.</source>
        <translation>Quita el límite de clics.</translation>
    </message>
    <message>
        <source>Removes the fallback address: an ended link shows a page saying so.</source>
        <translation>Quita la dirección alternativa: un enlace terminado muestra una página que lo indica.</translation>
    </message>
    <message>
        <source>Protects the link by a new password, read from the first line of stdin (this computer&apos;s links only).</source>
        <translation>Protege el enlace con una nueva contraseña, leída de la primera línea de stdin (solo enlaces de este equipo).</translation>
    </message>
    <message>
        <source>Removes the password: visitors are redirected at once.</source>
        <translation>Quita la contraseña: los visitantes se redirigen de inmediato.</translation>
    </message>
    <message>
        <source>The title link previews show (this computer&apos;s links only).</source>
        <translation>El título que muestran las vistas previas (solo enlaces de este equipo).</translation>
    </message>
    <message>
        <source>Removes the link&apos;s preview: crawlers are redirected like people.</source>
        <translation>Quita la vista previa del enlace: los rastreadores se redirigen como las personas.</translation>
    </message>
    <message>
        <source>The link&apos;s account (default: This computer).</source>
        <translation>La cuenta del enlace (predeterminado: Este equipo).</translation>
    </message>
    <message>
        <source>The back-half of the link to change.</source>
        <translation>El sufijo del enlace que se cambia.</translation>
    </message>
    <message>
        <source>links update needs exactly one back-half.</source>
        <translation>links update necesita exactamente un sufijo.</translation>
    </message>
    <message>
        <source>--password-stdin and --no-password cannot be given together.</source>
        <translation>--password-stdin y --no-password no se pueden indicar juntas.</translation>
    </message>
    <message>
        <source>The link was changed, but not its password: %1</source>
        <translation>Se cambió el enlace, pero no su contraseña: %1</translation>
    </message>
    <message>
        <source>Saved offline: the change will be sent to %1 when the network is back.</source>
        <translation>Guardado sin conexión: el cambio se enviará a %1 cuando vuelva la red.</translation>
    </message>
    <message>
        <source>Shows a link found by its back-half: its addresses, title, tags, clicks, limits and whether visitors must type a password. Times are local.</source>
        <translation>Muestra un enlace buscado por su sufijo: sus direcciones, título, etiquetas, clics, límites y si los visitantes deben escribir una contraseña. Las horas son locales.</translation>
    </message>
    <message>
        <source>The back-half of the link to show.</source>
        <translation>El sufijo del enlace que se muestra.</translation>
    </message>
    <message>
        <source>links show needs exactly one back-half.</source>
        <translation>links show necesita exactamente un sufijo.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <source>Short URL</source>
        <translation>Enlace corto</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Clics</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Termina</translation>
    </message>
    <message>
        <source>Max clicks</source>
        <translation>Máx. de clics</translation>
    </message>
    <message>
        <source>Fallback</source>
        <translation>Dirección alternativa</translation>
    </message>
    <message>
        <source>Password protected</source>
        <translation>Protegido con contraseña</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Preview title</source>
        <translation>Título de la vista previa</translation>
    </message>
    <message>
        <source>Preview description</source>
        <translation>Descripción de la vista previa</translation>
    </message>
    <message>
        <source>Preview image</source>
        <translation>Imagen de la vista previa</translation>
    </message>
    <message>
        <source>Deletes a link by its back-half; upper and lower case are the same.</source>
        <translation>Elimina un enlace por su sufijo; mayúsculas y minúsculas son iguales.</translation>
    </message>
    <message>
        <source>The back-half of the link to delete.</source>
        <translation>El sufijo del enlace que se elimina.</translation>
    </message>
    <message>
        <source>links delete needs exactly one back-half.</source>
        <translation>links delete necesita exactamente un sufijo.</translation>
    </message>
    <message>
        <source>Saved offline: the link will be deleted on %1 when the network is back.</source>
        <translation>Guardado sin conexión: el enlace se eliminará en %1 cuando vuelva la red.</translation>
    </message>
    <message>
        <source>Deleted %1</source>
        <translation>%1 eliminado</translation>
    </message>
    <message>
        <source>SHORT LINK</source>
        <translation>ENLACE CORTO</translation>
    </message>
    <message>
        <source>DESTINATION</source>
        <translation>DESTINO</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TÍTULO</translation>
    </message>
    <message>
        <source>TAGS</source>
        <translation>ETIQUETAS</translation>
    </message>
    <message>
        <source>CLICKS</source>
        <translation>CLICS</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>CREADO</translation>
    </message>
    <message>
        <source>Error correction: L, M (default), Q or H.</source>
        <translation>Corrección de errores: L, M (predeterminado), Q o H.</translation>
    </message>
    <message>
        <source>Smallest QR version to use, 1 to 40 (default: the smallest that fits).</source>
        <translation>Versión QR mínima, de 1 a 40 (predeterminado: la más pequeña que quepa).</translation>
    </message>
    <message>
        <source>Margin in modules (default 4).</source>
        <translation>Margen en módulos (4 de forma predeterminada).</translation>
    </message>
    <message>
        <source>Colour of the modules: #rrggbb, a name, or cmyk(c,m,y,k) in percent.</source>
        <translation>Color de los módulos: #rrggbb, un nombre, o cmyk(c,m,y,k) en porcentaje.</translation>
    </message>
    <message>
        <source>Background colour, or &quot;transparent&quot;.</source>
        <translation>Color de fondo, o &quot;transparent&quot;.</translation>
    </message>
    <message>
        <source>square (default), rounded or dots.</source>
        <translation>square (predeterminado), rounded o dots.</translation>
    </message>
    <message>
        <source>The corner marks: square (default) or rounded.</source>
        <translation>Las marcas de las esquinas: square (predeterminado) o rounded.</translation>
    </message>
    <message>
        <source>A PNG or SVG logo centred on the code (uses error correction H).</source>
        <translation>Un logotipo PNG o SVG centrado en el código (usa la corrección de errores H).</translation>
    </message>
    <message>
        <source>--%1 takes a number from %2 to %3.</source>
        <translation>--%1 admite un número de %2 a %3.</translation>
    </message>
    <message>
        <source>“%1” is not a colour.</source>
        <translation>«%1» no es un color.</translation>
    </message>
    <message>
        <source>--ecc takes L, M, Q or H.</source>
        <translation>--ecc admite L, M, Q o H.</translation>
    </message>
    <message>
        <source>--shape takes square, rounded or dots.</source>
        <translation>--shape admite square, rounded o dots.</translation>
    </message>
    <message>
        <source>--finder takes square or rounded.</source>
        <translation>--finder admite square o rounded.</translation>
    </message>
    <message>
        <source>--quiet-zone and --min-version take whole numbers.</source>
        <translation>--quiet-zone y --min-version admiten números enteros.</translation>
    </message>
    <message>
        <source>png, svg, pdf or eps; by default from the file&apos;s extension.</source>
        <translation>png, svg, pdf o eps; de forma predeterminada según la extensión del archivo.</translation>
    </message>
    <message>
        <source>Printed width in millimetres, quiet zone included (default 30).</source>
        <translation>Ancho impreso en milímetros, margen incluido (30 de forma predeterminada).</translation>
    </message>
    <message>
        <source>Size of one module in millimetres (instead of --size-mm).</source>
        <translation>Tamaño de un módulo en milímetros (en lugar de --size-mm).</translation>
    </message>
    <message>
        <source>Resolution of PNG output (default 300).</source>
        <translation>Resolución de la salida PNG (300 de forma predeterminada).</translation>
    </message>
    <message>
        <source>Text printed under the code.</source>
        <translation>Texto impreso debajo del código.</translation>
    </message>
    <message>
        <source>CMYK output for print shops: PDF in DeviceCMYK, EPS in setcmykcolor; black is pure K.</source>
        <translation>Salida CMYK para imprentas: PDF en DeviceCMYK, EPS en setcmykcolor; el negro es K puro.</translation>
    </message>
    <message>
        <source>Name the file to write: -o FILE.</source>
        <translation>Indique el archivo que se escribe: -o ARCHIVO.</translation>
    </message>
    <message>
        <source>Choose a format: png, svg, pdf or eps (--format, or the file&apos;s extension).</source>
        <translation>Elija un formato: png, svg, pdf o eps (--format, o la extensión del archivo).</translation>
    </message>
    <message>
        <source>Give either --size-mm or --module-mm, not both.</source>
        <translation>Indique --size-mm o --module-mm, no ambos.</translation>
    </message>
    <message>
        <source>--cmyk is for PDF and EPS output.</source>
        <translation>--cmyk es para salidas PDF y EPS.</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>El archivo PDF que se escribe.</translation>
    </message>
    <message>
        <source>a4 (default) or letter.</source>
        <translation>a4 (predeterminado) o letter.</translation>
    </message>
    <message>
        <source>Columns x rows per page (default 4x6).</source>
        <translation>Columnas x filas por página (4x6 de forma predeterminada).</translation>
    </message>
    <message>
        <source>Page margin in millimetres (default 10).</source>
        <translation>Margen de página en milímetros (10 de forma predeterminada).</translation>
    </message>
    <message>
        <source>Gap between labels in millimetres (default 4).</source>
        <translation>Separación entre etiquetas en milímetros (4 de forma predeterminada).</translation>
    </message>
    <message>
        <source>Leave the short URLs off the labels.</source>
        <translation>No poner las URL cortas en las etiquetas.</translation>
    </message>
    <message>
        <source>Name the PDF to write: -o FILE.pdf.</source>
        <translation>Indique el PDF que se escribe: -o ARCHIVO.pdf.</translation>
    </message>
    <message>
        <source>--paper takes a4 or letter.</source>
        <translation>--paper admite a4 o letter.</translation>
    </message>
    <message>
        <source>--grid takes columns x rows, e.g. 4x6.</source>
        <translation>--grid admite columnas x filas, p. ej. 4x6.</translation>
    </message>
    <message>
        <source>A link&apos;s back-half (its short URL is encoded), or any text or URL.</source>
        <translation>El sufijo de un enlace (se codifica su URL corta), o cualquier texto o URL.</translation>
    </message>
    <message>
        <source>qr needs exactly one text, URL or back-half.</source>
        <translation>qr necesita exactamente un texto, una URL o un sufijo.</translation>
    </message>
    <message>
        <source>Back-halves of the links to print.</source>
        <translation>Sufijos de los enlaces que se imprimen.</translation>
    </message>
    <message>
        <source>qr-sheet needs back-halves and an output file: qr-sheet SLUG... -o FILE.pdf</source>
        <translation>qr-sheet necesita sufijos y un archivo de salida: qr-sheet SLUG... -o ARCHIVO.pdf</translation>
    </message>
    <message>
        <source>There is no link “%1” on %2.</source>
        <translation>No existe el enlace «%1» en %2.</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>este equipo</translation>
    </message>
    <message>
        <source>the service&apos;s website</source>
        <translation>el sitio web del servicio</translation>
    </message>
    <message>
        <source>%1 cannot list links through its API: only the links made with Linkdeck are listed.</source>
        <translation>%1 no puede listar enlaces mediante su API: solo se listan los enlaces creados con Linkdeck.</translation>
    </message>
    <message>
        <source>%1 cannot create links through its API; create it on %2.</source>
        <translation>%1 no puede crear enlaces mediante su API; créelo en %2.</translation>
    </message>
    <message>
        <source>%1 cannot change links through its API; change it on %2.</source>
        <translation>%1 no puede cambiar enlaces mediante su API; cámbielo en %2.</translation>
    </message>
    <message>
        <source>%1 cannot change where a link leads through its API; change it on %2.</source>
        <translation>%1 no puede cambiar adónde lleva un enlace mediante su API; cámbielo en %2.</translation>
    </message>
    <message>
        <source>%1 cannot change a link&apos;s title through its API; change it on %2.</source>
        <translation>%1 no puede cambiar el título de un enlace mediante su API; cámbielo en %2.</translation>
    </message>
    <message>
        <source>%1 cannot change a link&apos;s tags through its API; change them on %2.</source>
        <translation>%1 no puede cambiar las etiquetas de un enlace mediante su API; cámbielas en %2.</translation>
    </message>
    <message>
        <source>%1 cannot change a link&apos;s back-half; create a new link instead.</source>
        <translation>%1 no puede cambiar el sufijo de un enlace; cree un enlace nuevo.</translation>
    </message>
    <message>
        <source>%1 cannot delete links through its API; delete it on %2.</source>
        <translation>%1 no puede eliminar enlaces mediante su API; elimínelo en %2.</translation>
    </message>
    <message>
        <source>%1 cannot give a link a back-half of your choice; leave out --slug.</source>
        <translation>%1 no puede dar a un enlace el sufijo que usted elija; omita --slug.</translation>
    </message>
    <message>
        <source>%1 cannot give links a title through its API; leave out --title.</source>
        <translation>%1 no puede dar título a los enlaces mediante su API; omita --title.</translation>
    </message>
    <message>
        <source>%1 cannot tag links through its API; leave out --tag.</source>
        <translation>%1 no puede etiquetar enlaces mediante su API; omita --tag.</translation>
    </message>
    <message>
        <source>%1 cannot report clicks over time through its API; see them on %2.</source>
        <translation>%1 no puede informar de los clics en el tiempo mediante su API; consúltelos en %2.</translation>
    </message>
    <message>
        <source>Reading the links of “%1”: %2</source>
        <translation>Leyendo los enlaces de «%1»: %2</translation>
    </message>
    <message>
        <source>There is no link “%1” in the account “%2”.</source>
        <translation>No existe el enlace «%1» en la cuenta «%2».</translation>
    </message>
    <message>
        <source>There is no link “%1” on %2 in the account “%3”.</source>
        <translation>No existe el enlace «%1» en %2 en la cuenta «%3».</translation>
    </message>
    <message>
        <source>The account “%1” has several links whose back-half differs from “%2” only in case (%3): write the one you mean exactly.</source>
        <translation>La cuenta «%1» tiene varios enlaces cuyo sufijo solo se diferencia de «%2» en mayúsculas y minúsculas (%3): escriba exactamente el que quiere.</translation>
    </message>
    <message>
        <source>The account “%1” has a link “%2” on several domains (%3): choose one with --domain.</source>
        <translation>La cuenta «%1» tiene un enlace «%2» en varios dominios (%3): elija uno con --domain.</translation>
    </message>
    <message>
        <source>First day, YYYY-MM-DD (default: 29 days before --to).</source>
        <translation>Primer día, AAAA-MM-DD (predeterminado: 29 días antes de --to).</translation>
    </message>
    <message>
        <source>Last day, YYYY-MM-DD (default: today).</source>
        <translation>Último día, AAAA-MM-DD (predeterminado: hoy).</translation>
    </message>
    <message>
        <source>hour, day, week or month (default: chosen for the range).</source>
        <translation>hour, day, week o month (predeterminado: según el intervalo).</translation>
    </message>
    <message>
        <source>Time zone of the buckets, e.g. Europe/Berlin (default: this computer&apos;s).</source>
        <translation>Zona horaria de los intervalos, p. ej. Europe/Madrid (predeterminado: la de este equipo).</translation>
    </message>
    <message>
        <source>json (default) or csv.</source>
        <translation>json (predeterminado) o csv.</translation>
    </message>
    <message>
        <source>Count visits by bots too (this computer&apos;s links only).</source>
        <translation>Contar también las visitas de bots (solo enlaces de este equipo).</translation>
    </message>
    <message>
        <source>The link&apos;s domain (default: the account&apos;s, or the only one with SLUG).</source>
        <translation>El dominio del enlace (predeterminado: el de la cuenta, o el único con SLUG).</translation>
    </message>
    <message>
        <source>The account of the link or campaign (default: a link of This computer, a campaign in every account).</source>
        <translation>La cuenta del enlace o la campaña (predeterminado: un enlace de Este equipo, una campaña en todas las cuentas).</translation>
    </message>
    <message>
        <source>A link&apos;s back-half, or a campaign (utm_campaign or tag).</source>
        <translation>El sufijo de un enlace, o una campaña (utm_campaign o etiqueta).</translation>
    </message>
    <message>
        <source>Unknown time zone “%1”.</source>
        <translation>Zona horaria desconocida «%1».</translation>
    </message>
    <message>
        <source>Give dates as YYYY-MM-DD, with --from not after --to.</source>
        <translation>Indique las fechas como AAAA-MM-DD, con --from no posterior a --to.</translation>
    </message>
    <message>
        <source>Unknown format “%1”: use json or csv.</source>
        <translation>Formato desconocido «%1»: use json o csv.</translation>
    </message>
    <message>
        <source>--unit takes hour, day, week or month.</source>
        <translation>--unit admite hour, day, week o month.</translation>
    </message>
    <message>
        <source>There is no link “%1” and no campaign or tag of that name in the account “%2”.</source>
        <translation>No existe el enlace «%1» ni ninguna campaña o etiqueta con ese nombre en la cuenta «%2».</translation>
    </message>
    <message>
        <source>There is no link “%1” and no campaign or tag of that name.</source>
        <translation>No existe el enlace «%1» ni ninguna campaña o etiqueta con ese nombre.</translation>
    </message>
    <message>
        <source>There are no figures for “%1” in this period.</source>
        <translation>No hay cifras para «%1» en este periodo.</translation>
    </message>
    <message>
        <source>--variant and --no-split cannot be given together.</source>
        <translation>--variant y --no-split no se pueden indicar juntas.</translation>
    </message>
    <message>
        <source>--variant takes an address and its share of the visitors in percent, as in --variant https://shop.example/b=30.</source>
        <translation>--variant admite una dirección y su parte de los visitantes en porcentaje, como en --variant https://shop.example/b=30.</translation>
    </message>
    <message>
        <source>An A/B split: another destination and its share of the visitors in percent (URL=PERCENT); repeat for up to nine. URL keeps the rest (this computer&apos;s links only).</source>
        <translation>Un reparto A/B: otro destino y su parte de los visitantes en porcentaje (URL=PORCENTAJE); repítalo hasta nueve veces. URL se queda con el resto (solo enlaces de este equipo).</translation>
    </message>
    <message>
        <source>An A/B split, replacing the link&apos;s: another destination and its share of the visitors in percent (URL=PERCENT); repeat for up to nine. The link&apos;s destination keeps the rest.</source>
        <translation>Un reparto A/B, que sustituye al del enlace: otro destino y su parte de los visitantes en porcentaje (URL=PORCENTAJE); repítalo hasta nueve veces. El destino del enlace se queda con el resto.</translation>
    </message>
    <message>
        <source>Removes the A/B split: every visitor goes to the destination.</source>
        <translation>Quita el reparto A/B: todos los visitantes van al destino.</translation>
    </message>
    <message>
        <source>A/B split</source>
        <translation>Reparto A/B</translation>
    </message>
    <message>
        <source>Counts the clicks of a link or a campaign: on this computer, and as the link services count them; with --account, the link or campaign of that account only. &quot;variants&quot; gives a link&apos;s A/B split: each destination&apos;s clicks and whether the difference is significant.</source>
        <translation>Cuenta los clics de un enlace o una campaña: en este equipo y según los cuentan los servicios de enlaces; con --account, solo el enlace o la campaña de esa cuenta. &quot;variants&quot; da el reparto A/B de un enlace: los clics de cada destino y si la diferencia es significativa.</translation>
    </message>
    <message>
        <source>clicks, countries, referrers, devices, browsers, os or variants.</source>
        <translation>clicks, countries, referrers, devices, browsers, os o variants.</translation>
    </message>
    <message>
        <source>stats needs what to count (clicks, countries, referrers, devices, browsers, os or variants) and a back-half or campaign.</source>
        <translation>stats necesita qué contar (clicks, countries, referrers, devices, browsers, os o variants) y un sufijo o una campaña.</translation>
    </message>
    <message>
        <source>There is no link “%1”; variants are a link&apos;s, not a campaign&apos;s.</source>
        <translation>No existe el enlace «%1»; las variantes son de un enlace, no de una campaña.</translation>
    </message>
    <message>
        <source>The link “%1” has no A/B split.</source>
        <translation>El enlace «%1» no tiene reparto A/B.</translation>
    </message>
    <message>
        <source>Rule %1: %2</source>
        <translation>Regla %1: %2</translation>
    </message>
    <message>
        <source>A targeting rule, &quot;CONDITIONS -&gt; URL&quot;, e.g. &quot;device=ios -&gt; https://apps.apple.com/app/id1&quot; or &quot;language=de, country=AT -&gt; https://shop.example/at&quot; (device, language, country, city, browser, ip, before, after, param:NAME=VALUE); repeat for several, the first that matches wins.</source>
        <translation>Una regla de segmentación, &quot;CONDICIONES -&gt; URL&quot;, p. ej. &quot;device=ios -&gt; https://apps.apple.com/app/id1&quot; o &quot;language=de, country=AT -&gt; https://shop.example/at&quot; (device, language, country, city, browser, ip, before, after, param:NOMBRE=VALOR); repítala para varias, gana la primera que coincida.</translation>
    </message>
    <message>
        <source>The link %1 was created, but not its rules: %2</source>
        <translation>Se creó el enlace %1, pero no sus reglas: %2</translation>
    </message>
    <message>
        <source>A targeting rule, &quot;CONDITIONS -&gt; URL&quot;, replacing the link&apos;s rules; repeat for several (see links create).</source>
        <translation>Una regla de segmentación, &quot;CONDICIONES -&gt; URL&quot;, que sustituye las reglas del enlace; repítala para varias (vea links create).</translation>
    </message>
    <message>
        <source>Removes the link&apos;s targeting rules.</source>
        <translation>Quita las reglas de segmentación del enlace.</translation>
    </message>
    <message>
        <source>--rule and --no-rules cannot be given together.</source>
        <translation>--rule y --no-rules no se pueden indicar juntas.</translation>
    </message>
    <message>
        <source>links update needs something to change: --url, --title, --tag, --new-slug, a limit (--starts, --expires, --max-clicks, --fallback or their --no- options), --password-stdin, --no-password, a --preview- option, --no-preview, --variant, --no-split, --rule or --no-rules.</source>
        <translation>links update necesita algo que cambiar: --url, --title, --tag, --new-slug, un límite (--starts, --expires, --max-clicks, --fallback o sus opciones --no-), --password-stdin, --no-password, una opción --preview-, --no-preview, --variant, --no-split, --rule o --no-rules.</translation>
    </message>
    <message>
        <source>The link was changed, but not its rules: %1</source>
        <translation>Se cambió el enlace, pero no sus reglas: %1</translation>
    </message>
    <message>
        <source>Rules: could not be read: %1</source>
        <translation>Reglas: no se pudieron leer: %1</translation>
    </message>
    <message>
        <source>Rules: none</source>
        <translation>Reglas: ninguna</translation>
    </message>
    <message>
        <source>Also write each link&apos;s clicks by country, referrer, device, browser and operating system, most first, as the statistics count them (bots left out).</source>
        <translation>Escribir también los clics de cada enlace por país, sitio de referencia, dispositivo, navegador y sistema operativo, los más numerosos primero, contados como en las estadísticas (sin bots).</translation>
    </message>
    <message>
        <source>%1 of %2 links written</source>
        <translation>%1 de %2 enlaces escritos</translation>
    </message>
</context>
<context>
    <name>Linkdeck::ClickSeriesModel</name>
    <message>
        <source>Start</source>
        <translation>Inicio</translation>
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
        <translation>Cuttly no aceptó la clave de API de «%1». Compruébela en Preferencias &gt; Cuentas.</translation>
    </message>
    <message>
        <source>The Cuttly plan of “%1” allows only a few requests a minute. Linkdeck will try again shortly; wait a minute if it fails.</source>
        <translation>El plan de Cuttly de «%1» solo permite unas pocas solicitudes por minuto. Linkdeck lo volverá a intentar en breve; espere un minuto si falla.</translation>
    </message>
    <message>
        <source>This address is already a Cuttly short link.</source>
        <translation>Esta dirección ya es un enlace corto de Cuttly.</translation>
    </message>
    <message>
        <source>Cuttly says the destination is not a valid web address.</source>
        <translation>Cuttly indica que el destino no es una dirección web válida.</translation>
    </message>
    <message>
        <source>This back-half is already used on Cuttly. Choose another one.</source>
        <translation>Este sufijo ya se usa en Cuttly. Elija otro.</translation>
    </message>
    <message>
        <source>Cuttly did not accept the API key. Check it in Preferences &gt; Accounts.</source>
        <translation>Cuttly no aceptó la clave de API. Compruébela en Preferencias &gt; Cuentas.</translation>
    </message>
    <message>
        <source>Cuttly accepts only letters, digits, “-” and “_” in a back-half.</source>
        <translation>Cuttly solo admite letras, números, «-» y «_» en un sufijo.</translation>
    </message>
    <message>
        <source>Cuttly blocks links to this destination&apos;s domain.</source>
        <translation>Cuttly bloquea los enlaces al dominio de este destino.</translation>
    </message>
    <message>
        <source>Your Cuttly plan&apos;s monthly link limit is reached.</source>
        <translation>Se ha alcanzado el límite mensual de enlaces de su plan de Cuttly.</translation>
    </message>
    <message>
        <source>Cuttly sent a reply Linkdeck could not understand. Try again later.</source>
        <translation>Cuttly envió una respuesta que Linkdeck no entiende. Inténtelo de nuevo más tarde.</translation>
    </message>
    <message>
        <source>Cuttly checks the back-half when the link is created.</source>
        <translation>Cuttly comprueba el sufijo al crear el enlace.</translation>
    </message>
    <message>
        <source>Cuttly does not know this link any more.</source>
        <translation>Cuttly ya no conoce este enlace.</translation>
    </message>
    <message>
        <source>Cuttly&apos;s API cannot change a link. Edit it on cutt.ly.</source>
        <translation>La API de Cuttly no puede cambiar un enlace. Edítelo en cutt.ly.</translation>
    </message>
    <message>
        <source>Cuttly&apos;s API cannot delete a link. Delete it on cutt.ly.</source>
        <translation>La API de Cuttly no puede eliminar un enlace. Elimínelo en cutt.ly.</translation>
    </message>
    <message>
        <source>Cuttly&apos;s API cannot list links; Linkdeck shows the ones made here.</source>
        <translation>La API de Cuttly no puede listar enlaces; Linkdeck muestra los creados aquí.</translation>
    </message>
    <message>
        <source>Cuttly gives a link&apos;s total clicks only, not clicks over time.</source>
        <translation>Cuttly solo da el total de clics de un enlace, no los clics en el tiempo.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Database</name>
    <message>
        <source>The link database “%1” is damaged (SQLite found errors in it); restore a backup.</source>
        <translation>La base de datos de enlaces «%1» está dañada (SQLite encontró errores); restaure una copia de seguridad.</translation>
    </message>
    <message>
        <source>“%1” is not a Linkdeck database: it is not an SQLite file. Move it away, or choose another folder for Linkdeck&apos;s data.</source>
        <translation>«%1» no es una base de datos de Linkdeck: no es un archivo SQLite. Muévalo a otro sitio o elija otra carpeta para los datos de Linkdeck.</translation>
    </message>
    <message>
        <source>The link database “%1” cannot be opened for writing: the file or its folder is read-only, or the folder cannot be created. Choose a folder you may write to, or change its permissions.</source>
        <translation>La base de datos de enlaces «%1» no se puede abrir para escribir: el archivo o su carpeta son de solo lectura, o no se puede crear la carpeta. Elija una carpeta en la que pueda escribir o cambie sus permisos.</translation>
    </message>
    <message>
        <source>The link database “%1” cannot be written: the disk is full. Free some space and try again.</source>
        <translation>No se puede escribir en la base de datos de enlaces «%1»: el disco está lleno. Libere espacio y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The link database “%1” could not be read or written (an input/output error): check the disk.</source>
        <translation>No se pudo leer ni escribir la base de datos de enlaces «%1» (error de entrada/salida): revise el disco.</translation>
    </message>
    <message>
        <source>The link database “%1” is busy in another program; try again in a moment.</source>
        <translation>La base de datos de enlaces «%1» está ocupada por otro programa; vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>Could not open the link database “%1”.</source>
        <translation>No se pudo abrir la base de datos de enlaces «%1».</translation>
    </message>
    <message>
        <source>The disk is full: free some space and try again. Nothing was lost.</source>
        <translation>El disco está lleno: libere espacio y vuelva a intentarlo. No se ha perdido nada.</translation>
    </message>
    <message>
        <source>The database file cannot be written (it is read-only).</source>
        <translation>No se puede escribir el archivo de la base de datos (es de solo lectura).</translation>
    </message>
    <message>
        <source>The database is busy in another program; try again in a moment.</source>
        <translation>La base de datos está ocupada por otro programa; vuelva a intentarlo en un momento.</translation>
    </message>
    <message>
        <source>The link database is damaged; restore a backup.</source>
        <translation>La base de datos de enlaces está dañada; restaure una copia de seguridad.</translation>
    </message>
    <message>
        <source>The link database “%1” was written by a newer version of Linkdeck. Update Linkdeck to open it.</source>
        <translation>La base de datos de enlaces «%1» la escribió una versión más reciente de Linkdeck. Actualice Linkdeck para abrirla.</translation>
    </message>
    <message>
        <source>Could not back up the link database before updating it.</source>
        <translation>No se pudo hacer una copia de seguridad de la base de datos de enlaces antes de actualizarla.</translation>
    </message>
    <message>
        <source>Could not update the link database.</source>
        <translation>No se pudo actualizar la base de datos de enlaces.</translation>
    </message>
    <message>
        <source>Could not update the link database to version %1. It was left as it was.</source>
        <translation>No se pudo actualizar la base de datos de enlaces a la versión %1. Se ha dejado como estaba.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::AccountDialog</name>
    <message>
        <source>Default domain</source>
        <translation>Dominio predeterminado</translation>
    </message>
    <message>
        <source>Show the token</source>
        <translation>Mostrar el token</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>Edit Account</source>
        <translation>Editar cuenta</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>unchanged (kept until you quit)</source>
        <translation>sin cambios (se conserva hasta que salga)</translation>
    </message>
    <message>
        <source>This computer has no keychain: the token is kept only until Linkdeck quits, not in Linkdeck&apos;s files.</source>
        <translation>Este equipo no tiene llavero: el token solo se conserva hasta que se cierre Linkdeck, no en los archivos de Linkdeck.</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>sin cambios</translation>
    </message>
    <message>
        <source>unchanged (kept in the keychain)</source>
        <translation>sin cambios (guardado en el llavero)</translation>
    </message>
    <message>
        <source>not kept: type the token</source>
        <translation>no guardado: escriba el token</translation>
    </message>
    <message>
        <source>not in the keychain: type the token</source>
        <translation>no está en el llavero: escriba el token</translation>
    </message>
    <message>
        <source>This computer has no keychain, so the token was not kept after Linkdeck quit.</source>
        <translation>Este equipo no tiene llavero, así que el token no se conservó al cerrar Linkdeck.</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>&amp;Dirección del servidor:</translation>
    </message>
    <message>
        <source>API &amp;address:</source>
        <translation>&amp;Dirección de la API:</translation>
    </message>
    <message>
        <source>https://s.example.com</source>
        <translation>https://s.example.com</translation>
    </message>
    <message>
        <source>the service&apos;s own (leave empty)</source>
        <translation>la del servicio (dejar vacío)</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>G&amp;rupo:</translation>
    </message>
    <message>
        <source>&amp;Workspace:</source>
        <translation>&amp;Espacio de trabajo:</translation>
    </message>
    <message>
        <source>the account&apos;s default group</source>
        <translation>el grupo predeterminado de la cuenta</translation>
    </message>
    <message>
        <source>none (the main workspace)</source>
        <translation>ninguno (el espacio de trabajo principal)</translation>
    </message>
    <message>
        <source>Give the account a name.</source>
        <translation>Dé un nombre a la cuenta.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation>Conectado.</translation>
    </message>
    <message numerus="yes">
        <source>Connected. %n domain(s) available.</source>
        <translation>
            <numerusform>Conectado. %n dominio disponible.</numerusform>
            <numerusform>Conectado. %n dominios disponibles.</numerusform>
        </translation>
    </message>
    <message>
        <source>No Keychain</source>
        <translation>Sin llavero</translation>
    </message>
    <message>
        <source>%1

Linkdeck can use the token until you quit, without saving it anywhere. You will be asked for it again next time.</source>
        <translation>%1

Linkdeck puede usar el token hasta que salga, sin guardarlo en ningún sitio. Se le volverá a pedir la próxima vez.</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>The account has changes that are not saved. Save them?</source>
        <translation>La cuenta tiene cambios sin guardar. ¿Guardarlos?</translation>
    </message>
    <message>
        <source>The account has changes that are not saved, and they cannot be saved as they are. Discard them?</source>
        <translation>La cuenta tiene cambios sin guardar que no se pueden guardar tal como están. ¿Descartarlos?</translation>
    </message>
    <message>
        <source>Account Not Added</source>
        <translation>Cuenta no añadida</translation>
    </message>
    <message>
        <source>The account has not been added yet. Add it now?</source>
        <translation>La cuenta aún no se ha añadido. ¿Añadirla ahora?</translation>
    </message>
    <message>
        <source>The account has not been added, and it cannot be added as it is. Discard what you typed?</source>
        <translation>La cuenta no se ha añadido y no se puede añadir tal como está. ¿Descartar lo que ha escrito?</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::AccountsPage</name>
    <message>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Default domain</source>
        <translation>Dominio predeterminado</translation>
    </message>
    <message>
        <source>Last synchronised</source>
        <translation>Última sincronización</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Añadir…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Probar conexión</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>%1 cannot list an account&apos;s links: Linkdeck shows the ones made here and updates their clicks.</source>
        <translation>%1 no puede listar los enlaces de una cuenta: Linkdeck muestra los creados aquí y actualiza sus clics.</translation>
    </message>
    <message>
        <source>“%1” was added. Its links appear in the main window after the next sync.</source>
        <translation>Se añadió «%1». Sus enlaces aparecerán en la ventana principal tras la próxima sincronización.</translation>
    </message>
    <message>
        <source>Remove Account</source>
        <translation>Quitar cuenta</translation>
    </message>
    <message>
        <source>Remove “%1” from Linkdeck? Its links stay on %2; Linkdeck forgets its copy of them and its token.</source>
        <translation>¿Quitar «%1» de Linkdeck? Sus enlaces siguen en %2; Linkdeck olvida su copia de ellos y su token.</translation>
    </message>
    <message>
        <source>the Shlink server</source>
        <translation>el servidor Shlink</translation>
    </message>
    <message>
        <source>the service</source>
        <translation>el servicio</translation>
    </message>
    <message>
        <source>“%1” was removed.</source>
        <translation>Se quitó «%1».</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Connected: the token works.</source>
        <translation>Conectado: el token funciona.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::CampaignDialog</name>
    <message>
        <source>New Campaign</source>
        <translation>Nueva campaña</translation>
    </message>
    <message>
        <source>&amp;Campaign:</source>
        <translation>&amp;Campaña:</translation>
    </message>
    <message>
        <source>spring-sale</source>
        <translation>rebajas-primavera</translation>
    </message>
    <message>
        <source>https://shop.example/spring
(one address per line)</source>
        <translation>https://shop.example/primavera
(una dirección por línea)</translation>
    </message>
    <message>
        <source>&amp;Destinations:</source>
        <translation>&amp;Destinos:</translation>
    </message>
    <message>
        <source>&amp;Sources:</source>
        <translation>&amp;Orígenes:</translation>
    </message>
    <message>
        <source>newsletter, facebook, linkedin</source>
        <translation>newsletter, facebook, linkedin</translation>
    </message>
    <message>
        <source>&amp;Mediums:</source>
        <translation>&amp;Medios:</translation>
    </message>
    <message>
        <source>email, social, print</source>
        <translation>email, social, print</translation>
    </message>
    <message>
        <source>C&amp;ontents:</source>
        <translation>Co&amp;ntenidos:</translation>
    </message>
    <message>
        <source>optional: hero, footer</source>
        <translation>opcional: hero, footer</translation>
    </message>
    <message>
        <source>&amp;Back-halves:</source>
        <translation>&amp;Sufijos:</translation>
    </message>
    <message>
        <source>Made of {campaign}, {source}, {medium}, {content}, {term}, {page} (the destination&apos;s last part) and {n} (1, 2, 3, …)</source>
        <translation>Formados por {campaign}, {source}, {medium}, {content}, {term}, {page} (la última parte del destino) y {n} (1, 2, 3, …)</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Etiquetas:</translation>
    </message>
    <message>
        <source>optional: spring, 2027</source>
        <translation>opcional: primavera, 2027</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>C&amp;uenta:</translation>
    </message>
    <message>
        <source>Links of the campaign</source>
        <translation>Enlaces de la campaña</translation>
    </message>
    <message>
        <source>Back-half</source>
        <translation>Sufijo</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Create Links</source>
        <translation>Crear enlaces</translation>
    </message>
    <message>
        <source>&amp;QR Codes…</source>
        <translation>Códigos &amp;QR…</translation>
    </message>
    <message>
        <source>&amp;Print Labels…</source>
        <translation>&amp;Imprimir etiquetas…</translation>
    </message>
    <message numerus="yes">
        <source>Create %Ln Link(s)</source>
        <translation>
            <numerusform>Crear %Ln enlace</numerusform>
            <numerusform>Crear %Ln enlaces</numerusform>
        </translation>
    </message>
    <message>
        <source>Linkdeck cannot use this account.</source>
        <translation>Linkdeck no puede usar esta cuenta.</translation>
    </message>
    <message>
        <source>Creating the links…</source>
        <translation>Creando los enlaces…</translation>
    </message>
    <message>
        <source>Links Not Created</source>
        <translation>Enlaces no creados</translation>
    </message>
    <message>
        <source>The campaign&apos;s links have not been created yet. Create them now?</source>
        <translation>Los enlaces de la campaña aún no se han creado. ¿Crearlos ahora?</translation>
    </message>
    <message>
        <source>The campaign&apos;s links have not been created, and they cannot be created as they are. Discard what you typed?</source>
        <translation>Los enlaces de la campaña no se han creado y no se pueden crear tal como están. ¿Descartar lo que ha escrito?</translation>
    </message>
    <message>
        <source>Stopped: %1 created. Press “%2” to make the rest; links already made are not made twice.</source>
        <translation>Detenido: %1 creados. Pulse «%2» para crear el resto; los enlaces ya creados no se crean dos veces.</translation>
    </message>
    <message>
        <source>Stop Creating Links?</source>
        <translation>¿Dejar de crear los enlaces?</translation>
    </message>
    <message>
        <source>%1 of %2 links are done so far. Stop now? The links already made stay, and this window lists them.</source>
        <translation>%1 de %2 enlaces hechos hasta ahora. ¿Detener ahora? Los enlaces ya creados se quedan y esta ventana los muestra.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Keep Creating</source>
        <translation>Seguir creando</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::DetailPane</name>
    <message>
        <source>Select a link to see its details.</source>
        <translation>Seleccione un enlace para ver sus detalles.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy the short link to the clipboard</source>
        <translation>Copiar el enlace corto al portapapeles</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Open the short link in the web browser</source>
        <translation>Abrir el enlace corto en el navegador</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Eliminar</translation>
    </message>
    <message>
        <source>Redirect Rules…</source>
        <translation>Reglas de redirección…</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Clics</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modificado</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Límites</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>QR Code…</source>
        <translation>Código QR…</translation>
    </message>
    <message>
        <source>Make a print-ready QR code of this link</source>
        <translation>Crear un código QR listo para imprimir de este enlace</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>source: %1</source>
        <translation>origen: %1</translation>
    </message>
    <message>
        <source>medium: %1</source>
        <translation>medio: %1</translation>
    </message>
    <message>
        <source>term: %1</source>
        <translation>término: %1</translation>
    </message>
    <message>
        <source>content: %1</source>
        <translation>contenido: %1</translation>
    </message>
    <message>
        <source>starts %1</source>
        <translation>empieza %1</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>caduca %1</translation>
    </message>
    <message numerus="yes">
        <source>at most %n click(s)</source>
        <translation>
            <numerusform>como máximo %n clic</numerusform>
            <numerusform>como máximo %n clics</numerusform>
        </translation>
    </message>
    <message>
        <source>then goes to %1</source>
        <translation>después lleva a %1</translation>
    </message>
    <message>
        <source>password-protected: visitors type a password first</source>
        <translation>protegido con contraseña: los visitantes escriben primero una contraseña</translation>
    </message>
    <message numerus="yes">
        <source>%Ln link(s) selected</source>
        <translation>
            <numerusform>%Ln enlace seleccionado</numerusform>
            <numerusform>%Ln enlaces seleccionados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln click(s) together</source>
        <translation>
            <numerusform>%Ln clic en total</numerusform>
            <numerusform>%Ln clics en total</numerusform>
        </translation>
    </message>
    <message>
        <source>A/B split</source>
        <translation>Reparto A/B</translation>
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
        <translation>Exportar enlaces</translation>
    </message>
    <message>
        <source>The links the table shows, with every field and their clicks. A file ending in .csv opens in Excel as it is; .xlsx is an Excel workbook, .json is for other programs.</source>
        <translation>Los enlaces que muestra la tabla, con todos sus campos y sus clics. Un archivo terminado en .csv se abre tal cual en Excel; .xlsx es un libro de Excel y .json es para otros programas.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>&amp;Include each link&apos;s countries, referrers and devices</source>
        <translation>&amp;Incluir los países, sitios de referencia y dispositivos de cada enlace</translation>
    </message>
    <message>
        <source>One column each for countries, referrers, devices, browsers and operating systems, most clicks first, as the statistics count them. A link of another service has them once its statistics were shown from its first day to today.</source>
        <translation>Una columna para cada uno: países, sitios de referencia, dispositivos, navegadores y sistemas operativos, los de más clics primero, contados como en las estadísticas. Un enlace de otro servicio los tiene una vez que se mostraron sus estadísticas desde su primer día hasta hoy.</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xportar</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv);;Excel workbook (*.xlsx);;JSON (*.json)</source>
        <translation>CSV para Excel (*.csv);;Libro de Excel (*.xlsx);;JSON (*.json)</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::GettingStartedDialog</name>
    <message>
        <source>Getting Started with Linkdeck</source>
        <translation>Primeros pasos con Linkdeck</translation>
    </message>
    <message>
        <source>Getting started guide</source>
        <translation>Guía de primeros pasos</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Primeros pasos</translation>
    </message>
    <message>
        <source>1. Create a short link</source>
        <translation>1. Crear un enlace corto</translation>
    </message>
    <message>
        <source>Press %1 (File &gt; New Link), paste the address your link should open and choose a back-half, such as &lt;i&gt;spring-sale&lt;/i&gt;. Links on “This computer” are served by Linkdeck&apos;s own link server, shown under the sidebar.</source>
        <translation>Pulse %1 (Archivo &gt; Nuevo enlace), pegue la dirección que debe abrir el enlace y elija un sufijo, como &lt;i&gt;rebajas-primavera&lt;/i&gt;. Los enlaces de «Este equipo» los sirve el propio servidor de enlaces de Linkdeck, que se muestra bajo la barra lateral.</translation>
    </message>
    <message>
        <source>2. Or connect a link service</source>
        <translation>2. O conectar un servicio de enlaces</translation>
    </message>
    <message>
        <source>In File &gt; Accounts, add your Bitly, Rebrandly, Shlink or Cuttly account with its API token. Its links appear in the table, and new links can be made there too. Tokens stay in your system&apos;s keychain.</source>
        <translation>En Archivo &gt; Cuentas, añada su cuenta de Bitly, Rebrandly, Shlink o Cuttly con su token de API. Sus enlaces aparecen en la tabla, y también puede crear enlaces allí. Los tokens se quedan en el llavero del sistema.</translation>
    </message>
    <message>
        <source>3. Track a campaign</source>
        <translation>3. Seguir una campaña</translation>
    </message>
    <message>
        <source>In New Link, fill in the tracking fields (source, medium, campaign). The sidebar then lists the campaign; choose it and press %1 to see its clicks over time, countries, referrers and devices.</source>
        <translation>En Nuevo enlace, rellene los campos de seguimiento (origen, medio, campaña). La barra lateral mostrará la campaña; elíjala y pulse %1 para ver sus clics en el tiempo, países, sitios de referencia y dispositivos.</translation>
    </message>
    <message>
        <source>4. Print a QR code</source>
        <translation>4. Imprimir un código QR</translation>
    </message>
    <message>
        <source>Select a link and press %1 for the QR studio: size in millimetres, colours, a logo, and export for print (PDF, SVG, EPS). %2 prints the selected links as labels.</source>
        <translation>Seleccione un enlace y pulse %1 para abrir el estudio QR: tamaño en milímetros, colores, logotipo y exportación para imprenta (PDF, SVG, EPS). %2 imprime los enlaces seleccionados como etiquetas.</translation>
    </message>
    <message>
        <source>Working with the keyboard</source>
        <translation>Trabajar con el teclado</translation>
    </message>
    <message>
        <source>%1 moves between the sidebar, the links and the details, and Tab within them. %2 finds a link, Esc clears the filter, %3 copies the selected short link.</source>
        <translation>%1 pasa entre la barra lateral, los enlaces y los detalles, y Tab se mueve dentro de ellos. %2 busca un enlace, Esc borra el filtro y %3 copia el enlace corto seleccionado.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::ImportWizard</name>
    <message>
        <source>Row</source>
        <translation>Fila</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Short link</source>
        <translation>Enlace corto</translation>
    </message>
    <message>
        <source>Destination or reason</source>
        <translation>Destino o motivo</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Filas</translation>
    </message>
    <message>
        <source>Choose a File</source>
        <translation>Elegir un archivo</translation>
    </message>
    <message>
        <source>A spreadsheet saved as CSV or Unicode text, a JSON file, or an export of Bitly, Rebrandly, Shlink, YOURLS or Kutt.</source>
        <translation>Una hoja de cálculo guardada como CSV o texto Unicode, un archivo JSON, o una exportación de Bitly, Rebrandly, Shlink, YOURLS o Kutt.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Examinar…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <source>&amp;Into:</source>
        <translation>E&amp;n:</translation>
    </message>
    <message>
        <source>Skip the row</source>
        <translation>Omitir la fila</translation>
    </message>
    <message>
        <source>Use the next free back-half</source>
        <translation>Usar el siguiente sufijo libre</translation>
    </message>
    <message>
        <source>Point the existing link to the row&apos;s destination</source>
        <translation>Redirigir el enlace existente al destino de la fila</translation>
    </message>
    <message>
        <source>When a back-half is &amp;taken:</source>
        <translation>Cuando un sufijo está &amp;ocupado:</translation>
    </message>
    <message>
        <source>Import Links</source>
        <translation>Importar enlaces</translation>
    </message>
    <message>
        <source>Tables of links (*.csv *.tsv *.txt *.json);;All files (*)</source>
        <translation>Tablas de enlaces (*.csv *.tsv *.txt *.json);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Check the Columns</source>
        <translation>Revisar las columnas</translation>
    </message>
    <message>
        <source>Each column becomes what its menu says; choose “%1” to leave one out.</source>
        <translation>Cada columna se convierte en lo que indica su menú; elija «%1» para omitir una.</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Columnas</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Columna</translation>
    </message>
    <message>
        <source>Becomes</source>
        <translation>Se convierte en</translation>
    </message>
    <message>
        <source>First row</source>
        <translation>Primera fila</translation>
    </message>
    <message>
        <source>%1, columns separated by “%2”.</source>
        <translation>%1, columnas separadas por «%2».</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulador</translation>
    </message>
    <message>
        <source>This looks like an export of %1.</source>
        <translation>Parece una exportación de %1.</translation>
    </message>
    <message>
        <source>Column %1 becomes</source>
        <translation>La columna %1 se convierte en</translation>
    </message>
    <message>
        <source>Check Every Row</source>
        <translation>Revisar cada fila</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Nothing is made yet. Import makes the links marked “will create”.</source>
        <translation>Aún no se ha creado nada. Importar crea los enlaces marcados como «se creará».</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Detener</translation>
    </message>
    <message>
        <source>Save &amp;Report…</source>
        <translation>Guardar &amp;informe…</translation>
    </message>
    <message>
        <source>Save Import Report</source>
        <translation>Guardar el informe de importación</translation>
    </message>
    <message>
        <source>import report.csv</source>
        <translation>informe de importación.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Reading every row…</source>
        <translation>Leyendo cada fila…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <source>Report saved in %1.</source>
        <translation>Informe guardado en %1.</translation>
    </message>
    <message>
        <source>Could not save the report: %1</source>
        <translation>No se pudo guardar el informe: %1</translation>
    </message>
    <message>
        <source>“%1” cannot be opened: %2</source>
        <translation>No se puede abrir «%1»: %2</translation>
    </message>
    <message>
        <source>Linkdeck cannot use this account.</source>
        <translation>Linkdeck no puede usar esta cuenta.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::LinkCommands</name>
    <message>
        <source>Export Links</source>
        <translation>Exportar enlaces</translation>
    </message>
    <message>
        <source>links.csv</source>
        <translation>enlaces.csv</translation>
    </message>
    <message>
        <source>Choose a file name ending in .csv, .xlsx or .json.</source>
        <translation>Elija un nombre de archivo que termine en .csv, .xlsx o .json.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln link(s) saved in %1.</source>
        <translation>
            <numerusform>%Ln enlace guardado en %1.</numerusform>
            <numerusform>%Ln enlaces guardados en %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied %1 to the clipboard</source>
        <translation>%1 copiado al portapapeles</translation>
    </message>
    <message>
        <source>Delete %1? People who open it will no longer reach %2.</source>
        <translation>¿Eliminar %1? Quien lo abra ya no llegará a %2.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n link(s)? People who open them will no longer reach their destinations.</source>
        <translation>
            <numerusform>¿Eliminar %n enlace? Quien lo abra ya no llegará a su destino.</numerusform>
            <numerusform>¿Eliminar %n enlaces? Quien los abra ya no llegará a sus destinos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Links</source>
        <translation>Eliminar enlaces</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>Eliminado.</translation>
    </message>
    <message>
        <source>Some Links Were Not Deleted</source>
        <translation>Algunos enlaces no se eliminaron</translation>
    </message>
    <message>
        <source>Removed the redirect rules of %1</source>
        <translation>Se quitaron las reglas de redirección de %1</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n redirect rule(s) of %1</source>
        <translation>
            <numerusform>Guardada %n regla de redirección de %1</numerusform>
            <numerusform>Guardadas %n reglas de redirección de %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 guardado</translation>
    </message>
    <message>
        <source>Labels Not Printed</source>
        <translation>Etiquetas no impresas</translation>
    </message>
    <message>
        <source>Print QR Labels</source>
        <translation>Imprimir etiquetas QR</translation>
    </message>
    <message>
        <source>Exporting links…</source>
        <translation>Exportando enlaces…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>The file could not be written.</source>
        <translation>No se pudo escribir el archivo.</translation>
    </message>
    <message>
        <source>Export stopped; no file was written.</source>
        <translation>Exportación detenida; no se escribió ningún archivo.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::LinkDialog</name>
    <message>
        <source>New Link</source>
        <translation>Nuevo enlace</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>C&amp;uenta:</translation>
    </message>
    <message>
        <source>https://example.com/spring-sale</source>
        <translation>https://example.com/rebajas-primavera</translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation>&amp;Destino:</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Dominio</translation>
    </message>
    <message>
        <source>random</source>
        <translation>aleatorio</translation>
    </message>
    <message>
        <source>Back-half</source>
        <translation>Sufijo</translation>
    </message>
    <message>
        <source>Short &amp;link:</source>
        <translation>&amp;Enlace corto:</translation>
    </message>
    <message>
        <source>Shown in your link list only</source>
        <translation>Solo se muestra en su lista de enlaces</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>Separate tags with commas, e.g. print, spring</source>
        <translation>Separe las etiquetas con comas, p. ej. print, primavera</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>Eti&amp;quetas:</translation>
    </message>
    <message>
        <source>Campaign trac&amp;king (UTM)</source>
        <translation>Seguimiento de &amp;campaña (UTM)</translation>
    </message>
    <message>
        <source>Choose a preset…</source>
        <translation>Elija una plantilla…</translation>
    </message>
    <message>
        <source>P&amp;reset:</source>
        <translation>&amp;Plantilla:</translation>
    </message>
    <message>
        <source>where the visitor comes from, e.g. newsletter</source>
        <translation>de dónde viene el visitante, p. ej. newsletter</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>&amp;Origen:</translation>
    </message>
    <message>
        <source>the kind of channel, e.g. email</source>
        <translation>el tipo de canal, p. ej. email</translation>
    </message>
    <message>
        <source>Med&amp;ium:</source>
        <translation>&amp;Medio:</translation>
    </message>
    <message>
        <source>e.g. spring-sale</source>
        <translation>p. ej. rebajas-primavera</translation>
    </message>
    <message>
        <source>&amp;Campaign:</source>
        <translation>Campaña:</translation>
    </message>
    <message>
        <source>optional: paid search keyword</source>
        <translation>opcional: palabra clave de búsqueda de pago</translation>
    </message>
    <message>
        <source>Term:</source>
        <translation>Término:</translation>
    </message>
    <message>
        <source>optional: which ad or button</source>
        <translation>opcional: qué anuncio o botón</translation>
    </message>
    <message>
        <source>Co&amp;ntent:</source>
        <translation>Co&amp;ntenido:</translation>
    </message>
    <message>
        <source>Use lower case (analytics tools count “Email” and “email” apart)</source>
        <translation>Use minúsculas (las herramientas de analítica cuentan «Email» y «email» por separado)</translation>
    </message>
    <message>
        <source>Final address</source>
        <translation>Dirección final</translation>
    </message>
    <message>
        <source>Opens:</source>
        <translation>Abre:</translation>
    </message>
    <message>
        <source>Create Link</source>
        <translation>Crear enlace</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Límites</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>&amp;Inicio:</translation>
    </message>
    <message>
        <source>Before this time the link is not active yet.</source>
        <translation>Antes de este momento el enlace aún no está activo.</translation>
    </message>
    <message>
        <source>Start date and time</source>
        <translation>Fecha y hora de inicio</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>&amp;Fin:</translation>
    </message>
    <message>
        <source>From this time on the link has ended.</source>
        <translation>A partir de este momento el enlace ha terminado.</translation>
    </message>
    <message>
        <source>End date and time</source>
        <translation>Fecha y hora de fin</translation>
    </message>
    <message>
        <source>At &amp;most:</source>
        <translation>Como má&amp;ximo:</translation>
    </message>
    <message>
        <source>After this many clicks the link has ended.</source>
        <translation>Tras este número de clics el enlace ha terminado.</translation>
    </message>
    <message>
        <source>Most clicks</source>
        <translation>Máximo de clics</translation>
    </message>
    <message>
        <source>clicks</source>
        <translation>clics</translation>
    </message>
    <message>
        <source>empty: a page says the link has ended</source>
        <translation>vacío: una página indica que el enlace ha terminado</translation>
    </message>
    <message>
        <source>Address after the end</source>
        <translation>Dirección tras el final</translation>
    </message>
    <message>
        <source>T&amp;hen go to:</source>
        <translation>Después i&amp;r a:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Contra&amp;seña:</translation>
    </message>
    <message>
        <source>Visitors must type this password before they are sent on.</source>
        <translation>Los visitantes deben escribir esta contraseña antes de ser redirigidos.</translation>
    </message>
    <message>
        <source>Password for visitors</source>
        <translation>Contraseña para los visitantes</translation>
    </message>
    <message>
        <source>Social pre&amp;view</source>
        <translation>&amp;Vista previa en redes sociales</translation>
    </message>
    <message>
        <source>What link previews show when the short link is pasted into LinkedIn, Facebook, X, Slack or a chat. People who click it are sent on as always.</source>
        <translation>Lo que muestran las vistas previas cuando se pega el enlace corto en LinkedIn, Facebook, X, Slack o un chat. Quien hace clic es redirigido como siempre.</translation>
    </message>
    <message>
        <source>e.g. Spring sale: half price</source>
        <translation>p. ej. Rebajas de primavera: mitad de precio</translation>
    </message>
    <message>
        <source>one or two sentences</source>
        <translation>una o dos frases</translation>
    </message>
    <message>
        <source>https://… (1200 × 630 pixels suit most)</source>
        <translation>https://… (1200 × 630 píxeles sirve para la mayoría)</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>T&amp;ítulo:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Descripción:</translation>
    </message>
    <message>
        <source>Image address:</source>
        <translation>Dirección de la imagen:</translation>
    </message>
    <message>
        <source>Preview card</source>
        <translation>Tarjeta de vista previa</translation>
    </message>
    <message>
        <source>No image: a small card</source>
        <translation>Sin imagen: una tarjeta pequeña</translation>
    </message>
    <message>
        <source>Image from %1</source>
        <translation>Imagen de %1</translation>
    </message>
    <message>
        <source>(no title yet)</source>
        <translation>(aún sin título)</translation>
    </message>
    <message>
        <source>%1 cannot send visitors to another address after the end; only links on this computer can. Visitors see the service&apos;s own page.</source>
        <translation>%1 no puede enviar a los visitantes a otra dirección tras el final; solo pueden los enlaces de este equipo. Los visitantes ven la página del propio servicio.</translation>
    </message>
    <message>
        <source>not possible with %1</source>
        <translation>no es posible con %1</translation>
    </message>
    <message>
        <source>Times are in your time zone, %1.</source>
        <translation>Las horas están en su zona horaria, %1.</translation>
    </message>
    <message>
        <source>Protected (type a new password to change it)</source>
        <translation>Protegido (escriba una contraseña nueva para cambiarla)</translation>
    </message>
    <message>
        <source>the password visitors type</source>
        <translation>la contraseña que escriben los visitantes</translation>
    </message>
    <message>
        <source>Type the password visitors will need, or untick Password.</source>
        <translation>Escriba la contraseña que necesitarán los visitantes, o desmarque Contraseña.</translation>
    </message>
    <message>
        <source>chosen by the service</source>
        <translation>elegido por el servicio</translation>
    </message>
    <message>
        <source>Edit Link</source>
        <translation>Editar enlace</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>This service does not allow changing the back-half of an existing link.</source>
        <translation>Este servicio no permite cambiar el sufijo de un enlace existente.</translation>
    </message>
    <message>
        <source>Will be saved as %1</source>
        <translation>Se guardará como %1</translation>
    </message>
    <message>
        <source>An existing link needs a back-half.</source>
        <translation>Un enlace existente necesita un sufijo.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Comprobando…</translation>
    </message>
    <message>
        <source>Could not check whether “%1” is free: %2</source>
        <translation>No se pudo comprobar si «%1» está libre: %2</translation>
    </message>
    <message>
        <source>“%1” is available.</source>
        <translation>«%1» está disponible.</translation>
    </message>
    <message>
        <source>“%1” is already used on %2. Choose another back-half.</source>
        <translation>«%1» ya se usa en %2. Elija otro sufijo.</translation>
    </message>
    <message>
        <source>The link was saved, but not its password: %1</source>
        <translation>Se guardó el enlace, pero no su contraseña: %1</translation>
    </message>
    <message>
        <source>The link was saved, but not its targeting rules: %1</source>
        <translation>Se guardó el enlace, pero no sus reglas de segmentación: %1</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>The link has changes that are not saved. Save them?</source>
        <translation>El enlace tiene cambios sin guardar. ¿Guardarlos?</translation>
    </message>
    <message>
        <source>The link has changes that are not saved, and they cannot be saved as they are. Discard them?</source>
        <translation>El enlace tiene cambios sin guardar que no se pueden guardar tal como están. ¿Descartarlos?</translation>
    </message>
    <message>
        <source>Link Not Created</source>
        <translation>Enlace no creado</translation>
    </message>
    <message>
        <source>The new link has not been created yet. Create it now?</source>
        <translation>El nuevo enlace aún no se ha creado. ¿Crearlo ahora?</translation>
    </message>
    <message>
        <source>The new link has not been created, and it cannot be created as it is. Discard what you typed?</source>
        <translation>El nuevo enlace no se ha creado y no se puede crear tal como está. ¿Descartar lo que ha escrito?</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::LinkListView</name>
    <message>
        <source>Filter links</source>
        <translation>Filtrar enlaces</translation>
    </message>
    <message>
        <source>Filter by back-half, destination, title, tag or campaign</source>
        <translation>Filtrar por sufijo, destino, título, etiqueta o campaña</translation>
    </message>
    <message>
        <source>Clear Filter</source>
        <translation>Borrar filtro</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Enlaces</translation>
    </message>
    <message>
        <source>No links here yet.</source>
        <translation>Aún no hay enlaces aquí.</translation>
    </message>
    <message>
        <source>No links match “%1”</source>
        <translation>Ningún enlace coincide con «%1»</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::LocalServerPanel</name>
    <message>
        <source>Stopped: short links on this computer do not open.</source>
        <translation>Detenido: los enlaces cortos de este equipo no se abren.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En marcha</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Deteniendo…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln visit(s) recorded</source>
        <translation>
            <numerusform>%Ln visita registrada</numerusform>
            <numerusform>%Ln visitas registradas</numerusform>
        </translation>
    </message>
    <message>
        <source>The link database is damaged: SQLite found errors in it. Short links still open, but changes and visits may not be saved. Quit Linkdeck and restore a backup of the database.</source>
        <translation>La base de datos de enlaces está dañada: SQLite encontró errores. Los enlaces cortos siguen abriéndose, pero puede que no se guarden los cambios ni las visitas. Salga de Linkdeck y restaure una copia de seguridad de la base de datos.</translation>
    </message>
    <message numerus="yes">
        <source>Visits are not being recorded: the link server cannot write to its disk (it is full or read-only). Short links still open. %Ln visit(s) not recorded so far.</source>
        <translation>
            <numerusform>No se están registrando las visitas: el servidor de enlaces no puede escribir en su disco (está lleno o es de solo lectura). Los enlaces cortos siguen abriéndose. %Ln visita sin registrar hasta ahora.</numerusform>
            <numerusform>No se están registrando las visitas: el servidor de enlaces no puede escribir en su disco (está lleno o es de solo lectura). Los enlaces cortos siguen abriéndose. %Ln visitas sin registrar hasta ahora.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln visit(s) could not be recorded while the disk was full.</source>
        <translation>
            <numerusform>%Ln visita no se pudo registrar mientras el disco estaba lleno.</numerusform>
            <numerusform>%Ln visitas no se pudieron registrar mientras el disco estaba lleno.</numerusform>
        </translation>
    </message>
    <message>
        <source>Visits reach the statistics %1 seconds late: the database is busy. None is lost.</source>
        <translation>Las visitas llegan a las estadísticas con %1 segundos de retraso: la base de datos está ocupada. No se pierde ninguna.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Iniciar</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::MainWindow</name>
    <message>
        <source>&amp;New Link…</source>
        <translation>&amp;Nuevo enlace…</translation>
    </message>
    <message>
        <source>Create a short link (%1)</source>
        <translation>Crear un enlace corto (%1)</translation>
    </message>
    <message>
        <source>&amp;Edit Link…</source>
        <translation>E&amp;ditar enlace…</translation>
    </message>
    <message>
        <source>&amp;Copy Short Link</source>
        <translation>&amp;Copiar enlace corto</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>E&amp;liminar…</translation>
    </message>
    <message>
        <source>&amp;Open in Browser</source>
        <translation>&amp;Abrir en el navegador</translation>
    </message>
    <message>
        <source>&amp;QR Code…</source>
        <translation>Código &amp;QR…</translation>
    </message>
    <message>
        <source>Make a print-ready QR code of the short link</source>
        <translation>Crear un código QR listo para imprimir del enlace corto</translation>
    </message>
    <message>
        <source>&amp;Print QR Labels…</source>
        <translation>&amp;Imprimir etiquetas QR…</translation>
    </message>
    <message>
        <source>Print the selected links as QR code labels, 24 to an A4 page</source>
        <translation>Imprimir los enlaces seleccionados como etiquetas con código QR, 24 por página A4</translation>
    </message>
    <message>
        <source>&amp;Statistics…</source>
        <translation>Es&amp;tadísticas…</translation>
    </message>
    <message>
        <source>Clicks over time, countries and referrers of the selected links or campaign</source>
        <translation>Clics en el tiempo, países y sitios de referencia de los enlaces o la campaña seleccionados</translation>
    </message>
    <message>
        <source>Cop&amp;y to Account…</source>
        <translation>Cop&amp;iar a una cuenta…</translation>
    </message>
    <message>
        <source>Make the selected links on another account too</source>
        <translation>Crear también los enlaces seleccionados en otra cuenta</translation>
    </message>
    <message>
        <source>&amp;Move to Account…</source>
        <translation>Mo&amp;ver a una cuenta…</translation>
    </message>
    <message>
        <source>Make the selected links on another account and send the old ones&apos; visitors there</source>
        <translation>Crear los enlaces seleccionados en otra cuenta y enviar allí a los visitantes de los antiguos</translation>
    </message>
    <message>
        <source>Redirect &amp;Rules…</source>
        <translation>&amp;Reglas de redirección…</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Buscar…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <source>New &amp;Campaign…</source>
        <translation>Nueva &amp;campaña…</translation>
    </message>
    <message>
        <source>Make a campaign&apos;s links at once: each destination for each source and medium</source>
        <translation>Crear de una vez los enlaces de una campaña: cada destino para cada origen y medio</translation>
    </message>
    <message>
        <source>&amp;Import Links…</source>
        <translation>Im&amp;portar enlaces…</translation>
    </message>
    <message>
        <source>Make links from a spreadsheet or another service&apos;s export</source>
        <translation>Crear enlaces desde una hoja de cálculo o la exportación de otro servicio</translation>
    </message>
    <message>
        <source>E&amp;xport Links…</source>
        <translation>E&amp;xportar enlaces…</translation>
    </message>
    <message>
        <source>Save the links the table shows as CSV, Excel or JSON</source>
        <translation>Guardar los enlaces que muestra la tabla como CSV, Excel o JSON</translation>
    </message>
    <message>
        <source>&amp;Synchronise Accounts</source>
        <translation>&amp;Sincronizar cuentas</translation>
    </message>
    <message>
        <source>Fetch the links of your Bitly, Rebrandly, Shlink and Cuttly accounts and send the changes made offline (%1)</source>
        <translation>Obtener los enlaces de sus cuentas de Bitly, Rebrandly, Shlink y Cuttly y enviar los cambios hechos sin conexión (%1)</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>C&amp;uentas…</translation>
    </message>
    <message>
        <source>Add or edit your Bitly, Rebrandly, Shlink and Cuttly accounts</source>
        <translation>Añadir o editar sus cuentas de Bitly, Rebrandly, Shlink y Cuttly</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Sa&amp;lir</translation>
    </message>
    <message>
        <source>&amp;Getting Started</source>
        <translation>&amp;Primeros pasos</translation>
    </message>
    <message>
        <source>&amp;About Linkdeck</source>
        <translation>&amp;Acerca de Linkdeck</translation>
    </message>
    <message>
        <source>About Linkdeck</source>
        <translation>Acerca de Linkdeck</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Linkdeck %1&lt;/h3&gt;&lt;p&gt;Branded short links, campaign charts and print-grade QR codes.&lt;/p&gt;&lt;p&gt;Released under the MIT licence.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Linkdeck %1&lt;/h3&gt;&lt;p&gt;Enlaces cortos con marca, gráficos de campañas y códigos QR de calidad de imprenta.&lt;/p&gt;&lt;p&gt;Publicado bajo la licencia MIT.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Barra de herramientas principal</translation>
    </message>
    <message>
        <source>Linkdeck</source>
        <translation>Linkdeck</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Contando…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln link(s)</source>
        <translation>
            <numerusform>%Ln enlace</numerusform>
            <numerusform>%Ln enlaces</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln link(s)</source>
        <translation>
            <numerusform>%1 de %Ln enlace</numerusform>
            <numerusform>%1 de %Ln enlaces</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved offline: the link will be created on %1 when the network is back.</source>
        <translation>Guardado sin conexión: el enlace se creará en %1 cuando vuelva la red.</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>Creado el %1</translation>
    </message>
    <message>
        <source>Saved offline: the change will be sent to %1 when the network is back.</source>
        <translation>Guardado sin conexión: el cambio se enviará a %1 cuando vuelva la red.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 guardado</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s)</source>
        <translation>
            <numerusform>%n enlace</numerusform>
            <numerusform>%n enlaces</numerusform>
        </translation>
    </message>
    <message>
        <source>Select links, or a campaign or tag in the sidebar, to see their statistics.</source>
        <translation>Seleccione enlaces, o una campaña o etiqueta en la barra lateral, para ver sus estadísticas.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::PaneFocus</name>
    <message>
        <source>Next Pane</source>
        <translation>Panel siguiente</translation>
    </message>
    <message>
        <source>Previous Pane</source>
        <translation>Panel anterior</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::PreferencesDialog</name>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::QrPreview</name>
    <message>
        <source>Drag the code into another application</source>
        <translation>Arrastre el código a otra aplicación</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::QrStudioDialog</name>
    <message numerus="yes">
        <source>QR Codes for %n Link(s)</source>
        <translation>
            <numerusform>Códigos QR de %n enlace</numerusform>
            <numerusform>Códigos QR de %n enlaces</numerusform>
        </translation>
    </message>
    <message>
        <source>The preview shows the first link; each link gets its own file, named by its back-half.</source>
        <translation>La vista previa muestra el primer enlace; cada enlace recibe su propio archivo, con el nombre de su sufijo.</translation>
    </message>
    <message>
        <source>There is no preset “%1”.</source>
        <translation>No existe la plantilla «%1».</translation>
    </message>
    <message>
        <source>The preset “%1” cannot be used: %2</source>
        <translation>No se puede usar la plantilla «%1»: %2</translation>
    </message>
    <message>
        <source>Save Preset</source>
        <translation>Guardar plantilla</translation>
    </message>
    <message>
        <source>Name of the preset:</source>
        <translation>Nombre de la plantilla:</translation>
    </message>
    <message>
        <source>Version %1, %2 × %2 modules, %3 mm each, %4 × %5 mm</source>
        <translation>Versión %1, %2 × %2 módulos, %3 mm cada uno, %4 × %5 mm</translation>
    </message>
    <message>
        <source>Folder for the QR Codes</source>
        <translation>Carpeta para los códigos QR</translation>
    </message>
    <message>
        <source>Writing QR codes…</source>
        <translation>Escribiendo los códigos QR…</translation>
    </message>
    <message>
        <source>Save QR Code</source>
        <translation>Guardar código QR</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>Archivos %1 (*.%2)</translation>
    </message>
    <message>
        <source>Save Label Sheet</source>
        <translation>Guardar hoja de etiquetas</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the label sheet…</source>
        <translation>Escribiendo la hoja de etiquetas…</translation>
    </message>
    <message>
        <source>Print QR Labels</source>
        <translation>Imprimir etiquetas QR</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::QrStyleForm</name>
    <message>
        <source>Choose a Logo</source>
        <translation>Elegir un logotipo</translation>
    </message>
    <message>
        <source>Images (*.png *.svg *.jpg *.jpeg)</source>
        <translation>Imágenes (*.png *.svg *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>“%1” is not a colour: use #rrggbb, a name such as black, or cmyk(0,0,0,100).</source>
        <translation>«%1» no es un color: use #rrggbb, un nombre como black, o cmyk(0,0,0,100).</translation>
    </message>
    <message>
        <source>Choose a colour</source>
        <translation>Elija un color</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::RedirectRulesDialog</name>
    <message>
        <source>Condition</source>
        <translation>Condición</translation>
    </message>
    <message>
        <source>Language code, e.g. en or de-CH</source>
        <translation>Código de idioma, p. ej. es o es-MX</translation>
    </message>
    <message>
        <source>Name, e.g. ref</source>
        <translation>Nombre, p. ej. ref</translation>
    </message>
    <message>
        <source>Value, e.g. news</source>
        <translation>Valor, p. ej. news</translation>
    </message>
    <message>
        <source>Parameter name</source>
        <translation>Nombre del parámetro</translation>
    </message>
    <message>
        <source>192.0.2.10, 192.168.0.0/16 or 10.0.*.*</source>
        <translation>192.0.2.10, 192.168.0.0/16 o 10.0.*.*</translation>
    </message>
    <message>
        <source>Country code, e.g. DE</source>
        <translation>Código de país, p. ej. ES</translation>
    </message>
    <message>
        <source>City, e.g. Berlin</source>
        <translation>Ciudad, p. ej. Madrid</translation>
    </message>
    <message>
        <source>In your computer&apos;s time zone</source>
        <translation>En la zona horaria de su equipo</translation>
    </message>
    <message>
        <source>Remove this condition</source>
        <translation>Quitar esta condición</translation>
    </message>
    <message>
        <source>Remove condition</source>
        <translation>Quitar condición</translation>
    </message>
    <message>
        <source>Redirect Rules of %1</source>
        <translation>Reglas de redirección de %1</translation>
    </message>
    <message>
        <source>Loading the rules…</source>
        <translation>Cargando las reglas…</translation>
    </message>
    <message>
        <source>Send some visitors of %1 somewhere else than %2. The rules are tried from the top; the first whose conditions all match decides, and everyone else goes to the link&apos;s own destination.</source>
        <translation>Enviar a algunos visitantes de %1 a otro sitio que no sea %2. Las reglas se prueban de arriba abajo; decide la primera cuyas condiciones se cumplen todas, y los demás van al destino propio del enlace.</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Reglas</translation>
    </message>
    <message>
        <source>&amp;Add Rule</source>
        <translation>&amp;Añadir regla</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Move up: try this rule earlier</source>
        <translation>Subir: probar esta regla antes</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move down: try this rule later</source>
        <translation>Bajar: probar esta regla después</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Selected rule</source>
        <translation>Regla seleccionada</translation>
    </message>
    <message>
        <source>https://example.com/for-these-visitors</source>
        <translation>https://example.com/para-estos-visitantes</translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation>&amp;Destino:</translation>
    </message>
    <message>
        <source>Visitors who meet all of these conditions:</source>
        <translation>Visitantes que cumplen todas estas condiciones:</translation>
    </message>
    <message>
        <source>Add &amp;Condition</source>
        <translation>Añadir &amp;condición</translation>
    </message>
    <message>
        <source>&amp;Save Rules</source>
        <translation>&amp;Guardar reglas</translation>
    </message>
    <message>
        <source>Rule %1</source>
        <translation>Regla %1</translation>
    </message>
    <message>
        <source>No rule selected</source>
        <translation>Ninguna regla seleccionada</translation>
    </message>
    <message>
        <source>(no condition yet)</source>
        <translation>(aún sin condición)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>(no destination yet)</source>
        <translation>(aún sin destino)</translation>
    </message>
    <message>
        <source>%1. %2 → %3</source>
        <translation>%1. %2 → %3</translation>
    </message>
    <message>
        <source>No rules: every visitor goes to %1.</source>
        <translation>Sin reglas: todos los visitantes van a %1.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Guardando…</translation>
    </message>
    <message>
        <source>Targeting Rules</source>
        <translation>Reglas de segmentación</translation>
    </message>
    <message>
        <source>Send some visitors of the new link somewhere else than %1. The rules are tried from the top; the first whose conditions all match decides, and everyone else goes to the link&apos;s own destination.</source>
        <translation>Enviar a algunos visitantes del enlace nuevo a otro sitio que no sea %1. Las reglas se prueban de arriba abajo; decide la primera cuyas condiciones se cumplen todas, y los demás van al destino propio del enlace.</translation>
    </message>
    <message>
        <source>Send some visitors of the new link to addresses of their own. The rules are tried from the top and come before the A/B split: the first rule whose conditions all match decides, and only the visitors no rule matches are shared by the split (%1).</source>
        <translation>Enviar a algunos visitantes del nuevo enlace a direcciones propias. Las reglas se prueban de arriba abajo y van antes de la división A/B: decide la primera regla cuyas condiciones se cumplen todas, y la división solo reparte a los visitantes que no coinciden con ninguna regla (%1).</translation>
    </message>
    <message>
        <source>Send some visitors of %1 to addresses of their own. The rules are tried from the top and come before the A/B split: the first rule whose conditions all match decides, and only the visitors no rule matches are shared by the split (%2).</source>
        <translation>Enviar a algunos visitantes de %1 a direcciones propias. Las reglas se prueban de arriba abajo y van antes de la división A/B: decide la primera regla cuyas condiciones se cumplen todas, y la división solo reparte a los visitantes que no coinciden con ninguna regla (%2).</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>No rules: the A/B split shares every visitor (%1).</source>
        <translation>Sin reglas: la división A/B reparte a todos los visitantes (%1).</translation>
    </message>
    <message>
        <source>Unsaved Rules</source>
        <translation>Reglas sin guardar</translation>
    </message>
    <message>
        <source>The redirect rules have changes that are not saved. Save them?</source>
        <translation>Las reglas de redirección tienen cambios sin guardar. ¿Guardarlos?</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::RulesSection</name>
    <message>
        <source>Targeting rules</source>
        <translation>Reglas de segmentación</translation>
    </message>
    <message>
        <source>Send some visitors elsewhere: phones to an app store, Germans to the German page, …</source>
        <translation>Enviar a algunos visitantes a otro sitio: los teléfonos a una tienda de aplicaciones, los germanohablantes a la página en alemán, …</translation>
    </message>
    <message>
        <source>Edit R&amp;ules…</source>
        <translation>Editar re&amp;glas…</translation>
    </message>
    <message>
        <source>Try a visitor:</source>
        <translation>Probar un visitante:</translation>
    </message>
    <message>
        <source>The visitor&apos;s device</source>
        <translation>El dispositivo del visitante</translation>
    </message>
    <message>
        <source>any device</source>
        <translation>cualquier dispositivo</translation>
    </message>
    <message>
        <source>iPhone</source>
        <translation>iPhone</translation>
    </message>
    <message>
        <source>Android phone</source>
        <translation>Teléfono Android</translation>
    </message>
    <message>
        <source>Windows PC</source>
        <translation>PC con Windows</translation>
    </message>
    <message>
        <source>Mac</source>
        <translation>Mac</translation>
    </message>
    <message>
        <source>Linux PC</source>
        <translation>PC con Linux</translation>
    </message>
    <message>
        <source>The visitor&apos;s language</source>
        <translation>El idioma del visitante</translation>
    </message>
    <message>
        <source>any language</source>
        <translation>cualquier idioma</translation>
    </message>
    <message>
        <source>The visitor&apos;s country</source>
        <translation>El país del visitante</translation>
    </message>
    <message>
        <source>any country</source>
        <translation>cualquier país</translation>
    </message>
    <message>
        <source>The rules could not be read: %1</source>
        <translation>No se pudieron leer las reglas: %1</translation>
    </message>
    <message>
        <source>Reading the rules…</source>
        <translation>Leyendo las reglas…</translation>
    </message>
    <message>
        <source>No rules: every visitor goes to the destination.</source>
        <translation>Sin reglas: todos los visitantes van al destino.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>No rules: the A/B split shares every visitor.</source>
        <translation>Sin reglas: la división A/B reparte a todos los visitantes.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::Sidebar</name>
    <message>
        <source>Accounts and saved filters</source>
        <translation>Cuentas y filtros guardados</translation>
    </message>
    <message>
        <source>All links</source>
        <translation>Todos los enlaces</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Cuentas</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campañas</translation>
    </message>
    <message numerus="yes">
        <source>%Ln link(s)</source>
        <translation>
            <numerusform>%Ln enlace</numerusform>
            <numerusform>%Ln enlaces</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::SplitEditor</name>
    <message>
        <source>Share the visitors between this destination and others, to see which page works best. Each visitor keeps the destination they first got.</source>
        <translation>Repartir los visitantes entre este destino y otros para ver qué página funciona mejor. Cada visitante conserva el destino que recibió la primera vez.</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation>Visitantes</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>the destination above</source>
        <translation>el destino de arriba</translation>
    </message>
    <message>
        <source>https://…</source>
        <translation>https://…</translation>
    </message>
    <message>
        <source>Destination %1</source>
        <translation>Destino %1</translation>
    </message>
    <message>
        <source>Share of visitors for destination %1</source>
        <translation>Parte de visitantes para el destino %1</translation>
    </message>
    <message>
        <source>Remove destination %1</source>
        <translation>Quitar el destino %1</translation>
    </message>
    <message>
        <source>A/&amp;B split</source>
        <translation>Reparto A/&amp;B</translation>
    </message>
    <message>
        <source>Add ne&amp;w destination</source>
        <translation>&amp;Añadir otro destino</translation>
    </message>
    <message>
        <source>Share evenl&amp;y</source>
        <translation>Repartir a partes igua&amp;les</translation>
    </message>
    <message>
        <source>Together: %1</source>
        <translation>En total: %1</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::StatsChart</name>
    <message numerus="yes">
        <source>%1, %2: %Ln click(s)</source>
        <translation>
            <numerusform>%1, %2: %Ln clic</numerusform>
            <numerusform>%1, %2: %Ln clics</numerusform>
        </translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Clics</translation>
    </message>
    <message>
        <source>The file cannot be written.</source>
        <translation>No se puede escribir el archivo.</translation>
    </message>
    <message>
        <source>Choose a file name ending in .png, .svg or .pdf.</source>
        <translation>Elija un nombre de archivo que termine en .png, .svg o .pdf.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::StatsDialog</name>
    <message>
        <source>Statistics: %1</source>
        <translation>Estadísticas: %1</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 días</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Últimos 90 días</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Este mes</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Personalizado</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Horas</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation>Semanas</translation>
    </message>
    <message>
        <source>Months</source>
        <translation>Meses</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Líneas</translation>
    </message>
    <message>
        <source>Bars</source>
        <translation>Barras</translation>
    </message>
    <message>
        <source>All together</source>
        <translation>Todo junto</translation>
    </message>
    <message>
        <source>By link</source>
        <translation>Por enlace</translation>
    </message>
    <message>
        <source>By account</source>
        <translation>Por cuenta</translation>
    </message>
    <message>
        <source>Include bots</source>
        <translation>Incluir bots</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Fetch the figures of Bitly and Shlink links again</source>
        <translation>Volver a obtener las cifras de los enlaces de Bitly y Shlink</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xportar</translation>
    </message>
    <message>
        <source>Chart as PNG Image…</source>
        <translation>Gráfico como imagen PNG…</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imágenes PNG (*.png)</translation>
    </message>
    <message>
        <source>Chart as SVG Drawing…</source>
        <translation>Gráfico como dibujo SVG…</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>Dibujos SVG (*.svg)</translation>
    </message>
    <message>
        <source>Chart as PDF…</source>
        <translation>Gráfico como PDF…</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Report as PDF…</source>
        <translation>Informe como PDF…</translation>
    </message>
    <message>
        <source>Data as CSV…</source>
        <translation>Datos como CSV…</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Periodo:</translation>
    </message>
    <message>
        <source>Per:</source>
        <translation>Por:</translation>
    </message>
    <message>
        <source>Show &amp;All Clicks</source>
        <translation>Mostrar &amp;todos los clics</translation>
    </message>
    <message>
        <source>%1 report.pdf</source>
        <translation>informe %1.pdf</translation>
    </message>
    <message>
        <source>%1 clicks.%2</source>
        <translation>clics %1.%2</translation>
    </message>
    <message>
        <source>Export Statistics</source>
        <translation>Exportar estadísticas</translation>
    </message>
    <message>
        <source>Saved “%1” in %2.</source>
        <translation>«%1» guardado en %2.</translation>
    </message>
    <message>
        <source>Could not save “%1”: %2</source>
        <translation>No se pudo guardar «%1»: %2</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>Only the clicks of %1: %2</source>
        <translation>Solo los clics de %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>(+%Ln bot(s), not counted)</source>
        <translation>
            <numerusform>(+%Ln bot, sin contar)</numerusform>
            <numerusform>(+%Ln bots, sin contar)</numerusform>
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
        <translation>Clics de personas y visitas de bots juntos.</translation>
    </message>
    <message>
        <source>By variant</source>
        <translation>Por variante</translation>
    </message>
    <message>
        <source> (%1 against the period before)</source>
        <translation> (%1 respecto al periodo anterior)</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::StatsReport</name>
    <message>
        <source>No clicks</source>
        <translation>Sin clics</translation>
    </message>
    <message>
        <source>Top links</source>
        <translation>Enlaces principales</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Países</translation>
    </message>
    <message>
        <source>Referrers</source>
        <translation>Sitios de referencia</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Dispositivos</translation>
    </message>
    <message>
        <source>Browsers</source>
        <translation>Navegadores</translation>
    </message>
    <message>
        <source>Operating systems</source>
        <translation>Sistemas operativos</translation>
    </message>
    <message>
        <source>Made with Linkdeck on %1.</source>
        <translation>Creado con Linkdeck el %1.</translation>
    </message>
    <message>
        <source>The file cannot be written.</source>
        <translation>No se puede escribir el archivo.</translation>
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
        <translation>Porcentaje</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Enlace</translation>
    </message>
    <message>
        <source>Double-click a link to open it</source>
        <translation>Haga doble clic en un enlace para abrirlo</translation>
    </message>
    <message>
        <source>Top links</source>
        <translation>Enlaces principales</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Países</translation>
    </message>
    <message>
        <source>Referrer</source>
        <translation>Sitio de referencia</translation>
    </message>
    <message>
        <source>Referrers</source>
        <translation>Sitios de referencia</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Dispositivo</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Dispositivos</translation>
    </message>
    <message>
        <source>Browser</source>
        <translation>Navegador</translation>
    </message>
    <message>
        <source>Browsers</source>
        <translation>Navegadores</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Sistema operativo</translation>
    </message>
    <message>
        <source>Systems</source>
        <translation>Sistemas</translation>
    </message>
    <message>
        <source>Click a row to see its clicks alone in the chart</source>
        <translation>Haga clic en una fila para ver solo sus clics en el gráfico</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>Directo</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconocido</translation>
    </message>
    <message>
        <source>Desktop</source>
        <comment>device kind</comment>
        <translation>Ordenador</translation>
    </message>
    <message>
        <source>Mobile</source>
        <comment>device kind</comment>
        <translation>Móvil</translation>
    </message>
    <message>
        <source>Tablet</source>
        <comment>device kind</comment>
        <translation>Tableta</translation>
    </message>
    <message>
        <source>Bot</source>
        <comment>device kind</comment>
        <translation>Bot</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>device kind</comment>
        <translation>Otro</translation>
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
        <translation>Reparto A/B</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Share set</source>
        <translation>Parte fijada</translation>
    </message>
    <message>
        <source>No clicks in this period.</source>
        <translation>No hay clics en este periodo.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::SyncStatus</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Stop synchronising; the links fetched so far are kept</source>
        <translation>Detener la sincronización; se conservan los enlaces obtenidos hasta ahora</translation>
    </message>
    <message>
        <source>Synchronising…</source>
        <translation>Sincronizando…</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln link(s)</source>
        <translation>
            <numerusform>%1: %Ln enlace</numerusform>
            <numerusform>%1: %Ln enlaces</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Accounts are up to date.</source>
        <translation>Las cuentas están al día.</translation>
    </message>
    <message>
        <source>Showing the links saved on this computer: %1 could not be synchronised.</source>
        <translation>Se muestran los enlaces guardados en este equipo: no se pudo sincronizar %1.</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n change(s) made offline.</source>
        <translation>
            <numerusform>Enviado %n cambio hecho sin conexión.</numerusform>
            <numerusform>Enviados %n cambios hechos sin conexión.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some Changes Were Refused</source>
        <translation>Se rechazaron algunos cambios</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made offline were refused by the service. They are marked “not sent” in the table: edit or delete them.</source>
        <translation>
            <numerusform>El servicio rechazó %n cambio hecho sin conexión. Está marcado como «no enviado» en la tabla: edítelo o elimínelo.</numerusform>
            <numerusform>El servicio rechazó %n cambios hechos sin conexión. Están marcados como «no enviado» en la tabla: edítelos o elimínelos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::TransferDialog</name>
    <message numerus="yes">
        <source>Move %n Link(s) to Another Account</source>
        <translation>
            <numerusform>Mover %n enlace a otra cuenta</numerusform>
            <numerusform>Mover %n enlaces a otra cuenta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copy %n Link(s) to Another Account</source>
        <translation>
            <numerusform>Copiar %n enlace a otra cuenta</numerusform>
            <numerusform>Copiar %n enlaces a otra cuenta</numerusform>
        </translation>
    </message>
    <message>
        <source>Each link is made on the account you choose; then the old link sends its visitors to the new one where its service allows it. No link is deleted.</source>
        <translation>Cada enlace se crea en la cuenta que elija; después, el enlace antiguo envía sus visitantes al nuevo donde su servicio lo permita. No se elimina ningún enlace.</translation>
    </message>
    <message>
        <source>Each link is made on the account you choose; the old links stay as they are.</source>
        <translation>Cada enlace se crea en la cuenta que elija; los enlaces antiguos se quedan como están.</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;A:</translation>
    </message>
    <message>
        <source>Skip the link</source>
        <translation>Omitir el enlace</translation>
    </message>
    <message>
        <source>Use the next free back-half</source>
        <translation>Usar el siguiente sufijo libre</translation>
    </message>
    <message>
        <source>When the back-half is &amp;taken there:</source>
        <translation>Cuando el sufijo está &amp;ocupado allí:</translation>
    </message>
    <message>
        <source>Old and new short links</source>
        <translation>Enlaces cortos antiguos y nuevos</translation>
    </message>
    <message>
        <source>Old short link</source>
        <translation>Enlace corto antiguo</translation>
    </message>
    <message>
        <source>New short link</source>
        <translation>Enlace corto nuevo</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation>&amp;Mover</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copiar</translation>
    </message>
    <message>
        <source>Save &amp;Mapping…</source>
        <translation>Guardar co&amp;rrespondencias…</translation>
    </message>
    <message>
        <source>A table of each old short link and its new one, for the print team</source>
        <translation>Una tabla con cada enlace corto antiguo y su nuevo, para el equipo de impresión</translation>
    </message>
    <message>
        <source>Add another account first (File &gt; Accounts…).</source>
        <translation>Añada primero otra cuenta (Archivo &gt; Cuentas…).</translation>
    </message>
    <message>
        <source>Save Mapping</source>
        <translation>Guardar correspondencias</translation>
    </message>
    <message>
        <source>link mapping.csv</source>
        <translation>correspondencia de enlaces.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Moving…</source>
        <translation>Moviendo…</translation>
    </message>
    <message>
        <source>Copying…</source>
        <translation>Copiando…</translation>
    </message>
    <message>
        <source>The old link now goes to the new one.</source>
        <translation>El enlace antiguo lleva ahora al nuevo.</translation>
    </message>
    <message>
        <source>Mapping saved in %1.</source>
        <translation>Correspondencias guardadas en %1.</translation>
    </message>
    <message>
        <source>Could not save the mapping: %1</source>
        <translation>No se pudieron guardar las correspondencias: %1</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::WelcomePage</name>
    <message>
        <source>Welcome to Linkdeck</source>
        <translation>Le damos la bienvenida a Linkdeck</translation>
    </message>
    <message>
        <source>You have no links yet. Start with one of these two steps.</source>
        <translation>Aún no tiene enlaces. Empiece con uno de estos dos pasos.</translation>
    </message>
    <message>
        <source>Create your first link</source>
        <translation>Cree su primer enlace</translation>
    </message>
    <message>
        <source>A short link on this computer, served by Linkdeck&apos;s own link server: ready to test, share or print as a QR code.</source>
        <translation>Un enlace corto en este equipo, servido por el propio servidor de enlaces de Linkdeck: listo para probar, compartir o imprimir como código QR.</translation>
    </message>
    <message>
        <source>Connect Bitly, Rebrandly, Shlink…</source>
        <translation>Conectar Bitly, Rebrandly, Shlink…</translation>
    </message>
    <message>
        <source>Add the account you already use (Bitly, Rebrandly, Shlink or Cuttly) with its API token: its links appear here.</source>
        <translation>Añada la cuenta que ya usa (Bitly, Rebrandly, Shlink o Cuttly) con su token de API: sus enlaces aparecerán aquí.</translation>
    </message>
    <message>
        <source>Getting Started</source>
        <translation>Primeros pasos</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::WithProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>Linkdeck::InstanceLock</name>
    <message>
        <source>Linkdeck is already open with these links. Switch to its window: a second Linkdeck cannot run the link server for the same links.</source>
        <translation>Linkdeck ya está abierto con estos enlaces. Cambie a su ventana: un segundo Linkdeck no puede ejecutar el servidor de enlaces para los mismos enlaces.</translation>
    </message>
    <message>
        <source>Linkdeck cannot write to its data folder.</source>
        <translation>Linkdeck no puede escribir en su carpeta de datos.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::KeychainSecretStore</name>
    <message>
        <source>No token is stored for this account.</source>
        <translation>No hay ningún token guardado para esta cuenta.</translation>
    </message>
    <message>
        <source>The keychain refused access to the token.</source>
        <translation>El llavero denegó el acceso al token.</translation>
    </message>
    <message>
        <source>This computer has no usable keychain (such as GNOME Keyring or KWallet), so the token cannot be stored safely.</source>
        <translation>Este equipo no tiene un llavero utilizable (como GNOME Keyring o KWallet), así que el token no se puede guardar de forma segura.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::LinkLimits</name>
    <message>
        <source>The link would end before it starts: choose an end later than the start.</source>
        <translation>El enlace terminaría antes de empezar: elija un final posterior al inicio.</translation>
    </message>
    <message>
        <source>The click limit must be at least 1 click.</source>
        <translation>El límite de clics debe ser de al menos 1 clic.</translation>
    </message>
    <message>
        <source>The address for visitors after the end is only used by a link that ends: set an end, a start or a click limit, or leave that address empty.</source>
        <translation>La dirección para los visitantes tras el final solo la usa un enlace que termina: ponga un final, un inicio o un límite de clics, o deje esa dirección vacía.</translation>
    </message>
    <message>
        <source>The address for visitors after the end cannot be used: %1</source>
        <translation>No se puede usar la dirección para los visitantes tras el final: %1</translation>
    </message>
</context>
<context>
    <name>Linkdeck::LinkPassword</name>
    <message>
        <source>The password is empty: type one, or remove the protection.</source>
        <translation>La contraseña está vacía: escriba una o quite la protección.</translation>
    </message>
    <message>
        <source>A password cannot contain a line break.</source>
        <translation>Una contraseña no puede contener saltos de línea.</translation>
    </message>
    <message>
        <source>The password is too long: at most %1 characters.</source>
        <translation>La contraseña es demasiado larga: como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>The password could not be protected: the computer is short of memory.</source>
        <translation>No se pudo proteger la contraseña: el equipo tiene poca memoria.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::LinkPreview</name>
    <message>
        <source>The preview title is too long: at most %1 characters.</source>
        <translation>El título de la vista previa es demasiado largo: como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>The preview description is too long: at most %1 characters.</source>
        <translation>La descripción de la vista previa es demasiado larga: como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>A preview needs a title: link previews show nothing without one.</source>
        <translation>Una vista previa necesita un título: sin él, las vistas previas no muestran nada.</translation>
    </message>
    <message>
        <source>The preview image&apos;s address cannot be used: %1</source>
        <translation>No se puede usar la dirección de la imagen de vista previa: %1</translation>
    </message>
</context>
<context>
    <name>Linkdeck::LinkProvider</name>
    <message>
        <source>This service gives no breakdown of clicks.</source>
        <translation>Este servicio no ofrece ningún desglose de clics.</translation>
    </message>
    <message>
        <source>This service cannot send visitors to different addresses; redirect rules need a Shlink server or this computer.</source>
        <translation>Este servicio no puede enviar a los visitantes a distintas direcciones; las reglas de redirección necesitan un servidor Shlink o este equipo.</translation>
    </message>
    <message>
        <source>This service cannot protect a link by a password; only links on this computer can.</source>
        <translation>Este servicio no puede proteger un enlace con contraseña; solo pueden los enlaces de este equipo.</translation>
    </message>
    <message>
        <source>This service cannot look up a single link.</source>
        <translation>Este servicio no puede consultar un único enlace.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::LinkRepository</name>
    <message>
        <source>Could not save the link&apos;s tags.</source>
        <translation>No se pudieron guardar las etiquetas del enlace.</translation>
    </message>
    <message>
        <source>The back-half “%1” is already used on %2. Choose another one.</source>
        <translation>El sufijo «%1» ya se usa en %2. Elija otro.</translation>
    </message>
    <message>
        <source>Could not save the link.</source>
        <translation>No se pudo guardar el enlace.</translation>
    </message>
    <message>
        <source>Could not save the link&apos;s password.</source>
        <translation>No se pudo guardar la contraseña del enlace.</translation>
    </message>
    <message>
        <source>The link no longer exists; it may have been deleted.</source>
        <translation>El enlace ya no existe; puede que se haya eliminado.</translation>
    </message>
    <message>
        <source>Could not change the address of the links.</source>
        <translation>No se pudo cambiar la dirección de los enlaces.</translation>
    </message>
    <message>
        <source>The back-halves %1 are already used on %2, so the links cannot move there. Nothing was changed.</source>
        <translation>Los sufijos %1 ya se usan en %2, así que los enlaces no se pueden mover allí. No se cambió nada.</translation>
    </message>
    <message>
        <source>Could not save the links of the account.</source>
        <translation>No se pudieron guardar los enlaces de la cuenta.</translation>
    </message>
    <message>
        <source>Could not update the links of the account.</source>
        <translation>No se pudieron actualizar los enlaces de la cuenta.</translation>
    </message>
    <message>
        <source>Could not delete the link.</source>
        <translation>No se pudo eliminar el enlace.</translation>
    </message>
    <message>
        <source>The link no longer exists; it may have been deleted already.</source>
        <translation>El enlace ya no existe; puede que ya se haya eliminado.</translation>
    </message>
    <message>
        <source>There is no tag “%1”.</source>
        <translation>No existe la etiqueta «%1».</translation>
    </message>
    <message>
        <source>There is already a tag “%1”.</source>
        <translation>Ya existe una etiqueta «%1».</translation>
    </message>
    <message>
        <source>Could not rename the tag.</source>
        <translation>No se pudo cambiar el nombre de la etiqueta.</translation>
    </message>
    <message>
        <source>Could not delete the tags.</source>
        <translation>No se pudieron eliminar las etiquetas.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::LinkSelection</name>
    <message>
        <source>Not sent: %1</source>
        <translation>No enviado: %1</translation>
    </message>
    <message>
        <source>the service refused it.</source>
        <translation>el servicio lo rechazó.</translation>
    </message>
    <message>
        <source>Waiting to be sent to %1 when it can be reached.</source>
        <translation>Pendiente de enviar a %1 cuando esté disponible.</translation>
    </message>
    <message>
        <source>Last try: %1</source>
        <translation>Último intento: %1</translation>
    </message>
    <message>
        <source>Send visitors to other addresses by device, language, country, date and more</source>
        <translation>Enviar a los visitantes a otras direcciones según dispositivo, idioma, país, fecha y más</translation>
    </message>
    <message>
        <source>%1 cannot send visitors to different addresses. Redirect rules need a Shlink account or this computer.</source>
        <translation>%1 no puede enviar a los visitantes a distintas direcciones. Las reglas de redirección necesitan una cuenta de Shlink o este equipo.</translation>
    </message>
    <message>
        <source>This link is waiting to be created on %1; its redirect rules can be set once it is there.</source>
        <translation>Este enlace está pendiente de crearse en %1; sus reglas de redirección se podrán definir cuando esté allí.</translation>
    </message>
    <message>
        <source>Select one link to edit its redirect rules.</source>
        <translation>Seleccione un solo enlace para editar sus reglas de redirección.</translation>
    </message>
    <message>
        <source>Add another account first (File &gt; Accounts…): the links are copied or moved to it.</source>
        <translation>Añada primero otra cuenta (Archivo &gt; Cuentas…): los enlaces se copian o mueven a ella.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::LinkSplit</name>
    <message>
        <source>A split needs at least two destinations.</source>
        <translation>Un reparto necesita al menos dos destinos.</translation>
    </message>
    <message>
        <source>A split can have at most %1 destinations.</source>
        <translation>Un reparto puede tener como máximo %1 destinos.</translation>
    </message>
    <message>
        <source>Give destination %1 a share between 1% and 99% of the visitors.</source>
        <translation>Dé al destino %1 una parte de entre el 1% y el 99% de los visitantes.</translation>
    </message>
    <message>
        <source>Enter an address for destination %1 of the split.</source>
        <translation>Introduzca una dirección para el destino %1 del reparto.</translation>
    </message>
    <message>
        <source>Destination %1 of the split cannot be used: %2</source>
        <translation>No se puede usar el destino %1 del reparto: %2</translation>
    </message>
    <message>
        <source>The shares of the split must add up to 100% (now %1%).</source>
        <translation>Las partes del reparto deben sumar el 100% (ahora %1%).</translation>
    </message>
</context>
<context>
    <name>Linkdeck::LinkTableModel</name>
    <message>
        <source>Made while the service could not be reached. Linkdeck sends it when the network is back.</source>
        <translation>Creado mientras no se podía acceder al servicio. Linkdeck lo envía cuando vuelva la red.</translation>
    </message>
    <message>
        <source>The service refused this change. Edit the link to try again, or delete it.</source>
        <translation>El servicio rechazó este cambio. Edite el enlace para volver a intentarlo, o elimínelo.</translation>
    </message>
    <message>
        <source>%1 (waiting to be sent)</source>
        <translation>%1 (pendiente de envío)</translation>
    </message>
    <message>
        <source>%1 (changes waiting to be sent)</source>
        <translation>%1 (cambios pendientes de envío)</translation>
    </message>
    <message>
        <source>%1 (deletion waiting to be sent)</source>
        <translation>%1 (eliminación pendiente de envío)</translation>
    </message>
    <message>
        <source>%1 (not sent)</source>
        <translation>%1 (no enviado)</translation>
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
            <numerusform>%Ln clic de personas.</numerusform>
            <numerusform>%Ln clics de personas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln visit(s) by bots (link previews, crawlers), not counted.</source>
        <translation>
            <numerusform>%Ln visita de bots (vistas previas, rastreadores), sin contar.</numerusform>
            <numerusform>%Ln visitas de bots (vistas previas, rastreadores), sin contar.</numerusform>
        </translation>
    </message>
    <message>
        <source>Clicks by people since the link was made, as the statistics count them. Visits by bots (link previews, crawlers) are not counted; where there were some, they are shown apart: “41 (+1 bot)”.</source>
        <translation>Clics de personas desde que se creó el enlace, tal como los cuentan las estadísticas. Las visitas de bots (vistas previas, rastreadores) no se cuentan; si las hubo, se muestran aparte: «41 (+1 bot)».</translation>
    </message>
    <message>
        <source>Short link</source>
        <translation>Enlace corto</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campaña</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Clics</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Creado</translation>
    </message>
</context>
<context>
    <name>Linkdeck::LocalAddress</name>
    <message>
        <source>Enter the public address as https://go.example.com, or leave it empty.</source>
        <translation>Introduzca la dirección pública como https://go.example.com, o déjela vacía.</translation>
    </message>
    <message>
        <source>A public address is a domain only, such as https://go.example.com, with no path after it.</source>
        <translation>Una dirección pública es solo un dominio, como https://go.example.com, sin ruta detrás.</translation>
    </message>
    <message>
        <source>The account of this computer&apos;s links is missing.</source>
        <translation>Falta la cuenta de los enlaces de este equipo.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::LocalProvider</name>
    <message>
        <source>This link no longer exists; it may have been deleted.</source>
        <translation>Este enlace ya no existe; puede que se haya eliminado.</translation>
    </message>
    <message>
        <source>Could not read the click statistics.</source>
        <translation>No se pudieron leer las estadísticas de clics.</translation>
    </message>
    <message>
        <source>Could not read the redirect rules.</source>
        <translation>No se pudieron leer las reglas de redirección.</translation>
    </message>
    <message>
        <source>Could not save the redirect rules.</source>
        <translation>No se pudieron guardar las reglas de redirección.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::LocalServerController</name>
    <message>
        <source>The link server (linkdeck-server) is not installed next to Linkdeck.</source>
        <translation>El servidor de enlaces (linkdeck-server) no está instalado junto a Linkdeck.</translation>
    </message>
    <message>
        <source>The link server could not be started: %1</source>
        <translation>No se pudo iniciar el servidor de enlaces: %1</translation>
    </message>
    <message>
        <source>Port %1 is already used by another program. Choose another port in Preferences.</source>
        <translation>El puerto %1 ya lo usa otro programa. Elija otro puerto en Preferencias.</translation>
    </message>
    <message>
        <source>Another Linkdeck link server already uses these links (is Linkdeck open twice?). Close the other one, then start the server here.</source>
        <translation>Otro servidor de enlaces de Linkdeck ya usa estos enlaces (¿está Linkdeck abierto dos veces?). Cierre el otro y después inicie aquí el servidor.</translation>
    </message>
    <message>
        <source>The link server stopped unexpectedly: %1</source>
        <translation>El servidor de enlaces se detuvo de forma inesperada: %1</translation>
    </message>
</context>
<context>
    <name>Linkdeck::MemorySecretStore</name>
    <message>
        <source>No token is stored for this account.</source>
        <translation>No hay ningún token guardado para esta cuenta.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Print::LabelSheet</name>
    <message>
        <source>Label %1 (“%2”): %3</source>
        <translation>Etiqueta %1 («%2»): %3</translation>
    </message>
    <message>
        <source>There are no labels to print.</source>
        <translation>No hay etiquetas que imprimir.</translation>
    </message>
    <message>
        <source>The labels would be smaller than 5 mm: use fewer rows or columns, or smaller margins.</source>
        <translation>Las etiquetas medirían menos de 5 mm: use menos filas o columnas, o márgenes más pequeños.</translation>
    </message>
    <message>
        <source>Could not start printing the labels.</source>
        <translation>No se pudo iniciar la impresión de las etiquetas.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>No se pudo escribir «%1»: %2</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Print::QrBatch</name>
    <message>
        <source>Could not create the folder “%1”.</source>
        <translation>No se pudo crear la carpeta «%1».</translation>
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
        <translation>Un código con logotipo necesita la corrección de errores H; se usará.</translation>
    </message>
    <message>
        <source>The logo “%1” cannot be read as a PNG, JPEG or SVG image.</source>
        <translation>El logotipo «%1» no se puede leer como imagen PNG, JPEG o SVG.</translation>
    </message>
    <message numerus="yes">
        <source>The quiet zone is %n module(s) wide; scanners expect 4. Leave a margin around the printed code.</source>
        <translation>
            <numerusform>La zona de silencio mide %n módulo de ancho; los lectores esperan 4. Deje un margen alrededor del código impreso.</numerusform>
            <numerusform>La zona de silencio mide %n módulos de ancho; los lectores esperan 4. Deje un margen alrededor del código impreso.</numerusform>
        </translation>
    </message>
    <message>
        <source>Each module prints %1 mm wide; below about 0.3 mm many printers and phones fail. Make the code larger.</source>
        <translation>Cada módulo se imprime con %1 mm de ancho; por debajo de unos 0,3 mm fallan muchas impresoras y teléfonos. Haga el código más grande.</translation>
    </message>
    <message>
        <source>The code is light on dark. Many phone cameras only read dark modules on a light background.</source>
        <translation>El código es claro sobre oscuro. Muchas cámaras de teléfono solo leen módulos oscuros sobre fondo claro.</translation>
    </message>
    <message>
        <source>The colours are too close (contrast %1:1); aim for at least 4.5:1, ideally dark on white.</source>
        <translation>Los colores se parecen demasiado (contraste %1:1); intente al menos 4,5:1, idealmente oscuro sobre blanco.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Print::QrPresets</name>
    <message>
        <source>Standard</source>
        <translation>Estándar</translation>
    </message>
    <message>
        <source>Brand print</source>
        <translation>Impresión de marca</translation>
    </message>
    <message>
        <source>Business card</source>
        <translation>Tarjeta de visita</translation>
    </message>
    <message>
        <source>Poster</source>
        <translation>Póster</translation>
    </message>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation>un número entero de %1 a %2</translation>
    </message>
    <message>
        <source>a number from %1 to %2</source>
        <translation>un número de %1 a %2</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>uno de %1</translation>
    </message>
    <message>
        <source>a colour such as #14213d or cmyk(0,0,0,100)</source>
        <translation>un color como #14213d o cmyk(0,0,0,100)</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true o false</translation>
    </message>
    <message>
        <source>“%1” in the preset should be %2, not “%3”.</source>
        <translation>«%1» en la plantilla debería ser %2, no «%3».</translation>
    </message>
    <message>
        <source>The preset is empty.</source>
        <translation>La plantilla está vacía.</translation>
    </message>
    <message>
        <source>The preset&apos;s version “%1” is not a format number.</source>
        <translation>La versión «%1» de la plantilla no es un número de formato.</translation>
    </message>
    <message>
        <source>The preset was saved by a newer Linkdeck (format %1; this one reads formats up to %2).</source>
        <translation>La plantilla se guardó con un Linkdeck más reciente (formato %1; este lee formatos hasta el %2).</translation>
    </message>
    <message>
        <source>“%1” in the preset should be 0 (size by width) or at least %2 mm.</source>
        <translation>«%1» en la plantilla debería ser 0 (tamaño por ancho) o al menos %2 mm.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Print::QrRenderer</name>
    <message>
        <source>The logo “%1” cannot be read as a PNG, JPEG or SVG image.</source>
        <translation>El logotipo «%1» no se puede leer como imagen PNG, JPEG o SVG.</translation>
    </message>
    <message>
        <source>Could not write “%1”.</source>
        <translation>No se pudo escribir «%1».</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>No se pudo escribir «%1»: %2</translation>
    </message>
</context>
<context>
    <name>Linkdeck::ProviderRegistry</name>
    <message>
        <source>A generic access token from Bitly&apos;s settings (Developer settings &gt; API).</source>
        <translation>Un token de acceso genérico de la configuración de Bitly (Developer settings &gt; API).</translation>
    </message>
    <message>
        <source>An API key from Rebrandly&apos;s account settings.</source>
        <translation>Una clave de API de la configuración de la cuenta de Rebrandly.</translation>
    </message>
    <message>
        <source>Shlink (or Linkdeck server)</source>
        <translation>Shlink (o servidor de Linkdeck)</translation>
    </message>
    <message>
        <source>An API key of the Shlink server (shlink api-key:generate).</source>
        <translation>Una clave de API del servidor Shlink (shlink api-key:generate).</translation>
    </message>
    <message>
        <source>The API key from Cuttly&apos;s Edit Account page.</source>
        <translation>La clave de API de la página Edit Account de Cuttly.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::ProviderStats</name>
    <message>
        <source>Could not keep the statistics for offline use.</source>
        <translation>No se pudieron conservar las estadísticas para usarlas sin conexión.</translation>
    </message>
    <message>
        <source>updated just now</source>
        <translation>actualizado ahora mismo</translation>
    </message>
    <message numerus="yes">
        <source>updated %n minute(s) ago</source>
        <translation>
            <numerusform>actualizado hace %n minuto</numerusform>
            <numerusform>actualizado hace %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>updated %n hour(s) ago</source>
        <translation>
            <numerusform>actualizado hace %n hora</numerusform>
            <numerusform>actualizado hace %n horas</numerusform>
        </translation>
    </message>
    <message>
        <source>updated on %1</source>
        <translation>actualizado el %1</translation>
    </message>
</context>
<context>
    <name>Linkdeck::QrCode</name>
    <message>
        <source>Enter the text or address the QR code should hold.</source>
        <translation>Introduzca el texto o la dirección que debe contener el código QR.</translation>
    </message>
    <message>
        <source>The text contains a NUL character, which a QR code cannot hold here.</source>
        <translation>El texto contiene un carácter NUL, que un código QR no puede contener aquí.</translation>
    </message>
    <message numerus="yes">
        <source>The text is too long for a QR code at this error correction level (%n byte(s)). Shorten it, or choose a lower level.</source>
        <translation>
            <numerusform>El texto es demasiado largo para un código QR con este nivel de corrección de errores (%n byte). Acórtelo o elija un nivel más bajo.</numerusform>
            <numerusform>El texto es demasiado largo para un código QR con este nivel de corrección de errores (%n bytes). Acórtelo o elija un nivel más bajo.</numerusform>
        </translation>
    </message>
    <message>
        <source>The QR code could not be made.</source>
        <translation>No se pudo crear el código QR.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::RebrandlyProvider</name>
    <message>
        <source>This back-half is already used on this Rebrandly domain. Choose another one.</source>
        <translation>Este sufijo ya se usa en este dominio de Rebrandly. Elija otro.</translation>
    </message>
    <message>
        <source>Rebrandly accepts back-halves of 1 to 40 letters, digits, “-” and “_”.</source>
        <translation>Rebrandly admite sufijos de 1 a 40 letras, números, «-» y «_».</translation>
    </message>
    <message>
        <source>Rebrandly refused the destination address. Check that it is a complete web address.</source>
        <translation>Rebrandly rechazó la dirección de destino. Compruebe que sea una dirección web completa.</translation>
    </message>
    <message>
        <source>Rebrandly needs a title of 3 to 255 characters, or none.</source>
        <translation>Rebrandly necesita un título de 3 a 255 caracteres, o ninguno.</translation>
    </message>
    <message>
        <source>This domain is not set up in your Rebrandly account.</source>
        <translation>Este dominio no está configurado en su cuenta de Rebrandly.</translation>
    </message>
    <message>
        <source>The Rebrandly token of “%1” has no access to the workspace “%2”.</source>
        <translation>El token de Rebrandly de «%1» no tiene acceso al espacio de trabajo «%2».</translation>
    </message>
    <message>
        <source>Rebrandly refused the link: %1</source>
        <translation>Rebrandly rechazó el enlace: %1</translation>
    </message>
    <message>
        <source>Rebrandly gives a link&apos;s total clicks only, not clicks over time.</source>
        <translation>Rebrandly solo da el total de clics de un enlace, no los clics en el tiempo.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::RemoteProvider</name>
    <message>
        <source>No API token is set for “%1”.</source>
        <translation>No hay token de API definido para «%1».</translation>
    </message>
    <message>
        <source>No API token is stored for “%1”. Enter it in Preferences &gt; Accounts.</source>
        <translation>No hay token de API guardado para «%1». Introdúzcalo en Preferencias &gt; Cuentas.</translation>
    </message>
    <message>
        <source>%1 sent a reply Linkdeck could not understand. Try again later.</source>
        <translation>%1 envió una respuesta que Linkdeck no entiende. Inténtelo de nuevo más tarde.</translation>
    </message>
    <message>
        <source>%1 did not answer in time. Check your connection and try again.</source>
        <translation>%1 no respondió a tiempo. Compruebe la conexión y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Could not reach %1. Check your internet connection.</source>
        <translation>No se pudo acceder a %1. Compruebe la conexión a Internet.</translation>
    </message>
    <message>
        <source>%1 did not accept the API token of “%2”. Check it in Preferences &gt; Accounts.</source>
        <translation>%1 no aceptó el token de API de «%2». Compruébelo en Preferencias &gt; Cuentas.</translation>
    </message>
    <message>
        <source>Your %1 plan does not include this.</source>
        <translation>Su plan de %1 no incluye esto.</translation>
    </message>
    <message>
        <source>%1 does not allow the account “%2” to do this.</source>
        <translation>%1 no permite que la cuenta «%2» haga esto.</translation>
    </message>
    <message>
        <source>%1 does not know this link; it may have been deleted there.</source>
        <translation>%1 no conoce este enlace; puede que se haya eliminado allí.</translation>
    </message>
    <message>
        <source>This back-half is already used on %1. Choose another one.</source>
        <translation>Este sufijo ya se usa en %1. Elija otro.</translation>
    </message>
    <message>
        <source>%1 is receiving too many requests from this account. Wait a minute and try again.</source>
        <translation>%1 está recibiendo demasiadas solicitudes de esta cuenta. Espere un minuto y vuelva a intentarlo.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is receiving too many requests from this account. Try again in %n second(s).</source>
        <translation>
            <numerusform>%1 está recibiendo demasiadas solicitudes de esta cuenta. Vuelva a intentarlo en %n segundo.</numerusform>
            <numerusform>%1 está recibiendo demasiadas solicitudes de esta cuenta. Vuelva a intentarlo en %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has a problem right now (error %2). Try again later.</source>
        <translation>%1 tiene un problema en este momento (error %2). Inténtelo de nuevo más tarde.</translation>
    </message>
    <message>
        <source>%1 refused the request (error %2).</source>
        <translation>%1 rechazó la solicitud (error %2).</translation>
    </message>
    <message>
        <source>%1 refused the link: %2</source>
        <translation>%1 rechazó el enlace: %2</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Se canceló la solicitud.</translation>
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
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Query parameter with value</source>
        <translation>Parámetro de URL con valor</translation>
    </message>
    <message>
        <source>Query parameter present</source>
        <translation>Parámetro de URL presente</translation>
    </message>
    <message>
        <source>Query parameter without value</source>
        <translation>Parámetro de URL sin valor</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>Dirección IP</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <source>Before a date</source>
        <translation>Antes de una fecha</translation>
    </message>
    <message>
        <source>After a date</source>
        <translation>Después de una fecha</translation>
    </message>
    <message>
        <source>Browser</source>
        <translation>Navegador</translation>
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
        <translation>Cualquier teléfono o tableta</translation>
    </message>
    <message>
        <source>Any computer</source>
        <translation>Cualquier ordenador</translation>
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
        <translation>Elija un dispositivo.</translation>
    </message>
    <message>
        <source>Choose a browser.</source>
        <translation>Elija un navegador.</translation>
    </message>
    <message>
        <source>Enter a language code such as en or de-CH.</source>
        <translation>Introduzca un código de idioma como es o es-MX.</translation>
    </message>
    <message>
        <source>Enter the name of the query parameter.</source>
        <translation>Introduzca el nombre del parámetro de URL.</translation>
    </message>
    <message>
        <source>Enter an IP address (192.0.2.10), a range (192.168.0.0/16) or a pattern (10.0.*.*).</source>
        <translation>Introduzca una dirección IP (192.0.2.10), un rango (192.168.0.0/16) o un patrón (10.0.*.*).</translation>
    </message>
    <message>
        <source>Enter a two-letter country code such as DE or US.</source>
        <translation>Introduzca un código de país de dos letras como ES o MX.</translation>
    </message>
    <message>
        <source>Enter the name of a city.</source>
        <translation>Introduzca el nombre de una ciudad.</translation>
    </message>
    <message>
        <source>Choose a date and time.</source>
        <translation>Elija una fecha y una hora.</translation>
    </message>
    <message>
        <source>This condition is not valid.</source>
        <translation>Esta condición no es válida.</translation>
    </message>
    <message>
        <source>Add at least one condition: who should go to this destination?</source>
        <translation>Añada al menos una condición: ¿quién debe ir a este destino?</translation>
    </message>
    <message>
        <source>Rule %1: %2</source>
        <translation>Regla %1: %2</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>on Android</source>
        <translation>en Android</translation>
    </message>
    <message>
        <source>on an iPhone or iPad</source>
        <translation>en un iPhone o iPad</translation>
    </message>
    <message>
        <source>on a phone or tablet</source>
        <translation>en un teléfono o tableta</translation>
    </message>
    <message>
        <source>on a computer</source>
        <translation>en un ordenador</translation>
    </message>
    <message>
        <source>on Windows</source>
        <translation>en Windows</translation>
    </message>
    <message>
        <source>on a Mac</source>
        <translation>en un Mac</translation>
    </message>
    <message>
        <source>on Linux</source>
        <translation>en Linux</translation>
    </message>
    <message>
        <source>on ChromeOS</source>
        <translation>en ChromeOS</translation>
    </message>
    <message>
        <source>on a device “%1”</source>
        <translation>en un dispositivo «%1»</translation>
    </message>
    <message>
        <source>whose browser asks for the language “%1”</source>
        <translation>cuyo navegador pide el idioma «%1»</translation>
    </message>
    <message>
        <source>whose browser asks for %1 (%2)</source>
        <translation>cuyo navegador pide %1 (%2)</translation>
    </message>
    <message>
        <source>whose link has ?%1=%2</source>
        <translation>cuyo enlace tiene ?%1=%2</translation>
    </message>
    <message>
        <source>whose link has the parameter “%1”</source>
        <translation>cuyo enlace tiene el parámetro «%1»</translation>
    </message>
    <message>
        <source>whose link has “%1” without a value</source>
        <translation>cuyo enlace tiene «%1» sin valor</translation>
    </message>
    <message>
        <source>from the address %1</source>
        <translation>desde la dirección %1</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>en %1</translation>
    </message>
    <message>
        <source>before %1</source>
        <translation>antes del %1</translation>
    </message>
    <message>
        <source>after %1</source>
        <translation>después del %1</translation>
    </message>
    <message>
        <source>using %1</source>
        <translation>con %1</translation>
    </message>
    <message>
        <source>using the browser “%1”</source>
        <translation>con el navegador «%1»</translation>
    </message>
    <message>
        <source>No visitor goes to %1 yet: add a condition.</source>
        <translation>Ningún visitante va aún a %1: añada una condición.</translation>
    </message>
    <message>
        <source>A visitor %1 goes to %2.</source>
        <translation>Un visitante %1 va a %2.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <source>No visitor is sent anywhere yet: add a condition and an address.</source>
        <translation>Todavía no se envía a ningún visitante: añada una condición y una dirección.</translation>
    </message>
    <message>
        <source>A visitor %1 goes to the address this rule is given.</source>
        <translation>Un visitante %1 va a la dirección que se dé a esta regla.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Rules::PreviewText</name>
    <message>
        <source>Goes to %1 (rule %2).</source>
        <translation>Va a %1 (regla %2).</translation>
    </message>
    <message>
        <source>No rule matches: the A/B split sends this visitor to one of %1.</source>
        <translation>Ninguna regla coincide: el reparto A/B envía a este visitante a uno de estos destinos: %1.</translation>
    </message>
    <message>
        <source>No rule matches: goes to the destination.</source>
        <translation>Ninguna regla coincide: va al destino.</translation>
    </message>
    <message>
        <source>No rule matches: goes to the destination, %1.</source>
        <translation>Ninguna regla coincide: va al destino, %1.</translation>
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
        <translation>Una regla se escribe CONDICIONES -&gt; DIRECCIÓN, como «device=ios -&gt; https://apps.apple.com/app/id1»; «%1» no tiene «-&gt;».</translation>
    </message>
    <message>
        <source>Unknown condition “%1”: use device, language, country, city, browser, ip, before, after (each as NAME=VALUE) or param:NAME=VALUE.</source>
        <translation>Condición desconocida «%1»: use device, language, country, city, browser, ip, before, after (cada una como NOMBRE=VALOR) o param:NOMBRE=VALOR.</translation>
    </message>
    <message>
        <source>%1 cannot send visitors elsewhere by device, language or country; links on this computer and on Shlink can.</source>
        <translation>%1 no puede enviar a los visitantes a otro sitio según dispositivo, idioma o país; pueden los enlaces de este equipo y los de Shlink.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Server::Pg::DbCopy</name>
    <message>
        <source>Nothing was copied: the PostgreSQL database is as it was.</source>
        <translation>No se copió nada: la base de datos PostgreSQL está como estaba.</translation>
    </message>
    <message>
        <source>db:copy needs a target: --to postgresql://USER@HOST:PORT/DATABASE, or Shlink&apos;s variables DB_DRIVER=postgres with DB_HOST, DB_PORT, DB_NAME, DB_USER and DB_PASSWORD (or DB_UNIX_SOCKET).</source>
        <translation>db:copy necesita un destino: --to postgresql://USUARIO@HOST:PUERTO/BASEDEDATOS, o las variables de Shlink DB_DRIVER=postgres con DB_HOST, DB_PORT, DB_NAME, DB_USER y DB_PASSWORD (o DB_UNIX_SOCKET).</translation>
    </message>
    <message>
        <source>DB_DRIVER is “%1”: db:copy moves a server to PostgreSQL only (DB_DRIVER=postgres).</source>
        <translation>DB_DRIVER es «%1»: db:copy solo traslada un servidor a PostgreSQL (DB_DRIVER=postgres).</translation>
    </message>
    <message>
        <source>DB_PORT wants a port number, not “%1”.</source>
        <translation>DB_PORT requiere un número de puerto, no «%1».</translation>
    </message>
    <message>
        <source>db:copy needs the SQLite file to copy: --from FILE.sqlite.</source>
        <translation>db:copy necesita el archivo SQLite que se copia: --from ARCHIVO.sqlite.</translation>
    </message>
    <message>
        <source>There is no SQLite file at “%1”.</source>
        <translation>No hay ningún archivo SQLite en «%1».</translation>
    </message>
    <message>
        <source>“%1” has schema version %2, and this linkdeck-server&apos;s PostgreSQL schema is version %3: update linkdeck-server to copy it.</source>
        <translation>«%1» tiene la versión de esquema %2, y el esquema PostgreSQL de este linkdeck-server es la versión %3: actualice linkdeck-server para copiarlo.</translation>
    </message>
    <message>
        <source>Could not read “%1”.</source>
        <translation>No se pudo leer «%1».</translation>
    </message>
    <message>
        <source>The PostgreSQL database %1 is not empty (it holds %2): db:copy moves a server into an empty database only. Nothing was copied.</source>
        <translation>La base de datos PostgreSQL %1 no está vacía (contiene %2): db:copy solo traslada un servidor a una base de datos vacía. No se copió nada.</translation>
    </message>
    <message>
        <source>“%1” has no table %2.</source>
        <translation>«%1» no tiene la tabla %2.</translation>
    </message>
    <message>
        <source>The PostgreSQL schema has no column %1.%2, which “%3” has: update linkdeck-server.</source>
        <translation>El esquema PostgreSQL no tiene la columna %1.%2, que «%3» sí tiene: actualice linkdeck-server.</translation>
    </message>
    <message>
        <source>Could not read the %1 of “%2”.</source>
        <translation>No se pudo leer %1 de «%2».</translation>
    </message>
    <message>
        <source>db:copy: %1 of %2 %3 (%4%)</source>
        <translation>db:copy: %1 de %2 %3 (%4%)</translation>
    </message>
    <message>
        <source>PostgreSQL refused the %1 of “%2”: %3</source>
        <translation>PostgreSQL rechazó %1 de «%2»: %3</translation>
    </message>
    <message>
        <source>%1 of %2 %3 arrived in PostgreSQL.</source>
        <translation>%1 de %2 %3 llegaron a PostgreSQL.</translation>
    </message>
    <message>
        <source>db:copy: %1 %2 copied</source>
        <translation>db:copy: %1 %2 copiados</translation>
    </message>
    <message>
        <source>PostgreSQL counts %1 %2 after the copy, and “%3” has %4.</source>
        <translation>PostgreSQL cuenta %1 %2 tras la copia, y «%3» tiene %4.</translation>
    </message>
    <message>
        <source>db:copy: copied %1 from %2 in %3 s; every table&apos;s count matches.</source>
        <translation>db:copy: se copió %1 desde %2 en %3 s; el recuento de cada tabla coincide.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Server::Pg::PgClickWriter</name>
    <message>
        <source>A batch of clicks needs its journal and a position after its start.</source>
        <translation>Un lote de clics necesita su diario y una posición posterior a su inicio.</translation>
    </message>
    <message>
        <source>The clicks of journal %1 from %2 do not follow on what PostgreSQL has stored (up to %3); nothing was stored.</source>
        <translation>Los clics del diario %1 desde %2 no continúan lo que PostgreSQL tiene guardado (hasta %3); no se guardó nada.</translation>
    </message>
    <message>
        <source>PostgreSQL stored %1 of %2 clicks; nothing was stored.</source>
        <translation>PostgreSQL guardó %1 de %2 clics; no se guardó nada.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Server::Pg::PgConnection</name>
    <message>
        <source>“%1” is not a PostgreSQL address: %2. Write it as postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>«%1» no es una dirección de PostgreSQL: %2. Escríbala como postgresql://USUARIO@HOST:PUERTO/BASEDEDATOS.</translation>
    </message>
    <message>
        <source>Could not connect to PostgreSQL: out of memory.</source>
        <translation>No se pudo conectar a PostgreSQL: sin memoria.</translation>
    </message>
    <message>
        <source>Could not connect to the PostgreSQL server at %1: %2</source>
        <translation>No se pudo conectar al servidor PostgreSQL en %1: %2</translation>
    </message>
    <message>
        <source>Could not set the connection to UTF-8.</source>
        <translation>No se pudo poner la conexión en UTF-8.</translation>
    </message>
    <message>
        <source>(no connection)</source>
        <translation>(sin conexión)</translation>
    </message>
    <message>
        <source>The connection to PostgreSQL at %1 was lost: %2</source>
        <translation>Se perdió la conexión con PostgreSQL en %1: %2</translation>
    </message>
    <message>
        <source>There is no connection to PostgreSQL.</source>
        <translation>No hay conexión con PostgreSQL.</translation>
    </message>
    <message>
        <source>PostgreSQL refused a statement:</source>
        <translation>PostgreSQL rechazó una instrucción:</translation>
    </message>
    <message>
        <source>PostgreSQL refused to start a copy:</source>
        <translation>PostgreSQL se negó a iniciar una copia:</translation>
    </message>
    <message>
        <source>Could not send rows to PostgreSQL.</source>
        <translation>No se pudieron enviar las filas a PostgreSQL.</translation>
    </message>
    <message>
        <source>Could not finish sending rows to PostgreSQL.</source>
        <translation>No se pudo terminar de enviar las filas a PostgreSQL.</translation>
    </message>
    <message>
        <source>PostgreSQL refused the rows:</source>
        <translation>PostgreSQL rechazó las filas:</translation>
    </message>
    <message>
        <source>The transaction has ended.</source>
        <translation>La transacción ha terminado.</translation>
    </message>
    <message>
        <source>PostgreSQL rolled the transaction back; nothing of it was stored.</source>
        <translation>PostgreSQL deshizo la transacción; no se guardó nada de ella.</translation>
    </message>
    <message>
        <source>The PostgreSQL address is not valid: %1. Write it as postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>La dirección de PostgreSQL no es válida: %1. Escríbala como postgresql://USUARIO@HOST:PUERTO/BASEDEDATOS.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Server::Pg::PgLinkStore</name>
    <message>
        <source>The back-half “%1” is already used on %2. Choose another one.</source>
        <translation>El sufijo «%1» ya se usa en %2. Elija otro.</translation>
    </message>
    <message>
        <source>The link no longer exists; it may have been deleted.</source>
        <translation>El enlace ya no existe; puede que se haya eliminado.</translation>
    </message>
    <message>
        <source>The link no longer exists; it may have been deleted already.</source>
        <translation>El enlace ya no existe; puede que ya se haya eliminado.</translation>
    </message>
    <message>
        <source>There is no tag “%1”.</source>
        <translation>No existe la etiqueta «%1».</translation>
    </message>
    <message>
        <source>There is already a tag “%1”.</source>
        <translation>Ya existe una etiqueta «%1».</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Server::Pg::PgSchema</name>
    <message>
        <source>The PostgreSQL database %1 was set up by a newer version of linkdeck-server (schema version %2; this one knows up to %3). Update linkdeck-server to use it.</source>
        <translation>La base de datos PostgreSQL %1 la configuró una versión más reciente de linkdeck-server (versión de esquema %2; esta conoce hasta la %3). Actualice linkdeck-server para usarla.</translation>
    </message>
    <message>
        <source>The PostgreSQL database %1 already has tables named links, clicks or api_keys that linkdeck-server did not create. Use an empty database.</source>
        <translation>La base de datos PostgreSQL %1 ya tiene tablas llamadas links, clicks o api_keys que linkdeck-server no creó. Use una base de datos vacía.</translation>
    </message>
    <message>
        <source>Could not set up the PostgreSQL database %1 for schema version %2; it was left as it was.</source>
        <translation>No se pudo preparar la base de datos PostgreSQL %1 para la versión de esquema %2; se dejó como estaba.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::ShlinkProvider</name>
    <message>
        <source>This back-half is already used on %1. Choose another one.</source>
        <translation>Este sufijo ya se usa en %1. Elija otro.</translation>
    </message>
    <message>
        <source>this Shlink server</source>
        <translation>este servidor Shlink</translation>
    </message>
    <message>
        <source>The Shlink server did not accept the API key of “%1”. Check it in Preferences &gt; Accounts.</source>
        <translation>El servidor Shlink no aceptó la clave de API de «%1». Compruébela en Preferencias &gt; Cuentas.</translation>
    </message>
    <message>
        <source>The Shlink server does not know this link; it may have been deleted there.</source>
        <translation>El servidor Shlink no conoce este enlace; puede que se haya eliminado allí.</translation>
    </message>
    <message numerus="yes">
        <source>The Shlink server keeps links with more than %n visit(s); it refused to delete this one.</source>
        <translation>
            <numerusform>El servidor Shlink conserva los enlaces con más de %n visita; se negó a eliminar este.</numerusform>
            <numerusform>El servidor Shlink conserva los enlaces con más de %n visitas; se negó a eliminar este.</numerusform>
        </translation>
    </message>
    <message>
        <source>The Shlink server refused the link: %1</source>
        <translation>El servidor Shlink rechazó el enlace: %1</translation>
    </message>
    <message>
        <source>The Shlink server does not know this domain.</source>
        <translation>El servidor Shlink no conoce este dominio.</translation>
    </message>
    <message>
        <source>Shlink gives no breakdown by device; its visits carry the browser&apos;s description only.</source>
        <translation>Shlink no ofrece desglose por dispositivo; sus visitas solo llevan la descripción del navegador.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Se canceló la solicitud.</translation>
    </message>
    <message>
        <source>This Shlink server has no redirect rules. They need Shlink 4 or later.</source>
        <translation>Este servidor Shlink no tiene reglas de redirección. Necesitan Shlink 4 o posterior.</translation>
    </message>
    <message>
        <source>The Shlink server refused the redirect rules: %1</source>
        <translation>El servidor Shlink rechazó las reglas de redirección: %1</translation>
    </message>
    <message>
        <source>The Shlink server has redirect rules this version of Linkdeck does not know. Update Linkdeck to see and edit them.</source>
        <translation>El servidor Shlink tiene reglas de redirección que esta versión de Linkdeck no conoce. Actualice Linkdeck para verlas y editarlas.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Slug</name>
    <message>
        <source>Enter a back-half, or leave it empty for a random one.</source>
        <translation>Introduzca un sufijo, o déjelo vacío para uno aleatorio.</translation>
    </message>
    <message>
        <source>The back-half is too long: at most %1 characters.</source>
        <translation>El sufijo es demasiado largo: como máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>The back-half cannot contain spaces; use “-” instead.</source>
        <translation>El sufijo no puede contener espacios; use «-» en su lugar.</translation>
    </message>
    <message>
        <source>The back-half can only contain letters a–z, digits, “-” and “_”; “%1” is not allowed.</source>
        <translation>El sufijo solo puede contener letras a–z, números, «-» y «_»; «%1» no está permitido.</translation>
    </message>
    <message>
        <source>“%1” is reserved by the link server; choose another back-half.</source>
        <translation>«%1» está reservado por el servidor de enlaces; elija otro sufijo.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::SplitTest</name>
    <message numerus="yes">
        <source>Too few clicks to compare the variants yet: %Ln click(s) so far, and the test needs about %1.</source>
        <translation>
            <numerusform>Aún hay muy pocos clics para comparar las variantes: %Ln clic hasta ahora, y la prueba necesita unos %1.</numerusform>
            <numerusform>Aún hay muy pocos clics para comparar las variantes: %Ln clics hasta ahora, y la prueba necesita unos %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Variant %1 gets significantly more clicks than its share of visitors (chi-square test, p %2, %Ln click(s)).</source>
        <translation>
            <numerusform>La variante %1 recibe bastantes más clics de los que corresponden a su parte de visitantes (prueba de chi cuadrado, p %2, %Ln clic).</numerusform>
            <numerusform>La variante %1 recibe bastantes más clics de los que corresponden a su parte de visitantes (prueba de chi cuadrado, p %2, %Ln clics).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The difference between the variants is not significant yet (chi-square test, p %1, %Ln click(s)): each gets about the clicks its share of visitors brings.</source>
        <translation>
            <numerusform>La diferencia entre las variantes aún no es significativa (prueba de chi cuadrado, p %1, %Ln clic): cada una recibe más o menos los clics que aporta su parte de visitantes.</numerusform>
            <numerusform>La diferencia entre las variantes aún no es significativa (prueba de chi cuadrado, p %1, %Ln clics): cada una recibe más o menos los clics que aporta su parte de visitantes.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Linkdeck::SyncQueue</name>
    <message>
        <source>Could not keep the change for later.</source>
        <translation>No se pudo guardar el cambio para más tarde.</translation>
    </message>
    <message>
        <source>Could not update the list of changes to send.</source>
        <translation>No se pudo actualizar la lista de cambios por enviar.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::UrlValidator</name>
    <message>
        <source>Enter the web address the short link should open.</source>
        <translation>Introduzca la dirección web que debe abrir el enlace corto.</translation>
    </message>
    <message>
        <source>The address contains a line break or another invisible character. Paste it again on one line.</source>
        <translation>La dirección contiene un salto de línea u otro carácter invisible. Vuelva a pegarla en una sola línea.</translation>
    </message>
    <message>
        <source>Links that run a script (%1:) are refused: they can harm the people who click them.</source>
        <translation>Se rechazan los enlaces que ejecutan un script (%1:): pueden dañar a quien hace clic en ellos.</translation>
    </message>
    <message>
        <source>Links that carry their own content (data:) are refused: they are a common phishing trick.</source>
        <translation>Se rechazan los enlaces que llevan su propio contenido (data:): son un truco habitual de phishing.</translation>
    </message>
    <message>
        <source>A file: address only works on the computer it points to. Use a web address (https://…).</source>
        <translation>Una dirección file: solo funciona en el equipo al que apunta. Use una dirección web (https://…).</translation>
    </message>
    <message>
        <source>Only web addresses (http:// or https://) can be shortened, not “%1:” addresses.</source>
        <translation>Solo se pueden acortar direcciones web (http:// o https://), no direcciones «%1:».</translation>
    </message>
    <message>
        <source>The address is incomplete: “%1:” must be followed by “//” and a site name.</source>
        <translation>La dirección está incompleta: «%1:» debe ir seguido de «//» y un nombre de sitio.</translation>
    </message>
    <message>
        <source>The address has no site name. Enter a full address such as https://example.com/page.</source>
        <translation>La dirección no tiene nombre de sitio. Introduzca una dirección completa como https://example.com/pagina.</translation>
    </message>
    <message>
        <source>The address contains a user name or password (before “@”). Such links are refused because they are used to disguise where a link goes.</source>
        <translation>La dirección contiene un nombre de usuario o una contraseña (antes de «@»). Se rechazan estos enlaces porque sirven para ocultar adónde llevan.</translation>
    </message>
    <message>
        <source>The site name contains a space.</source>
        <translation>El nombre del sitio contiene un espacio.</translation>
    </message>
    <message>
        <source>The address “%1” is not valid.</source>
        <translation>La dirección «%1» no es válida.</translation>
    </message>
    <message>
        <source>“%1” is not a valid site name.</source>
        <translation>«%1» no es un nombre de sitio válido.</translation>
    </message>
    <message>
        <source>“%1” is not a web address. Enter the site too, such as %1.com or https://%1/.</source>
        <translation>«%1» no es una dirección web. Introduzca también el sitio, como %1.com o https://%1/.</translation>
    </message>
    <message>
        <source>The port “%1” is not valid; it must be a number from 1 to 65535.</source>
        <translation>El puerto «%1» no es válido; debe ser un número de 1 a 65535.</translation>
    </message>
    <message>
        <source>The address is too long: %1 characters, and at most %2 are allowed.</source>
        <translation>La dirección es demasiado larga: %1 caracteres, y se permiten como máximo %2.</translation>
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
        <translation>Impreso (código QR)</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Redes sociales</translation>
    </message>
    <message>
        <source>Paid social</source>
        <translation>Redes sociales de pago</translation>
    </message>
    <message>
        <source>Partner or affiliate</source>
        <translation>Socio o afiliado</translation>
    </message>
</context>
<context>
    <name>LocalServerPanel</name>
    <message>
        <source>Local server</source>
        <translation>Servidor local</translation>
    </message>
    <message>
        <source>Start with Linkdeck</source>
        <translation>Iniciar con Linkdeck</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>General</source>
        <translation>General</translation>
    </message>
    <message>
        <source>New links</source>
        <translation>Enlaces nuevos</translation>
    </message>
    <message>
        <source>Random back-half length:</source>
        <translation>Longitud del sufijo aleatorio:</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> caracteres</translation>
    </message>
    <message>
        <source>Tracking preset for new links:</source>
        <translation>Plantilla de seguimiento para enlaces nuevos:</translation>
    </message>
    <message>
        <source>Write tracking values in lower case</source>
        <translation>Escribir los valores de seguimiento en minúsculas</translation>
    </message>
    <message>
        <source>Local server</source>
        <translation>Servidor local</translation>
    </message>
    <message>
        <source>Port on this computer:</source>
        <translation>Puerto en este equipo:</translation>
    </message>
    <message>
        <source>Public &amp;address:</source>
        <translation>&amp;Dirección pública:</translation>
    </message>
    <message>
        <source>https://go.example.com</source>
        <translation>https://go.example.com</translation>
    </message>
    <message>
        <source>The domain people open this computer&apos;s links at, such as one a reverse proxy answers on; short links, copies and QR codes use it. Empty: this computer only (localhost).</source>
        <translation>El dominio en el que se abren los enlaces de este equipo, como el que atiende un proxy inverso; lo usan los enlaces cortos, las copias y los códigos QR. Vacío: solo este equipo (localhost).</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>&amp;Colours:</source>
        <translation>&amp;Colores:</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
</context>
<context>
    <name>QrStudioDialog</name>
    <message>
        <source>QR Code</source>
        <translation>Código QR</translation>
    </message>
    <message>
        <source>&amp;Content:</source>
        <translation>&amp;Contenido:</translation>
    </message>
    <message>
        <source>Pre&amp;set:</source>
        <translation>&amp;Plantilla:</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Guardar…</translation>
    </message>
    <message>
        <source>Remember these settings under a name</source>
        <translation>Recordar estos ajustes con un nombre</translation>
    </message>
    <message>
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <source>Save the code as a file</source>
        <translation>Guardar el código como archivo</translation>
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
        <translation>Un PDF en CMYK con los módulos en negro puro (K), como piden las imprentas</translation>
    </message>
    <message>
        <source>Copy Image</source>
        <translation>Copiar imagen</translation>
    </message>
    <message>
        <source>Copy SVG</source>
        <translation>Copiar SVG</translation>
    </message>
    <message>
        <source>Label Sheet</source>
        <translation>Hoja de etiquetas</translation>
    </message>
    <message>
        <source>Paper, gr&amp;id:</source>
        <translation>Papel, cuadr&amp;ícula:</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Carta EE. UU.</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source>Mar&amp;gin, gap:</source>
        <translation>M&amp;argen, separación:</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source>Margin around the page</source>
        <translation>Margen alrededor de la página</translation>
    </message>
    <message>
        <source>Gap between the labels</source>
        <translation>Separación entre etiquetas</translation>
    </message>
    <message>
        <source>Short URL under each code</source>
        <translation>URL corta bajo cada código</translation>
    </message>
    <message>
        <source>Sheet PDF…</source>
        <translation>PDF de la hoja…</translation>
    </message>
    <message>
        <source>Save the label sheet as a PDF</source>
        <translation>Guardar la hoja de etiquetas como PDF</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Print the label sheet, with a preview</source>
        <translation>Imprimir la hoja de etiquetas, con vista previa</translation>
    </message>
</context>
<context>
    <name>QrStyleForm</name>
    <message>
        <source>&amp;Error correction:</source>
        <translation>Corrección de &amp;errores:</translation>
    </message>
    <message>
        <source>Low (7 %)</source>
        <translation>Baja (7 %)</translation>
    </message>
    <message>
        <source>Medium (15 %)</source>
        <translation>Media (15 %)</translation>
    </message>
    <message>
        <source>Quartile (25 %)</source>
        <translation>Cuartil (25 %)</translation>
    </message>
    <message>
        <source>High (30 %)</source>
        <translation>Alta (30 %)</translation>
    </message>
    <message>
        <source>Minimum &amp;version:</source>
        <translation>&amp;Versión mínima:</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
    <message>
        <source>Keep the code at least this version (1 to 40), e.g. so that a series of codes has one size</source>
        <translation>Mantener el código al menos en esta versión (1 a 40), p. ej. para que una serie de códigos tenga un mismo tamaño</translation>
    </message>
    <message>
        <source>&amp;Modules:</source>
        <translation>&amp;Módulos:</translation>
    </message>
    <message>
        <source>Squares</source>
        <translation>Cuadrados</translation>
    </message>
    <message>
        <source>Rounded</source>
        <translation>Redondeados</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <source>Corner ma&amp;rks:</source>
        <translation>Marcas de las esq&amp;uinas:</translation>
    </message>
    <message>
        <source>Square</source>
        <translation>Cuadradas</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>&amp;Tamaño:</translation>
    </message>
    <message>
        <source>Printed width</source>
        <translation>Ancho impreso</translation>
    </message>
    <message>
        <source>Module size</source>
        <translation>Tamaño de módulo</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source>The printed width of the code, quiet zone included</source>
        <translation>El ancho impreso del código, zona de silencio incluida</translation>
    </message>
    <message>
        <source>The printed size of one module (one square of the code)</source>
        <translation>El tamaño impreso de un módulo (un cuadrado del código)</translation>
    </message>
    <message>
        <source>&amp;Quiet zone:</source>
        <translation>Zona de &amp;silencio:</translation>
    </message>
    <message>
        <source> modules</source>
        <translation> módulos</translation>
    </message>
    <message>
        <source>PNG resol&amp;ution:</source>
        <translation>&amp;Resolución PNG:</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> ppp</translation>
    </message>
    <message>
        <source>&amp;Foreground:</source>
        <translation>Primer p&amp;lano:</translation>
    </message>
    <message>
        <source>#rrggbb, a colour name, or cmyk(c,m,y,k) in percent, e.g. cmyk(0,0,0,100) for pure black</source>
        <translation>#rrggbb, un nombre de color, o cmyk(c,m,y,k) en porcentaje, p. ej. cmyk(0,0,0,100) para negro puro</translation>
    </message>
    <message>
        <source>Choose the foreground colour</source>
        <translation>Elegir el color de primer plano</translation>
    </message>
    <message>
        <source>Choose a colour</source>
        <translation>Elija un color</translation>
    </message>
    <message>
        <source>&amp;Background:</source>
        <translation>&amp;Fondo:</translation>
    </message>
    <message>
        <source>Choose the background colour</source>
        <translation>Elegir el color de fondo</translation>
    </message>
    <message>
        <source>Transparent</source>
        <translation>Transparente</translation>
    </message>
    <message>
        <source>&amp;Logo:</source>
        <translation>Lo&amp;gotipo:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Ca&amp;ption:</source>
        <translation>Le&amp;yenda:</translation>
    </message>
    <message>
        <source>Optional text under the code</source>
        <translation>Texto opcional bajo el código</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Branded short links, campaign charts and QR codes.</source>
        <translation>Enlaces cortos con marca, gráficos de campañas y códigos QR.</translation>
    </message>
    <message>
        <source>Keep the database and settings in &lt;dir&gt;.</source>
        <translation>Guardar la base de datos y los ajustes en &lt;dir&gt;.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dir</translation>
    </message>
    <message>
        <source>Linkdeck is already open</source>
        <translation>Linkdeck ya está abierto</translation>
    </message>
    <message>
        <source>Linkdeck cannot start</source>
        <translation>Linkdeck no puede iniciarse</translation>
    </message>
</context>
</TS>
