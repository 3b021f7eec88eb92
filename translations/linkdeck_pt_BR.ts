<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>AccountDialog</name>
    <message>
        <source>Add Account</source>
        <translation>Adicionar conta</translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation>&amp;Serviço:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nome:</translation>
    </message>
    <message>
        <source>Marketing team</source>
        <translation>Equipe de marketing</translation>
    </message>
    <message>
        <source>API &amp;token:</source>
        <translation>&amp;Token da API:</translation>
    </message>
    <message>
        <source>API &amp;address:</source>
        <translation>&amp;Endereço da API:</translation>
    </message>
    <message>
        <source>&amp;Default domain:</source>
        <translation>&amp;Domínio padrão:</translation>
    </message>
    <message>
        <source>Test &amp;Connection</source>
        <translation>Testar &amp;conexão</translation>
    </message>
    <message>
        <source>The token is kept in your system&apos;s keychain, not in Linkdeck&apos;s files.</source>
        <translation>O token fica guardado no chaveiro do seu sistema, não nos arquivos do Linkdeck.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Account</name>
    <message>
        <source>This computer</source>
        <translation>Este computador</translation>
    </message>
</context>
<context>
    <name>Linkdeck::AccountRepository</name>
    <message>
        <source>Enter the address of the Shlink server, such as https://s.example.com.</source>
        <translation>Digite o endereço do servidor Shlink, por exemplo https://s.example.com.</translation>
    </message>
    <message>
        <source>The API address must start with https:// (or http:// for a server on your own network).</source>
        <translation>O endereço da API deve começar com https:// (ou http:// para um servidor na sua própria rede).</translation>
    </message>
    <message>
        <source>%1 is reached over http://, so the API token travels unencrypted and anyone on the network between can read it. Use https:// unless the server is on this computer.</source>
        <translation>%1 é acessado por http://, então o token da API trafega sem criptografia e qualquer pessoa na rede entre vocês pode lê-lo. Use https://, a menos que o servidor esteja neste computador.</translation>
    </message>
    <message>
        <source>Give the account a name.</source>
        <translation>Dê um nome à conta.</translation>
    </message>
    <message>
        <source>There is already an account named “%1”.</source>
        <translation>Já existe uma conta chamada “%1”.</translation>
    </message>
    <message>
        <source>Could not save the account.</source>
        <translation>Não foi possível salvar a conta.</translation>
    </message>
    <message>
        <source>“This computer” cannot be removed.</source>
        <translation>“Este computador” não pode ser removido.</translation>
    </message>
    <message>
        <source>Could not remove the account.</source>
        <translation>Não foi possível remover a conta.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::AccountSync</name>
    <message>
        <source>This account&apos;s service cannot list its links.</source>
        <translation>O serviço desta conta não consegue listar seus links.</translation>
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
        <translation>Não foi possível ler as estatísticas de cliques.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::BitlyProvider</name>
    <message>
        <source>This back-half is already used on Bitly. Choose another one.</source>
        <translation>Este sufixo já está em uso no Bitly. Escolha outro.</translation>
    </message>
    <message>
        <source>Your Bitly plan&apos;s monthly limit is reached. Links can be created again next month, or after an upgrade.</source>
        <translation>O limite mensal do seu plano Bitly foi atingido. Será possível criar links novamente no próximo mês ou após um upgrade.</translation>
    </message>
    <message>
        <source>Bitly is limiting requests from this account. Wait a minute and try again.</source>
        <translation>O Bitly está limitando as solicitações desta conta. Aguarde um minuto e tente novamente.</translation>
    </message>
    <message>
        <source>Bitly did not accept the API token of “%1”. Check it in Preferences &gt; Accounts.</source>
        <translation>O Bitly não aceitou o token da API de “%1”. Verifique-o em Preferências &gt; Contas.</translation>
    </message>
    <message>
        <source>Bitly refused: %1</source>
        <translation>O Bitly recusou: %1</translation>
    </message>
    <message>
        <source>Bitly refused the destination address. Check that it is a complete web address.</source>
        <translation>O Bitly recusou o endereço de destino. Verifique se é um endereço web completo.</translation>
    </message>
    <message>
        <source>This domain is not set up in your Bitly account.</source>
        <translation>Este domínio não está configurado na sua conta Bitly.</translation>
    </message>
    <message>
        <source>This Bitly account has no active group to keep links in.</source>
        <translation>Esta conta Bitly não tem nenhum grupo ativo para guardar links.</translation>
    </message>
    <message>
        <source>Bitly gives no breakdown by %1.</source>
        <translation>O Bitly não oferece detalhamento por %1.</translation>
    </message>
    <message>
        <source>Your Bitly plan does not include clicks by device.</source>
        <translation>Seu plano Bitly não inclui cliques por dispositivo.</translation>
    </message>
    <message>
        <source>Your Bitly plan does not include this breakdown.</source>
        <translation>Seu plano Bitly não inclui este detalhamento.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Bulk::CampaignMatrix</name>
    <message>
        <source>Name the campaign.</source>
        <translation>Dê um nome à campanha.</translation>
    </message>
    <message>
        <source>Enter at least one destination.</source>
        <translation>Digite pelo menos um destino.</translation>
    </message>
    <message>
        <source>Enter at least one source, such as newsletter or facebook.</source>
        <translation>Digite pelo menos uma origem, como newsletter ou facebook.</translation>
    </message>
    <message>
        <source>Enter at least one medium, such as email or social.</source>
        <translation>Digite pelo menos uma mídia, como email ou social.</translation>
    </message>
    <message>
        <source>This makes %1 links; a campaign matrix makes at most %2. Split it into several.</source>
        <translation>Isso geraria %1 links; uma campanha cria no máximo %2 de uma vez. Divida-a em várias.</translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation>“%1”: %2</translation>
    </message>
    <message>
        <source>The back-half pattern makes “%1”: %2</source>
        <translation>O padrão de sufixos gera “%1”: %2</translation>
    </message>
    <message>
        <source>The back-half pattern makes “%1” twice (links %2 and %3): add {content}, {page} or {n} to it.</source>
        <translation>O padrão de sufixos gera “%1” duas vezes (links %2 e %3): acrescente {content}, {page} ou {n}.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Bulk::ColumnMapping</name>
    <message>
        <source>No column holds the addresses the links go to. Name one &quot;destination&quot; or &quot;url&quot; in the first row, or choose it in the column mapping.</source>
        <translation>Nenhuma coluna contém os endereços para onde os links levam. Chame uma de “destination” ou “url” na primeira linha, ou escolha-a no mapeamento de colunas.</translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation>(não importado)</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Back-half</source>
        <translation>Sufixo</translation>
    </message>
    <message>
        <source>Short URL</source>
        <translation>Link curto</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>UTM source</source>
        <translation>Origem UTM</translation>
    </message>
    <message>
        <source>UTM medium</source>
        <translation>Mídia UTM</translation>
    </message>
    <message>
        <source>UTM campaign</source>
        <translation>Campanha UTM</translation>
    </message>
    <message>
        <source>UTM term</source>
        <translation>Termo UTM</translation>
    </message>
    <message>
        <source>UTM content</source>
        <translation>Conteúdo UTM</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domínio</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Início</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expira</translation>
    </message>
    <message>
        <source>Maximum clicks</source>
        <translation>Máximo de cliques</translation>
    </message>
    <message>
        <source>Then go to</source>
        <translation>Depois ir para</translation>
    </message>
    <message>
        <source>Redirect status</source>
        <translation>Código de redirecionamento</translation>
    </message>
    <message>
        <source>Forward query</source>
        <translation>Repassar parâmetros</translation>
    </message>
    <message>
        <source>Crawlable</source>
        <translation>Indexável</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Criado</translation>
    </message>
    <message>
        <source>Clicks (not imported)</source>
        <translation>Cliques (não importados)</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Bulk::Exporter</name>
    <message>
        <source>The file could not be written.</source>
        <translation>Não foi possível gravar o arquivo.</translation>
    </message>
    <message>
        <source>The export was stopped; no file was written.</source>
        <translation>A exportação foi interrompida; nenhum arquivo foi gravado.</translation>
    </message>
    <message>
        <source>“%1” cannot be written: %2</source>
        <translation>Não é possível gravar “%1”: %2</translation>
    </message>
    <message>
        <source>“%1” cannot be written.</source>
        <translation>Não é possível gravar “%1”.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln link(s) from Bitly, Shlink or another service have empty countries, referrers and devices: Linkdeck has these only for links on this computer, and for a service&apos;s link once its statistics were shown from its first day to today.</source>
        <translation>
            <numerusform>%Ln link do Bitly, do Shlink ou de outro serviço tem países, referências e dispositivos vazios: o Linkdeck só os tem para links deste computador e para o link de um serviço depois que suas estatísticas forem mostradas do primeiro dia até hoje.</numerusform>
            <numerusform>%Ln links do Bitly, do Shlink ou de outro serviço têm países, referências e dispositivos vazios: o Linkdeck só os tem para links deste computador e para o link de um serviço depois que suas estatísticas forem mostradas do primeiro dia até hoje.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The services report no browsers or operating systems: those columns are empty for %Ln link(s) of theirs.</source>
        <translation>
            <numerusform>Os serviços não informam navegadores nem sistemas operacionais: essas colunas ficam vazias para %Ln de seus links.</numerusform>
            <numerusform>Os serviços não informam navegadores nem sistemas operacionais: essas colunas ficam vazias para %Ln de seus links.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Linkdeck::Bulk::ImportReport</name>
    <message>
        <source>Nothing was imported.</source>
        <translation>Nada foi importado.</translation>
    </message>
    <message>
        <source>Dry run: %1 to create, %2 already there, %3 to update, %4 to create under another back-half, %5 skipped (back-half taken), %6 invalid.</source>
        <translation>Simulação: %1 a criar, %2 já existentes, %3 a atualizar, %4 a criar com outro sufixo, %5 ignorados (sufixo em uso), %6 inválidos.</translation>
    </message>
    <message>
        <source>%1 created, %2 already there, %3 updated, %4 created under another back-half, %5 skipped (back-half taken), %6 invalid, %7 failed.</source>
        <translation>%1 criados, %2 já existentes, %3 atualizados, %4 criados com outro sufixo, %5 ignorados (sufixo em uso), %6 inválidos, %7 com falha.</translation>
    </message>
    <message>
        <source>The import was stopped; import the file again to go on where it stopped.</source>
        <translation>A importação foi interrompida; importe o arquivo novamente para continuar de onde parou.</translation>
    </message>
    <message>
        <source>The report could not be written: %1</source>
        <translation>Não foi possível gravar o relatório: %1</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Bulk::Importer</name>
    <message>
        <source>created</source>
        <translation>criado</translation>
    </message>
    <message>
        <source>will create</source>
        <translation>será criado</translation>
    </message>
    <message>
        <source>already there</source>
        <translation>já existe</translation>
    </message>
    <message>
        <source>skipped: back-half taken</source>
        <translation>ignorado: sufixo em uso</translation>
    </message>
    <message>
        <source>updated</source>
        <translation>atualizado</translation>
    </message>
    <message>
        <source>will update</source>
        <translation>será atualizado</translation>
    </message>
    <message>
        <source>created under another back-half</source>
        <translation>criado com outro sufixo</translation>
    </message>
    <message>
        <source>will create under another back-half</source>
        <translation>será criado com outro sufixo</translation>
    </message>
    <message>
        <source>invalid</source>
        <translation>inválido</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>com falha</translation>
    </message>
    <message>
        <source>Only a file can be imported (it is read twice).</source>
        <translation>Só é possível importar um arquivo (ele é lido duas vezes).</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation>Linha %1: %2</translation>
    </message>
    <message>
        <source>the destination is empty.</source>
        <translation>o destino está vazio.</translation>
    </message>
    <message>
        <source>“%1” is not a date; write it as 2026-12-31 or 2026-12-31T23:59:00Z.</source>
        <translation>“%1” não é uma data; escreva-a como 2026-12-31 ou 2026-12-31T23:59:00Z.</translation>
    </message>
    <message>
        <source>the maximum of clicks “%1” is not a whole number of at least 1.</source>
        <translation>o máximo de cliques “%1” não é um número inteiro de pelo menos 1.</translation>
    </message>
    <message>
        <source>the address to go to after the end: %1</source>
        <translation>o endereço para onde ir após o fim: %1</translation>
    </message>
    <message>
        <source>the redirect status “%1” is not one of 301, 302, 307 or 308.</source>
        <translation>o código de redirecionamento “%1” não é 301, 302, 307 nem 308.</translation>
    </message>
    <message>
        <source>“%1” is neither true nor false (forward query).</source>
        <translation>“%1” não é true nem false (repassar parâmetros).</translation>
    </message>
    <message>
        <source>“%1” is neither true nor false (crawlable).</source>
        <translation>“%1” não é true nem false (indexável).</translation>
    </message>
    <message>
        <source>No file is open.</source>
        <translation>Nenhum arquivo está aberto.</translation>
    </message>
    <message>
        <source>Linkdeck cannot use this account.</source>
        <translation>O Linkdeck não pode usar esta conta.</translation>
    </message>
    <message>
        <source>The file has column names but no links below them.</source>
        <translation>O arquivo tem nomes de colunas, mas nenhum link abaixo deles.</translation>
    </message>
    <message>
        <source>the back-half “%1” on %2 already goes to %3; the row was skipped.</source>
        <translation>o sufixo “%1” em %2 já leva a %3; a linha foi ignorada.</translation>
    </message>
    <message>
        <source>the back-half “%1” is used by a row above for %2; the row was skipped.</source>
        <translation>o sufixo “%1” é usado por uma linha acima para %2; a linha foi ignorada.</translation>
    </message>
    <message>
        <source>no free back-half was found for “%1”; the row was skipped.</source>
        <translation>não foi encontrado nenhum sufixo livre para “%1”; a linha foi ignorada.</translation>
    </message>
    <message>
        <source>the back-half “%1” was taken; the link is “%2”.</source>
        <translation>o sufixo “%1” estava em uso; o link é “%2”.</translation>
    </message>
    <message>
        <source>the link to update is gone.</source>
        <translation>o link a atualizar não existe mais.</translation>
    </message>
    <message>
        <source>kept on this computer; it is sent when the service can be reached.</source>
        <translation>guardado neste computador; será enviado quando o serviço estiver acessível.</translation>
    </message>
    <message>
        <source>The service still refuses more links for now (%1). Import the file again later to go on where it stopped.</source>
        <translation>O serviço ainda não aceita mais links por enquanto (%1). Importe o arquivo novamente mais tarde para continuar de onde parou.</translation>
    </message>
    <message numerus="yes">
        <source>About %n second(s) left at %1&apos;s request limits.</source>
        <translation>
            <numerusform>Falta cerca de %n segundo com os limites de solicitações de %1.</numerusform>
            <numerusform>Faltam cerca de %n segundos com os limites de solicitações de %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>About %n minute(s) left at %1&apos;s request limits.</source>
        <translation>
            <numerusform>Falta cerca de %n minuto com os limites de solicitações de %1.</numerusform>
            <numerusform>Faltam cerca de %n minutos com os limites de solicitações de %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>About %n hour(s) left at %1&apos;s request limits.</source>
        <translation>
            <numerusform>Falta cerca de %n hora com os limites de solicitações de %1.</numerusform>
            <numerusform>Faltam cerca de %n horas com os limites de solicitações de %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your %1 plan allows %n more link(s) this month; this import needs %2.</source>
        <translation>
            <numerusform>Seu plano do %1 permite mais %n link este mês; esta importação precisa de %2.</numerusform>
            <numerusform>Seu plano do %1 permite mais %n links este mês; esta importação precisa de %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Nothing more was sent: put the account right, then run again to go on where it stopped.</source>
        <translation>%1 Nada mais foi enviado: corrija a conta e execute de novo para continuar de onde parou.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Bulk::LinkTransfer</name>
    <message>
        <source>Choose the links to copy or move.</source>
        <translation>Escolha os links que deseja copiar ou mover.</translation>
    </message>
    <message>
        <source>Linkdeck cannot use this account.</source>
        <translation>O Linkdeck não pode usar esta conta.</translation>
    </message>
    <message>
        <source>It has a password, which cannot go along: make it there by hand and set a password again.</source>
        <translation>Ele tem uma senha, que não pode ser levada junto: crie-o lá manualmente e defina uma senha novamente.</translation>
    </message>
    <message>
        <source>The old link stays as it was: its service cannot change where a link goes.</source>
        <translation>O link antigo fica como estava: o serviço dele não consegue mudar para onde um link leva.</translation>
    </message>
    <message>
        <source>The new link exists; the old one still goes to the old address: %1</source>
        <translation>O novo link existe; o antigo ainda leva ao endereço antigo: %1</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Bulk::TableReader</name>
    <message>
        <source>Row %1: %2</source>
        <translation>Linha %1: %2</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>Não é possível ler o arquivo.</translation>
    </message>
    <message>
        <source>The file is empty: there are no links to import.</source>
        <translation>O arquivo está vazio: não há links para importar.</translation>
    </message>
    <message>
        <source>The JSON file is larger than %1 MB; export the links as CSV instead, which is read in parts.</source>
        <translation>O arquivo JSON tem mais de %1 MB; exporte os links como CSV, que é lido em partes.</translation>
    </message>
    <message>
        <source>The JSON file cannot be read: %1 in line %2.</source>
        <translation>Não é possível ler o arquivo JSON: %1 na linha %2.</translation>
    </message>
    <message>
        <source>The JSON file holds no list of links.</source>
        <translation>O arquivo JSON não contém uma lista de links.</translation>
    </message>
    <message>
        <source>Row %1: the JSON list holds something other than a link (an object).</source>
        <translation>Linha %1: a lista JSON contém algo que não é um link (um objeto).</translation>
    </message>
    <message>
        <source>The JSON file holds no links.</source>
        <translation>O arquivo JSON não contém links.</translation>
    </message>
    <message>
        <source>The workbook&apos;s first sheet is empty: there are no links to import.</source>
        <translation>A primeira planilha da pasta de trabalho está vazia: não há links para importar.</translation>
    </message>
    <message>
        <source>the file holds binary data, not text; it is not a CSV or TSV table.</source>
        <translation>o arquivo contém dados binários, não texto; não é uma tabela CSV ou TSV.</translation>
    </message>
    <message>
        <source>a quoted field that starts in this row has no closing quote mark. Check the quotes in that row; nothing was imported from it on.</source>
        <translation>um campo entre aspas que começa nesta linha não tem aspas de fechamento. Verifique as aspas dessa linha; nada foi importado a partir dela.</translation>
    </message>
    <message>
        <source>the row is longer than %1 characters; the file is probably not a table of links.</source>
        <translation>a linha tem mais de %1 caracteres; provavelmente o arquivo não é uma tabela de links.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Bulk::TransferReport</name>
    <message numerus="yes">
        <source>%n link(s) moved</source>
        <translation>
            <numerusform>%n link movido</numerusform>
            <numerusform>%n links movidos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) copied</source>
        <translation>
            <numerusform>%n link copiado</numerusform>
            <numerusform>%n links copiados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n old link(s) pointed to the new one(s)</source>
        <translation>
            <numerusform>%n link antigo redirecionado para o novo</numerusform>
            <numerusform>%n links antigos redirecionados para os novos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not made</source>
        <translation>
            <numerusform>%n não criado</numerusform>
            <numerusform>%n não criados</numerusform>
        </translation>
    </message>
    <message>
        <source>The mapping file could not be written: %1</source>
        <translation>Não foi possível gravar o arquivo de correspondência: %1</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Bulk::XlsxSheet</name>
    <message>
        <source>The Excel workbook cannot be read; it may be damaged. Save it again in Excel, or as CSV.</source>
        <translation>Não é possível ler a pasta de trabalho do Excel; ela pode estar danificada. Salve-a novamente no Excel, ou como CSV.</translation>
    </message>
    <message>
        <source>The Excel workbook is too large to read; save it as CSV.</source>
        <translation>A pasta de trabalho do Excel é grande demais para ler; salve-a como CSV.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::CachedProvider</name>
    <message>
        <source>%1 cannot start or end a link at a date.</source>
        <translation>%1 não consegue fazer um link começar ou terminar em uma data.</translation>
    </message>
    <message>
        <source>%1 cannot limit the clicks of a link.</source>
        <translation>%1 não consegue limitar os cliques de um link.</translation>
    </message>
    <message>
        <source>%1 cannot give link previews a title, description or image; only links on this computer can.</source>
        <translation>%1 não consegue dar às prévias de link um título, uma descrição ou uma imagem; só os links deste computador conseguem.</translation>
    </message>
    <message>
        <source>%1 cannot split a link&apos;s visitors between destinations; only links on this computer can.</source>
        <translation>%1 não consegue dividir os visitantes de um link entre destinos; só os links deste computador conseguem.</translation>
    </message>
    <message>
        <source>%1 cannot send the visitors of an ended link to another address; only links on this computer can. Leave that address empty.</source>
        <translation>%1 não consegue enviar os visitantes de um link encerrado para outro endereço; só os links deste computador conseguem. Deixe esse endereço vazio.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::CampaignStats</name>
    <message>
        <source>%1 does not report browsers or operating systems: only the links on this computer are counted here.</source>
        <translation>%1 não informa navegadores nem sistemas operacionais: aqui só são contados os links deste computador.</translation>
    </message>
    <message>
        <source>%1 do not report browsers or operating systems: only the links on this computer are counted here.</source>
        <translation>%1 não informam navegadores nem sistemas operacionais: aqui só são contados os links deste computador.</translation>
    </message>
    <message>
        <source>Only the links on this computer are in the chart: the clicks of %1 links over time cannot be filtered.</source>
        <translation>Só os links deste computador estão no gráfico: os cliques dos links de %1 não podem ser filtrados ao longo do tempo.</translation>
    </message>
    <message numerus="yes">
        <source>Totals only, not clicks over time, from %1: those links have %Ln click(s) in all, not in the series.</source>
        <translation>
            <numerusform>Só totais, não cliques ao longo do tempo, de %1: esses links têm %Ln clique no total, fora da série.</numerusform>
            <numerusform>Só totais, não cliques ao longo do tempo, de %1: esses links têm %Ln cliques no total, fora da série.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fetching the figures of %1…</source>
        <translation>Buscando os números de %1…</translation>
    </message>
    <message>
        <source>%1: %2 Showing the figures saved earlier.</source>
        <translation>%1: %2 Mostrando os números salvos anteriormente.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: your plan does not include click statistics for some links.</source>
        <translation>%1: seu plano não inclui estatísticas de cliques para alguns links.</translation>
    </message>
    <message>
        <source>%1: %2 Its links are not in the series.</source>
        <translation>%1: %2 Os links dele não estão na série.</translation>
    </message>
    <message>
        <source>Figures from %1: %2.</source>
        <translation>Números de %1: %2.</translation>
    </message>
    <message>
        <source>Variant %1: %2</source>
        <translation>Variante %1: %2</translation>
    </message>
    <message>
        <source>Other clicks</source>
        <translation>Outros cliques</translation>
    </message>
    <message>
        <source>Other links</source>
        <translation>Outros links</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Cli</name>
    <message>
        <source>The keychain did not answer.</source>
        <translation>O chaveiro não respondeu.</translation>
    </message>
    <message>
        <source>Run linkdeck-cli from a desktop session, where GNOME Keyring or KWallet is available.</source>
        <translation>Execute o linkdeck-cli em uma sessão de desktop onde o GNOME Keyring ou o KWallet esteja disponível.</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>Adds an account with a link service. The API token is read from the terminal without showing it, or with --token-stdin as the first line of stdin, and kept only in the keychain (GNOME Keyring, KWallet). The connection is tested before anything is saved.</source>
        <translation>Adiciona uma conta de um serviço de links. O token da API é lido do terminal sem ser exibido, ou com --token-stdin como primeira linha do stdin, e guardado só no chaveiro (GNOME Keyring, KWallet). A conexão é testada antes de salvar qualquer coisa.</translation>
    </message>
    <message>
        <source>The service: bitly, rebrandly, shlink or cuttly.</source>
        <translation>O serviço: bitly, rebrandly, shlink ou cuttly.</translation>
    </message>
    <message>
        <source>The API address: required for Shlink (the server, e.g. https://s.example.com), otherwise the service&apos;s own.</source>
        <translation>O endereço da API: obrigatório para Shlink (o servidor, p. ex. https://s.example.com); caso contrário, o do serviço.</translation>
    </message>
    <message>
        <source>The Rebrandly workspace or the Bitly group (default: the account&apos;s first).</source>
        <translation>O espaço de trabalho do Rebrandly ou o grupo do Bitly (padrão: o primeiro da conta).</translation>
    </message>
    <message>
        <source>The domain of new links when none is given.</source>
        <translation>O domínio dos novos links quando nenhum é informado.</translation>
    </message>
    <message>
        <source>Read the token from the first line of stdin.</source>
        <translation>Ler o token da primeira linha do stdin.</translation>
    </message>
    <message>
        <source>Save the account without testing the connection.</source>
        <translation>Salvar a conta sem testar a conexão.</translation>
    </message>
    <message>
        <source>A name for the account, e.g. Marketing.</source>
        <translation>Um nome para a conta, p. ex. Marketing.</translation>
    </message>
    <message>
        <source>accounts add needs exactly one account name.</source>
        <translation>accounts add precisa de exatamente um nome de conta.</translation>
    </message>
    <message>
        <source>accounts add needs --provider bitly, rebrandly, shlink or cuttly.</source>
        <translation>accounts add precisa de --provider bitly, rebrandly, shlink ou cuttly.</translation>
    </message>
    <message>
        <source>Unknown provider “%1”: use bitly, rebrandly, shlink or cuttly.</source>
        <translation>Serviço desconhecido “%1”: use bitly, rebrandly, shlink ou cuttly.</translation>
    </message>
    <message>
        <source>Give the account a name.</source>
        <translation>Dê um nome à conta.</translation>
    </message>
    <message>
        <source>There is already an account named “%1”.</source>
        <translation>Já existe uma conta chamada “%1”.</translation>
    </message>
    <message>
        <source>API token for “%1” (%2): </source>
        <translation>Token da API para “%1” (%2): </translation>
    </message>
    <message>
        <source>Give the token with --token-stdin.</source>
        <translation>Informe o token com --token-stdin.</translation>
    </message>
    <message>
        <source>The token is empty: nothing was saved.</source>
        <translation>O token está vazio: nada foi salvo.</translation>
    </message>
    <message>
        <source>Linkdeck cannot use accounts of %1.</source>
        <translation>O Linkdeck não pode usar contas de %1.</translation>
    </message>
    <message>
        <source>The account “%1” was not added: %2</source>
        <translation>A conta “%1” não foi adicionada: %2</translation>
    </message>
    <message>
        <source>Added the account “%1” (%2).</source>
        <translation>Conta “%1” (%2) adicionada.</translation>
    </message>
    <message>
        <source>Lists the accounts: id, name, service, default domain, API address and last sync. Tokens stay in the keychain and are never shown.</source>
        <translation>Lista as contas: id, nome, serviço, domínio padrão, endereço da API e última sincronização. Os tokens ficam no chaveiro e nunca são exibidos.</translation>
    </message>
    <message>
        <source>table (default), csv or json.</source>
        <translation>table (padrão), csv ou json.</translation>
    </message>
    <message>
        <source>accounts list takes no arguments, only options: “%1”.</source>
        <translation>accounts list não aceita argumentos, só opções: “%1”.</translation>
    </message>
    <message>
        <source>Unknown format “%1”: use table, csv or json.</source>
        <translation>Formato desconhecido “%1”: use table, csv ou json.</translation>
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
        <translation>SERVIÇO</translation>
    </message>
    <message>
        <source>DOMAIN</source>
        <translation>DOMÍNIO</translation>
    </message>
    <message>
        <source>API BASE</source>
        <translation>ENDEREÇO DA API</translation>
    </message>
    <message>
        <source>LAST SYNC</source>
        <translation>ÚLTIMA SINCRONIZAÇÃO</translation>
    </message>
    <message>
        <source>Could not write the list to the output.</source>
        <translation>Não foi possível gravar a lista na saída.</translation>
    </message>
    <message>
        <source>Removes an account from Linkdeck, with the links kept of it on this computer and its token in the keychain. The links stay with the service.</source>
        <translation>Remove uma conta do Linkdeck, com os links dela guardados neste computador e o token dela no chaveiro. Os links continuam no serviço.</translation>
    </message>
    <message>
        <source>The account&apos;s name.</source>
        <translation>O nome da conta.</translation>
    </message>
    <message>
        <source>accounts remove needs exactly one account name.</source>
        <translation>accounts remove precisa de exatamente um nome de conta.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made offline in “%1” had not been sent yet; they are gone.</source>
        <translation>
            <numerusform>%n alteração feita offline em “%1” ainda não tinha sido enviada; ela foi perdida.</numerusform>
            <numerusform>%n alterações feitas offline em “%1” ainda não tinham sido enviadas; elas foram perdidas.</numerusform>
        </translation>
    </message>
    <message>
        <source>The account “%1” was removed, but its token could not be removed from the keychain: %2</source>
        <translation>A conta “%1” foi removida, mas não foi possível remover o token dela do chaveiro: %2</translation>
    </message>
    <message>
        <source>Removed the account “%1”.</source>
        <translation>Conta “%1” removida.</translation>
    </message>
    <message>
        <source>Reads the links of the accounts with link services into this computer&apos;s list, then sends the changes made while a service could not be reached (those of every account). Fails if a service could not be reached or a change is still waiting.</source>
        <translation>Lê os links das contas de serviços de links para a lista deste computador e depois envia as alterações feitas enquanto um serviço estava inacessível (as de todas as contas). Falha se um serviço não pôde ser acessado ou se ainda há uma alteração pendente.</translation>
    </message>
    <message>
        <source>Only this account (default: every account with a link service).</source>
        <translation>Só esta conta (padrão: todas as contas com um serviço de links).</translation>
    </message>
    <message>
        <source>sync takes no arguments, only options: “%1”.</source>
        <translation>sync não aceita argumentos, só opções: “%1”.</translation>
    </message>
    <message>
        <source>“%1” keeps its links on this computer: there is nothing to sync.</source>
        <translation>“%1” guarda os links dela neste computador: não há nada para sincronizar.</translation>
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
            <numerusform>%n alteração feita offline enviada.</numerusform>
            <numerusform>%n alterações feitas offline enviadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The services refused %n change(s) made offline; they are marked as not sent.</source>
        <translation>
            <numerusform>Os serviços recusaram %n alteração feita offline; ela está marcada como não enviada.</numerusform>
            <numerusform>Os serviços recusaram %n alterações feitas offline; elas estão marcadas como não enviadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) still wait for the network.</source>
        <translation>
            <numerusform>%n alteração ainda aguarda a rede.</numerusform>
            <numerusform>%n alterações ainda aguardam a rede.</numerusform>
        </translation>
    </message>
    <message>
        <source>Creates the links of a table: CSV or TSV as Excel and LibreOffice save them (any separator, UTF-8 or UTF-16), Excel workbooks (XLSX, the first sheet), JSON, or the export of Linkdeck, Bitly, Rebrandly, Shlink, YOURLS or Kutt. The first row names the columns (destination or url, slug, title, tags, utm_*, domain, expires_at, ...). Links already there are left as they are, so a stopped import goes on when it is run again. A file that cannot be read changes nothing.</source>
        <translation>Cria os links de uma tabela: CSV ou TSV como o Excel e o LibreOffice os salvam (qualquer separador, UTF-8 ou UTF-16), pastas de trabalho do Excel (XLSX, a primeira planilha), JSON, ou a exportação do Linkdeck, Bitly, Rebrandly, Shlink, YOURLS ou Kutt. A primeira linha nomeia as colunas (destination ou url, slug, title, tags, utm_*, domain, expires_at, ...). Os links que já existem ficam como estão, então uma importação interrompida continua quando executada novamente. Um arquivo que não pode ser lido não altera nada.</translation>
    </message>
    <message>
        <source>The account to create them in (default: This computer).</source>
        <translation>A conta onde criá-los (padrão: Este computador).</translation>
    </message>
    <message>
        <source>The domain for rows that name none.</source>
        <translation>O domínio para as linhas que não informam nenhum.</translation>
    </message>
    <message>
        <source>Tell what would happen to each row; change nothing.</source>
        <translation>Informar o que aconteceria com cada linha, sem alterar nada.</translation>
    </message>
    <message>
        <source>When a back-half is taken by another address: skip the row (default), rename (spring-2) or update the existing link.</source>
        <translation>Quando um sufixo está em uso por outro endereço: ignorar a linha (skip, padrão), renomear (rename: spring-2) ou atualizar o link existente (update).</translation>
    </message>
    <message>
        <source>The file&apos;s format if its name does not tell: csv, tsv, json or xlsx.</source>
        <translation>O formato do arquivo se o nome não o indicar: csv, tsv, json ou xlsx.</translation>
    </message>
    <message>
        <source>Write a CSV report of every row to this file.</source>
        <translation>Gravar neste arquivo um relatório CSV de cada linha.</translation>
    </message>
    <message>
        <source>The table of links.</source>
        <translation>A tabela de links.</translation>
    </message>
    <message>
        <source>links import needs exactly one FILE.</source>
        <translation>links import precisa de exatamente um ARQUIVO.</translation>
    </message>
    <message>
        <source>Unknown --on-conflict “%1”: use skip, rename or update.</source>
        <translation>--on-conflict desconhecido “%1”: use skip, rename ou update.</translation>
    </message>
    <message>
        <source>Unknown format “%1”: use csv, tsv, json or xlsx.</source>
        <translation>Formato desconhecido “%1”: use csv, tsv, json ou xlsx.</translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation>Não é possível ler “%1”: %2</translation>
    </message>
    <message>
        <source>The report “%1” cannot be written: %2</source>
        <translation>Não é possível gravar o relatório “%1”: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 asks to wait (%2); the import goes on in %n second(s).</source>
        <translation>
            <numerusform>%1 pede para aguardar (%2); a importação continua em %n segundo.</numerusform>
            <numerusform>%1 pede para aguardar (%2); a importação continua em %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <translation>%1 de %2 linhas</translation>
    </message>
    <message>
        <source>Writes the links of an account with every field and their click totals, oldest first: CSV (opens in Excel as it is), JSON or an Excel workbook. A file written here imports back unchanged with &quot;links import&quot;.</source>
        <translation>Grava os links de uma conta com todos os campos e os totais de cliques, dos mais antigos para os mais novos: CSV (abre direto no Excel), JSON ou uma pasta de trabalho do Excel. Um arquivo gravado aqui pode ser importado de volta sem alterações com “links import”.</translation>
    </message>
    <message>
        <source>The account whose links to write (default: This computer).</source>
        <translation>A conta cujos links serão gravados (padrão: Este computador).</translation>
    </message>
    <message>
        <source>Only links whose back-half, address, title, tags or campaign contain TEXT.</source>
        <translation>Só os links cujo sufixo, endereço, título, tags ou campanha contêm TEXTO.</translation>
    </message>
    <message>
        <source>csv, json or xlsx (default: by the file name, else csv).</source>
        <translation>csv, json ou xlsx (padrão: pelo nome do arquivo; senão, csv).</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>O arquivo a gravar.</translation>
    </message>
    <message>
        <source>links export takes no arguments, only options: “%1”.</source>
        <translation>links export não aceita argumentos, só opções: “%1”.</translation>
    </message>
    <message>
        <source>links export needs -o FILE.</source>
        <translation>links export precisa de -o ARQUIVO.</translation>
    </message>
    <message>
        <source>Unknown format “%1”: use csv, json or xlsx.</source>
        <translation>Formato desconhecido “%1”: use csv, json ou xlsx.</translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) written to %1.</source>
        <translation>
            <numerusform>%n link gravado em %1.</numerusform>
            <numerusform>%n links gravados em %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Makes the links of one account on another, with the same back-half where it is free there, titles, tags and UTM values, then points each old link to its new short URL where the old service allows it. No link is deleted.</source>
        <translation>Cria os links de uma conta em outra, com o mesmo sufixo onde estiver livre, títulos, tags e valores UTM, e depois redireciona cada link antigo para o novo URL curto onde o serviço antigo permitir. Nenhum link é excluído.</translation>
    </message>
    <message>
        <source>Makes the links of one account on another too, with the same back-half where it is free there, titles, tags and UTM values. The old links stay as they are.</source>
        <translation>Cria também os links de uma conta em outra, com o mesmo sufixo onde estiver livre, títulos, tags e valores UTM. Os links antigos ficam como estão.</translation>
    </message>
    <message>
        <source>The account the links are on.</source>
        <translation>A conta em que os links estão.</translation>
    </message>
    <message>
        <source>The account to make them on.</source>
        <translation>A conta onde criá-los.</translation>
    </message>
    <message>
        <source>Only the links matching this text, as the app&apos;s filter box.</source>
        <translation>Só os links que correspondem a este texto, como o campo de filtro do aplicativo.</translation>
    </message>
    <message>
        <source>When the back-half is taken on the target: skip the link (default) or rename (spring-2).</source>
        <translation>Quando o sufixo está em uso no destino: ignorar o link (padrão) ou renomear (spring-2).</translation>
    </message>
    <message>
        <source>Write each old and new short URL to this CSV file.</source>
        <translation>Gravar cada URL curto antigo e novo neste arquivo CSV.</translation>
    </message>
    <message>
        <source>This command takes no arguments, only options: “%1”.</source>
        <translation>Este comando não aceita argumentos, só opções: “%1”.</translation>
    </message>
    <message>
        <source>Name both accounts: --from and --to.</source>
        <translation>Informe as duas contas: --from e --to.</translation>
    </message>
    <message>
        <source>--on-conflict takes skip or rename, not “%1”.</source>
        <translation>--on-conflict aceita skip ou rename, não “%1”.</translation>
    </message>
    <message>
        <source>--from and --to name the same account.</source>
        <translation>--from e --to indicam a mesma conta.</translation>
    </message>
    <message>
        <source>No link of %1 matches.</source>
        <translation>Nenhum link de %1 corresponde.</translation>
    </message>
    <message>
        <source>Could not write the mapping to %1: %2</source>
        <translation>Não foi possível gravar a correspondência em %1: %2</translation>
    </message>
    <message>
        <source>--data-dir needs a folder.</source>
        <translation>--data-dir precisa de uma pasta.</translation>
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

Comandos:
  links create URL [opções]    cria um link curto e o exibe
  links list [opções]          lista os links como tabela, CSV ou JSON
  links update SLUG [--url URL] [--title T] [--tag T]... [--new-slug S]
  links show SLUG [--domain D]  os campos de um link, inclusive se ele pede senha
  links delete SLUG [--domain D]
  links import FILE [--dry-run] [--on-conflict skip|rename|update]   links de CSV, TSV, XLSX ou JSON
  links export --format csv|json|xlsx -o FILE [--filter TEXT]   todos os campos e os totais de cliques
  accounts add NAME --provider bitly|rebrandly|shlink|cuttly [--api-base URL] [--token-stdin]
  accounts list [--format table|csv|json]
  accounts remove NAME
  sync [--account NAME]        lê os links dos serviços, envia as alterações feitas offline
  qr TEXT_OR_SLUG -o FILE [opções]   um código QR pronto para impressão (PNG, SVG, PDF, EPS)
  qr-sheet SLUG... -o FILE.pdf [--paper a4|letter] [--grid COLSxROWS]   uma folha de etiquetas
  stats clicks|countries|referrers|devices|browsers|os SLUG_OR_CAMPAIGN [--from] [--to] [--unit] [--tz] [--format]

Os comandos links e stats aceitam --account NAME para uma conta de um serviço de links
(padrão: &quot;This computer&quot;).
Execute &quot;linkdeck-cli links create --help&quot; para ver as opções de um comando.
Opções globais: --data-dir DIR (manter o banco de dados em DIR), --help, --version.
</translation>
    </message>
    <message>
        <source>See &quot;%1 --help&quot;.</source>
        <translation>Veja “%1 --help”.</translation>
    </message>
    <message>
        <source>Unknown command “%1”. Run &quot;linkdeck-cli --help&quot; for the commands.</source>
        <translation>Comando desconhecido “%1”. Execute &quot;linkdeck-cli --help&quot; para ver os comandos.</translation>
    </message>
    <message>
        <source>%1 needs a command: %2.</source>
        <translation>%1 precisa de um comando: %2.</translation>
    </message>
    <message>
        <source>Unknown command “%1 %2”: use %3.</source>
        <translation>Comando desconhecido “%1 %2”: use %3.</translation>
    </message>
    <message>
        <source>The database has no account for this computer.</source>
        <translation>O banco de dados não tem nenhuma conta para este computador.</translation>
    </message>
    <message>
        <source>There is no account “%1”. Run &quot;linkdeck-cli accounts list&quot; for the accounts.</source>
        <translation>Não existe a conta “%1”. Execute &quot;linkdeck-cli accounts list&quot; para ver as contas.</translation>
    </message>
    <message>
        <source>Linkdeck cannot use the account “%1”.</source>
        <translation>O Linkdeck não pode usar a conta “%1”.</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>aviso: %1</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Mostrar esta ajuda.</translation>
    </message>
    <message>
        <source>Keep the database in DIR (also accepted before the command).</source>
        <translation>Manter o banco de dados em DIR (também aceito antes do comando).</translation>
    </message>
    <message>
        <source>Usage: linkdeck-cli %1</source>
        <translation>Uso: linkdeck-cli %1</translation>
    </message>
    <message>
        <source>“%1” is not a domain name.</source>
        <translation>“%1” não é um nome de domínio.</translation>
    </message>
    <message>
        <source>WHEN is YYYY-MM-DD or YYYY-MM-DDTHH:MM (a space for the T is fine), in your time zone unless it ends in Z or an offset such as +01:00.</source>
        <translation>QUANDO é AAAA-MM-DD ou AAAA-MM-DDTHH:MM (um espaço no lugar do T também serve), no seu fuso horário, a menos que termine em Z ou em um deslocamento como +01:00.</translation>
    </message>
    <message>
        <source>An option and its --no- option cannot be given together, e.g. --expires and --no-expiry.</source>
        <translation>Uma opção e sua opção --no- não podem ser usadas juntas, p. ex. --expires e --no-expiry.</translation>
    </message>
    <message>
        <source>--starts needs a date such as 2026-12-24 or 2026-12-24T18:00, not “%1”.</source>
        <translation>--starts precisa de uma data como 2026-12-24 ou 2026-12-24T18:00, não “%1”.</translation>
    </message>
    <message>
        <source>--expires needs a date such as 2026-12-31 or 2026-12-31T23:59, not “%1”.</source>
        <translation>--expires precisa de uma data como 2026-12-31 ou 2026-12-31T23:59, não “%1”.</translation>
    </message>
    <message>
        <source>--max-clicks needs a whole number of clicks, at least 1, not “%1”.</source>
        <translation>--max-clicks precisa de um número inteiro de cliques, pelo menos 1, não “%1”.</translation>
    </message>
    <message>
        <source>%1 cannot protect a link by a password; only links on this computer can.</source>
        <translation>%1 não consegue proteger um link com senha; só os links deste computador conseguem.</translation>
    </message>
    <message>
        <source>Creates a short link and prints it: on this computer, or with --account on a link service. An address without a scheme gets https://; the UTM options are added to its query, replacing those it has. When the service cannot be reached, the link is kept and created by &quot;sync&quot;. A link can start and end at a time and stop after a number of clicks; on this computer it then sends visitors to --fallback, or shows a page saying it has ended.</source>
        <translation>Cria um link curto e o exibe: neste computador, ou com --account em um serviço de links. Um endereço sem esquema recebe https://; as opções UTM são acrescentadas aos parâmetros, substituindo os existentes. Quando o serviço está inacessível, o link é guardado e criado pelo &quot;sync&quot;. Um link pode começar e terminar em um horário e parar após um número de cliques; neste computador, ele então envia os visitantes para --fallback, ou mostra uma página dizendo que foi encerrado.</translation>
    </message>
    <message>
        <source>The back-half; random if not given.</source>
        <translation>O sufixo; aleatório se não for informado.</translation>
    </message>
    <message>
        <source>The short link&apos;s domain.</source>
        <translation>O domínio do link curto.</translation>
    </message>
    <message>
        <source>A title for your link list.</source>
        <translation>Um título para a sua lista de links.</translation>
    </message>
    <message>
        <source>A tag; repeat for several.</source>
        <translation>Uma tag; repita para várias.</translation>
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
        <translation>utm_campaign, p. ex. promo-primavera.</translation>
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
        <translation>Escrever os valores UTM em minúsculas.</translation>
    </message>
    <message>
        <source>The link works from this time on.</source>
        <translation>O link funciona a partir deste horário.</translation>
    </message>
    <message>
        <source>The link has ended from this time on (a date alone: after that day).</source>
        <translation>O link é encerrado a partir deste horário (só uma data: depois desse dia).</translation>
    </message>
    <message>
        <source>The link has ended after N clicks.</source>
        <translation>O link é encerrado após N cliques.</translation>
    </message>
    <message>
        <source>Where visitors go before the start and after the end (this computer&apos;s links only).</source>
        <translation>Para onde vão os visitantes antes do início e após o fim (só links deste computador).</translation>
    </message>
    <message>
        <source>Visitors must type a password, read from the first line of stdin, before they are redirected (this computer&apos;s links only). Only its hash is kept.</source>
        <translation>Os visitantes precisam digitar uma senha, lida da primeira linha do stdin, antes de serem redirecionados (só links deste computador). Só o hash dela é guardado.</translation>
    </message>
    <message>
        <source>The title link previews show (LinkedIn, Facebook, X, Slack, ...; this computer&apos;s links only).</source>
        <translation>O título exibido nas prévias de link (LinkedIn, Facebook, X, Slack, ...; só links deste computador).</translation>
    </message>
    <message>
        <source>The description link previews show.</source>
        <translation>A descrição exibida nas prévias de link.</translation>
    </message>
    <message>
        <source>The address of the image link previews show.</source>
        <translation>O endereço da imagem exibida nas prévias de link.</translation>
    </message>
    <message>
        <source>The account to create it in (default: This computer).</source>
        <translation>A conta onde criá-lo (padrão: Este computador).</translation>
    </message>
    <message>
        <source>The address the short link opens.</source>
        <translation>O endereço que o link curto abre.</translation>
    </message>
    <message>
        <source>links create needs exactly one URL.</source>
        <translation>links create precisa de exatamente um URL.</translation>
    </message>
    <message>
        <source>Saved offline: the link will be created on %1 when the network is back.</source>
        <translation>Salvo offline: o link será criado em %1 quando a rede voltar.</translation>
    </message>
    <message>
        <source>Lists the links of an account, newest first. The links of a link service are read from it first; when it cannot be reached, those kept on this computer are listed. The table shows local times; CSV and JSON give times in ISO 8601 UTC, and JSON lists tags as an array.</source>
        <translation>Lista os links de uma conta, os mais novos primeiro. Os links de um serviço de links são lidos dele primeiro; quando ele está inacessível, são listados os guardados neste computador. A tabela mostra horários locais; CSV e JSON dão os horários em ISO 8601 UTC, e o JSON lista as tags como array.</translation>
    </message>
    <message>
        <source>table (default), csv or json. CSV joins tags with &quot;; &quot;. The table shows control characters as escapes (\x1b); CSV and JSON give the data exactly, for programs.</source>
        <translation>table (padrão), csv ou json. O CSV junta as tags com &quot;; &quot;. A tabela mostra caracteres de controle como sequências de escape (\x1b); CSV e JSON dão os dados exatamente como são, para programas.</translation>
    </message>
    <message>
        <source>Only links whose back-half, destination, title, tags or campaign contain TEXT.</source>
        <translation>Só os links cujo sufixo, destino, título, tags ou campanha contêm TEXTO.</translation>
    </message>
    <message>
        <source>At most N links.</source>
        <translation>No máximo N links.</translation>
    </message>
    <message>
        <source>The account whose links to list (default: This computer).</source>
        <translation>A conta cujos links serão listados (padrão: Este computador).</translation>
    </message>
    <message>
        <source>links list takes no arguments, only options: “%1”.</source>
        <translation>links list não aceita argumentos, só opções: “%1”.</translation>
    </message>
    <message>
        <source>--limit needs a number of links.</source>
        <translation>--limit precisa de um número de links.</translation>
    </message>
    <message>
        <source>Changes a link found by its back-half and prints its short URL. Each link service allows other changes; what it does not allow is refused before anything is sent. The --no- options remove a start, an end, a click limit or the fallback address.</source>
        <translation>Altera um link encontrado pelo sufixo e exibe o URL curto dele. Cada serviço de links permite alterações diferentes; o que ele não permite é recusado antes de qualquer envio. As opções --no- removem um início, um fim, um limite de cliques ou o endereço alternativo.</translation>
    </message>
    <message>
        <source>The short link&apos;s domain (default: the account&apos;s, or the only one with SLUG).</source>
        <translation>O domínio do link curto (padrão: o da conta, ou o único com SLUG).</translation>
    </message>
    <message>
        <source>The new destination.</source>
        <translation>O novo destino.</translation>
    </message>
    <message>
        <source>The new title.</source>
        <translation>O novo título.</translation>
    </message>
    <message>
        <source>A tag, replacing the link&apos;s tags; repeat for several.</source>
        <translation>Uma tag, que substitui as tags do link; repita para várias.</translation>
    </message>
    <message>
        <source>A new back-half.</source>
        <translation>Um novo sufixo.</translation>
    </message>
    <message>
        <source>The link works at once (removes the start).</source>
        <translation>O link funciona imediatamente (remove o início).</translation>
    </message>
    <message>
        <source>The link never ends by date (removes the end).</source>
        <translation>O link nunca é encerrado por data (remove o fim).</translation>
    </message>
    <message>
        <source>Removes the click limit.</source>
        <translation>Remove o limite de cliques.</translation>
    </message>
    <message>
        <source>Removes the fallback address: an ended link shows a page saying so.</source>
        <translation>Remove o endereço alternativo: um link encerrado mostra uma página dizendo isso.</translation>
    </message>
    <message>
        <source>Protects the link by a new password, read from the first line of stdin (this computer&apos;s links only).</source>
        <translation>Protege o link com uma nova senha, lida da primeira linha do stdin (só links deste computador).</translation>
    </message>
    <message>
        <source>Removes the password: visitors are redirected at once.</source>
        <translation>Remove a senha: os visitantes são redirecionados imediatamente.</translation>
    </message>
    <message>
        <source>The title link previews show (this computer&apos;s links only).</source>
        <translation>O título exibido nas prévias de link (só links deste computador).</translation>
    </message>
    <message>
        <source>Removes the link&apos;s preview: crawlers are redirected like people.</source>
        <translation>Remove a prévia do link: os rastreadores são redirecionados como as pessoas.</translation>
    </message>
    <message>
        <source>The link&apos;s account (default: This computer).</source>
        <translation>A conta do link (padrão: Este computador).</translation>
    </message>
    <message>
        <source>The back-half of the link to change.</source>
        <translation>O sufixo do link a alterar.</translation>
    </message>
    <message>
        <source>links update needs exactly one back-half.</source>
        <translation>links update precisa de exatamente um sufixo.</translation>
    </message>
    <message>
        <source>--password-stdin and --no-password cannot be given together.</source>
        <translation>--password-stdin e --no-password não podem ser usadas juntas.</translation>
    </message>
    <message>
        <source>The link was changed, but not its password: %1</source>
        <translation>O link foi alterado, mas a senha dele não: %1</translation>
    </message>
    <message>
        <source>Saved offline: the change will be sent to %1 when the network is back.</source>
        <translation>Salvo offline: a alteração será enviada para %1 quando a rede voltar.</translation>
    </message>
    <message>
        <source>Shows a link found by its back-half: its addresses, title, tags, clicks, limits and whether visitors must type a password. Times are local.</source>
        <translation>Mostra um link encontrado pelo sufixo: endereços, título, tags, cliques, limites e se os visitantes precisam digitar uma senha. Os horários são locais.</translation>
    </message>
    <message>
        <source>The back-half of the link to show.</source>
        <translation>O sufixo do link a mostrar.</translation>
    </message>
    <message>
        <source>links show needs exactly one back-half.</source>
        <translation>links show precisa de exatamente um sufixo.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>nenhum</translation>
    </message>
    <message>
        <source>Short URL</source>
        <translation>Link curto</translation>
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
        <translation>Tags</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Cliques</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Início</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Termina</translation>
    </message>
    <message>
        <source>Max clicks</source>
        <translation>Máx. de cliques</translation>
    </message>
    <message>
        <source>Fallback</source>
        <translation>Endereço alternativo</translation>
    </message>
    <message>
        <source>Password protected</source>
        <translation>Protegido por senha</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sim</translation>
    </message>
    <message>
        <source>no</source>
        <translation>não</translation>
    </message>
    <message>
        <source>Preview title</source>
        <translation>Título da prévia</translation>
    </message>
    <message>
        <source>Preview description</source>
        <translation>Descrição da prévia</translation>
    </message>
    <message>
        <source>Preview image</source>
        <translation>Imagem da prévia</translation>
    </message>
    <message>
        <source>Deletes a link by its back-half; upper and lower case are the same.</source>
        <translation>Exclui um link pelo sufixo; maiúsculas e minúsculas são equivalentes.</translation>
    </message>
    <message>
        <source>The back-half of the link to delete.</source>
        <translation>O sufixo do link a excluir.</translation>
    </message>
    <message>
        <source>links delete needs exactly one back-half.</source>
        <translation>links delete precisa de exatamente um sufixo.</translation>
    </message>
    <message>
        <source>Saved offline: the link will be deleted on %1 when the network is back.</source>
        <translation>Salvo offline: o link será excluído em %1 quando a rede voltar.</translation>
    </message>
    <message>
        <source>Deleted %1</source>
        <translation>%1 excluído</translation>
    </message>
    <message>
        <source>SHORT LINK</source>
        <translation>LINK CURTO</translation>
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
        <translation>TAGS</translation>
    </message>
    <message>
        <source>CLICKS</source>
        <translation>CLIQUES</translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation>CRIADO</translation>
    </message>
    <message>
        <source>Error correction: L, M (default), Q or H.</source>
        <translation>Correção de erros: L, M (padrão), Q ou H.</translation>
    </message>
    <message>
        <source>Smallest QR version to use, 1 to 40 (default: the smallest that fits).</source>
        <translation>Menor versão de QR a usar, de 1 a 40 (padrão: a menor que comporte).</translation>
    </message>
    <message>
        <source>Margin in modules (default 4).</source>
        <translation>Margem em módulos (padrão 4).</translation>
    </message>
    <message>
        <source>Colour of the modules: #rrggbb, a name, or cmyk(c,m,y,k) in percent.</source>
        <translation>Cor dos módulos: #rrggbb, um nome, ou cmyk(c,m,y,k) em porcentagem.</translation>
    </message>
    <message>
        <source>Background colour, or &quot;transparent&quot;.</source>
        <translation>Cor de fundo, ou &quot;transparent&quot;.</translation>
    </message>
    <message>
        <source>square (default), rounded or dots.</source>
        <translation>square (padrão), rounded ou dots.</translation>
    </message>
    <message>
        <source>The corner marks: square (default) or rounded.</source>
        <translation>As marcas dos cantos: square (padrão) ou rounded.</translation>
    </message>
    <message>
        <source>A PNG or SVG logo centred on the code (uses error correction H).</source>
        <translation>Um logotipo PNG ou SVG centralizado no código (usa a correção de erros H).</translation>
    </message>
    <message>
        <source>--%1 takes a number from %2 to %3.</source>
        <translation>--%1 aceita um número de %2 a %3.</translation>
    </message>
    <message>
        <source>“%1” is not a colour.</source>
        <translation>“%1” não é uma cor.</translation>
    </message>
    <message>
        <source>--ecc takes L, M, Q or H.</source>
        <translation>--ecc aceita L, M, Q ou H.</translation>
    </message>
    <message>
        <source>--shape takes square, rounded or dots.</source>
        <translation>--shape aceita square, rounded ou dots.</translation>
    </message>
    <message>
        <source>--finder takes square or rounded.</source>
        <translation>--finder aceita square ou rounded.</translation>
    </message>
    <message>
        <source>--quiet-zone and --min-version take whole numbers.</source>
        <translation>--quiet-zone e --min-version aceitam números inteiros.</translation>
    </message>
    <message>
        <source>png, svg, pdf or eps; by default from the file&apos;s extension.</source>
        <translation>png, svg, pdf ou eps; por padrão, pela extensão do arquivo.</translation>
    </message>
    <message>
        <source>Printed width in millimetres, quiet zone included (default 30).</source>
        <translation>Largura impressa em milímetros, com a zona de silêncio (padrão 30).</translation>
    </message>
    <message>
        <source>Size of one module in millimetres (instead of --size-mm).</source>
        <translation>Tamanho de um módulo em milímetros (em vez de --size-mm).</translation>
    </message>
    <message>
        <source>Resolution of PNG output (default 300).</source>
        <translation>Resolução da saída PNG (padrão 300).</translation>
    </message>
    <message>
        <source>Text printed under the code.</source>
        <translation>Texto impresso abaixo do código.</translation>
    </message>
    <message>
        <source>CMYK output for print shops: PDF in DeviceCMYK, EPS in setcmykcolor; black is pure K.</source>
        <translation>Saída CMYK para gráficas: PDF em DeviceCMYK, EPS em setcmykcolor; o preto é K puro.</translation>
    </message>
    <message>
        <source>Name the file to write: -o FILE.</source>
        <translation>Informe o arquivo a gravar: -o ARQUIVO.</translation>
    </message>
    <message>
        <source>Choose a format: png, svg, pdf or eps (--format, or the file&apos;s extension).</source>
        <translation>Escolha um formato: png, svg, pdf ou eps (--format, ou a extensão do arquivo).</translation>
    </message>
    <message>
        <source>Give either --size-mm or --module-mm, not both.</source>
        <translation>Informe --size-mm ou --module-mm, não os dois.</translation>
    </message>
    <message>
        <source>--cmyk is for PDF and EPS output.</source>
        <translation>--cmyk é para saída PDF e EPS.</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>O arquivo PDF a gravar.</translation>
    </message>
    <message>
        <source>a4 (default) or letter.</source>
        <translation>a4 (padrão) ou letter.</translation>
    </message>
    <message>
        <source>Columns x rows per page (default 4x6).</source>
        <translation>Colunas x linhas por página (padrão 4x6).</translation>
    </message>
    <message>
        <source>Page margin in millimetres (default 10).</source>
        <translation>Margem da página em milímetros (padrão 10).</translation>
    </message>
    <message>
        <source>Gap between labels in millimetres (default 4).</source>
        <translation>Espaço entre as etiquetas em milímetros (padrão 4).</translation>
    </message>
    <message>
        <source>Leave the short URLs off the labels.</source>
        <translation>Não colocar os URLs curtos nas etiquetas.</translation>
    </message>
    <message>
        <source>Name the PDF to write: -o FILE.pdf.</source>
        <translation>Informe o PDF a gravar: -o ARQUIVO.pdf.</translation>
    </message>
    <message>
        <source>--paper takes a4 or letter.</source>
        <translation>--paper aceita a4 ou letter.</translation>
    </message>
    <message>
        <source>--grid takes columns x rows, e.g. 4x6.</source>
        <translation>--grid aceita colunas x linhas, p. ex. 4x6.</translation>
    </message>
    <message>
        <source>A link&apos;s back-half (its short URL is encoded), or any text or URL.</source>
        <translation>O sufixo de um link (o URL curto dele é codificado), ou qualquer texto ou URL.</translation>
    </message>
    <message>
        <source>qr needs exactly one text, URL or back-half.</source>
        <translation>qr precisa de exatamente um texto, URL ou sufixo.</translation>
    </message>
    <message>
        <source>Back-halves of the links to print.</source>
        <translation>Sufixos dos links a imprimir.</translation>
    </message>
    <message>
        <source>qr-sheet needs back-halves and an output file: qr-sheet SLUG... -o FILE.pdf</source>
        <translation>qr-sheet precisa de sufixos e de um arquivo de saída: qr-sheet SLUG... -o ARQUIVO.pdf</translation>
    </message>
    <message>
        <source>There is no link “%1” on %2.</source>
        <translation>Não existe o link “%1” em %2.</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>este computador</translation>
    </message>
    <message>
        <source>the service&apos;s website</source>
        <translation>o site do serviço</translation>
    </message>
    <message>
        <source>%1 cannot list links through its API: only the links made with Linkdeck are listed.</source>
        <translation>%1 não consegue listar links pela API: só os links criados com o Linkdeck são listados.</translation>
    </message>
    <message>
        <source>%1 cannot create links through its API; create it on %2.</source>
        <translation>%1 não consegue criar links pela API; crie-o em %2.</translation>
    </message>
    <message>
        <source>%1 cannot change links through its API; change it on %2.</source>
        <translation>%1 não consegue alterar links pela API; altere-o em %2.</translation>
    </message>
    <message>
        <source>%1 cannot change where a link leads through its API; change it on %2.</source>
        <translation>%1 não consegue mudar para onde um link leva pela API; altere isso em %2.</translation>
    </message>
    <message>
        <source>%1 cannot change a link&apos;s title through its API; change it on %2.</source>
        <translation>%1 não consegue mudar o título de um link pela API; altere-o em %2.</translation>
    </message>
    <message>
        <source>%1 cannot change a link&apos;s tags through its API; change them on %2.</source>
        <translation>%1 não consegue mudar as tags de um link pela API; altere-as em %2.</translation>
    </message>
    <message>
        <source>%1 cannot change a link&apos;s back-half; create a new link instead.</source>
        <translation>%1 não consegue mudar o sufixo de um link; crie um novo link.</translation>
    </message>
    <message>
        <source>%1 cannot delete links through its API; delete it on %2.</source>
        <translation>%1 não consegue excluir links pela API; exclua-o em %2.</translation>
    </message>
    <message>
        <source>%1 cannot give a link a back-half of your choice; leave out --slug.</source>
        <translation>%1 não consegue dar a um link o sufixo que você escolher; omita --slug.</translation>
    </message>
    <message>
        <source>%1 cannot give links a title through its API; leave out --title.</source>
        <translation>%1 não consegue dar título aos links pela API; omita --title.</translation>
    </message>
    <message>
        <source>%1 cannot tag links through its API; leave out --tag.</source>
        <translation>%1 não consegue adicionar tags aos links pela API; omita --tag.</translation>
    </message>
    <message>
        <source>%1 cannot report clicks over time through its API; see them on %2.</source>
        <translation>%1 não consegue informar os cliques ao longo do tempo pela API; veja-os em %2.</translation>
    </message>
    <message>
        <source>Reading the links of “%1”: %2</source>
        <translation>Lendo os links de “%1”: %2</translation>
    </message>
    <message>
        <source>There is no link “%1” in the account “%2”.</source>
        <translation>Não existe o link “%1” na conta “%2”.</translation>
    </message>
    <message>
        <source>There is no link “%1” on %2 in the account “%3”.</source>
        <translation>Não existe o link “%1” em %2 na conta “%3”.</translation>
    </message>
    <message>
        <source>The account “%1” has several links whose back-half differs from “%2” only in case (%3): write the one you mean exactly.</source>
        <translation>A conta “%1” tem vários links cujo sufixo só difere de “%2” em maiúsculas e minúsculas (%3): escreva exatamente o que você quer.</translation>
    </message>
    <message>
        <source>The account “%1” has a link “%2” on several domains (%3): choose one with --domain.</source>
        <translation>A conta “%1” tem um link “%2” em vários domínios (%3): escolha um com --domain.</translation>
    </message>
    <message>
        <source>First day, YYYY-MM-DD (default: 29 days before --to).</source>
        <translation>Primeiro dia, AAAA-MM-DD (padrão: 29 dias antes de --to).</translation>
    </message>
    <message>
        <source>Last day, YYYY-MM-DD (default: today).</source>
        <translation>Último dia, AAAA-MM-DD (padrão: hoje).</translation>
    </message>
    <message>
        <source>hour, day, week or month (default: chosen for the range).</source>
        <translation>hour, day, week ou month (padrão: escolhido conforme o período).</translation>
    </message>
    <message>
        <source>Time zone of the buckets, e.g. Europe/Berlin (default: this computer&apos;s).</source>
        <translation>Fuso horário dos intervalos, p. ex. America/Sao_Paulo (padrão: o deste computador).</translation>
    </message>
    <message>
        <source>json (default) or csv.</source>
        <translation>json (padrão) ou csv.</translation>
    </message>
    <message>
        <source>Count visits by bots too (this computer&apos;s links only).</source>
        <translation>Contar também as visitas de bots (só links deste computador).</translation>
    </message>
    <message>
        <source>The link&apos;s domain (default: the account&apos;s, or the only one with SLUG).</source>
        <translation>O domínio do link (padrão: o da conta, ou o único com SLUG).</translation>
    </message>
    <message>
        <source>The account of the link or campaign (default: a link of This computer, a campaign in every account).</source>
        <translation>A conta do link ou da campanha (padrão: um link de Este computador, uma campanha em todas as contas).</translation>
    </message>
    <message>
        <source>A link&apos;s back-half, or a campaign (utm_campaign or tag).</source>
        <translation>O sufixo de um link, ou uma campanha (utm_campaign ou tag).</translation>
    </message>
    <message>
        <source>Unknown time zone “%1”.</source>
        <translation>Fuso horário desconhecido “%1”.</translation>
    </message>
    <message>
        <source>Give dates as YYYY-MM-DD, with --from not after --to.</source>
        <translation>Informe as datas como AAAA-MM-DD, com --from não posterior a --to.</translation>
    </message>
    <message>
        <source>Unknown format “%1”: use json or csv.</source>
        <translation>Formato desconhecido “%1”: use json ou csv.</translation>
    </message>
    <message>
        <source>--unit takes hour, day, week or month.</source>
        <translation>--unit aceita hour, day, week ou month.</translation>
    </message>
    <message>
        <source>There is no link “%1” and no campaign or tag of that name in the account “%2”.</source>
        <translation>Não existe o link “%1” nem campanha ou tag com esse nome na conta “%2”.</translation>
    </message>
    <message>
        <source>There is no link “%1” and no campaign or tag of that name.</source>
        <translation>Não existe o link “%1” nem campanha ou tag com esse nome.</translation>
    </message>
    <message>
        <source>There are no figures for “%1” in this period.</source>
        <translation>Não há números para “%1” neste período.</translation>
    </message>
    <message>
        <source>--variant and --no-split cannot be given together.</source>
        <translation>--variant e --no-split não podem ser usadas juntas.</translation>
    </message>
    <message>
        <source>--variant takes an address and its share of the visitors in percent, as in --variant https://shop.example/b=30.</source>
        <translation>--variant aceita um endereço e a parcela de visitantes dele em porcentagem, como em --variant https://shop.example/b=30.</translation>
    </message>
    <message>
        <source>An A/B split: another destination and its share of the visitors in percent (URL=PERCENT); repeat for up to nine. URL keeps the rest (this computer&apos;s links only).</source>
        <translation>Uma divisão A/B: outro destino e a parcela de visitantes dele em porcentagem (URL=PORCENTAGEM); repita para até nove. O URL fica com o restante (só links deste computador).</translation>
    </message>
    <message>
        <source>An A/B split, replacing the link&apos;s: another destination and its share of the visitors in percent (URL=PERCENT); repeat for up to nine. The link&apos;s destination keeps the rest.</source>
        <translation>Uma divisão A/B, que substitui a do link: outro destino e a parcela de visitantes dele em porcentagem (URL=PORCENTAGEM); repita para até nove. O destino do link fica com o restante.</translation>
    </message>
    <message>
        <source>Removes the A/B split: every visitor goes to the destination.</source>
        <translation>Remove a divisão A/B: todos os visitantes vão para o destino.</translation>
    </message>
    <message>
        <source>A/B split</source>
        <translation>Divisão A/B</translation>
    </message>
    <message>
        <source>Counts the clicks of a link or a campaign: on this computer, and as the link services count them; with --account, the link or campaign of that account only. &quot;variants&quot; gives a link&apos;s A/B split: each destination&apos;s clicks and whether the difference is significant.</source>
        <translation>Conta os cliques de um link ou de uma campanha: neste computador e como os serviços de links os contam; com --account, só o link ou a campanha dessa conta. &quot;variants&quot; mostra a divisão A/B de um link: os cliques de cada destino e se a diferença é significativa.</translation>
    </message>
    <message>
        <source>clicks, countries, referrers, devices, browsers, os or variants.</source>
        <translation>clicks, countries, referrers, devices, browsers, os ou variants.</translation>
    </message>
    <message>
        <source>stats needs what to count (clicks, countries, referrers, devices, browsers, os or variants) and a back-half or campaign.</source>
        <translation>stats precisa do que contar (clicks, countries, referrers, devices, browsers, os ou variants) e de um sufixo ou campanha.</translation>
    </message>
    <message>
        <source>There is no link “%1”; variants are a link&apos;s, not a campaign&apos;s.</source>
        <translation>Não existe o link “%1”; variantes são de um link, não de uma campanha.</translation>
    </message>
    <message>
        <source>The link “%1” has no A/B split.</source>
        <translation>O link “%1” não tem divisão A/B.</translation>
    </message>
    <message>
        <source>Rule %1: %2</source>
        <translation>Regra %1: %2</translation>
    </message>
    <message>
        <source>A targeting rule, &quot;CONDITIONS -&gt; URL&quot;, e.g. &quot;device=ios -&gt; https://apps.apple.com/app/id1&quot; or &quot;language=de, country=AT -&gt; https://shop.example/at&quot; (device, language, country, city, browser, ip, before, after, param:NAME=VALUE); repeat for several, the first that matches wins.</source>
        <translation>Uma regra de segmentação, &quot;CONDIÇÕES -&gt; URL&quot;, p. ex. &quot;device=ios -&gt; https://apps.apple.com/app/id1&quot; ou &quot;language=de, country=AT -&gt; https://shop.example/at&quot; (device, language, country, city, browser, ip, before, after, param:NOME=VALOR); repita para várias, a primeira que corresponder vale.</translation>
    </message>
    <message>
        <source>The link %1 was created, but not its rules: %2</source>
        <translation>O link %1 foi criado, mas as regras dele não: %2</translation>
    </message>
    <message>
        <source>A targeting rule, &quot;CONDITIONS -&gt; URL&quot;, replacing the link&apos;s rules; repeat for several (see links create).</source>
        <translation>Uma regra de segmentação, &quot;CONDIÇÕES -&gt; URL&quot;, que substitui as regras do link; repita para várias (veja links create).</translation>
    </message>
    <message>
        <source>Removes the link&apos;s targeting rules.</source>
        <translation>Remove as regras de segmentação do link.</translation>
    </message>
    <message>
        <source>--rule and --no-rules cannot be given together.</source>
        <translation>--rule e --no-rules não podem ser usadas juntas.</translation>
    </message>
    <message>
        <source>links update needs something to change: --url, --title, --tag, --new-slug, a limit (--starts, --expires, --max-clicks, --fallback or their --no- options), --password-stdin, --no-password, a --preview- option, --no-preview, --variant, --no-split, --rule or --no-rules.</source>
        <translation>links update precisa de algo para alterar: --url, --title, --tag, --new-slug, um limite (--starts, --expires, --max-clicks, --fallback ou suas opções --no-), --password-stdin, --no-password, uma opção --preview-, --no-preview, --variant, --no-split, --rule ou --no-rules.</translation>
    </message>
    <message>
        <source>The link was changed, but not its rules: %1</source>
        <translation>O link foi alterado, mas as regras dele não: %1</translation>
    </message>
    <message>
        <source>Rules: could not be read: %1</source>
        <translation>Regras: não foi possível ler: %1</translation>
    </message>
    <message>
        <source>Rules: none</source>
        <translation>Regras: nenhuma</translation>
    </message>
    <message>
        <source>Also write each link&apos;s clicks by country, referrer, device, browser and operating system, most first, as the statistics count them (bots left out).</source>
        <translation>Também grava os cliques de cada link por país, referência, dispositivo, navegador e sistema operacional, os mais numerosos primeiro, contados como nas estatísticas (sem bots).</translation>
    </message>
    <message>
        <source>%1 of %2 links written</source>
        <translation>%1 de %2 links gravados</translation>
    </message>
</context>
<context>
    <name>Linkdeck::ClickSeriesModel</name>
    <message>
        <source>Start</source>
        <translation>Início</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Cliques</translation>
    </message>
</context>
<context>
    <name>Linkdeck::CuttlyProvider</name>
    <message>
        <source>Cuttly did not accept the API key of “%1”. Check it in Preferences &gt; Accounts.</source>
        <translation>O Cuttly não aceitou a chave da API de “%1”. Verifique-a em Preferências &gt; Contas.</translation>
    </message>
    <message>
        <source>The Cuttly plan of “%1” allows only a few requests a minute. Linkdeck will try again shortly; wait a minute if it fails.</source>
        <translation>O plano Cuttly de “%1” permite só algumas solicitações por minuto. O Linkdeck tentará novamente em breve; aguarde um minuto se falhar.</translation>
    </message>
    <message>
        <source>This address is already a Cuttly short link.</source>
        <translation>Este endereço já é um link curto do Cuttly.</translation>
    </message>
    <message>
        <source>Cuttly says the destination is not a valid web address.</source>
        <translation>O Cuttly diz que o destino não é um endereço web válido.</translation>
    </message>
    <message>
        <source>This back-half is already used on Cuttly. Choose another one.</source>
        <translation>Este sufixo já está em uso no Cuttly. Escolha outro.</translation>
    </message>
    <message>
        <source>Cuttly did not accept the API key. Check it in Preferences &gt; Accounts.</source>
        <translation>O Cuttly não aceitou a chave da API. Verifique-a em Preferências &gt; Contas.</translation>
    </message>
    <message>
        <source>Cuttly accepts only letters, digits, “-” and “_” in a back-half.</source>
        <translation>O Cuttly aceita só letras, números, “-” e “_” em um sufixo.</translation>
    </message>
    <message>
        <source>Cuttly blocks links to this destination&apos;s domain.</source>
        <translation>O Cuttly bloqueia links para o domínio deste destino.</translation>
    </message>
    <message>
        <source>Your Cuttly plan&apos;s monthly link limit is reached.</source>
        <translation>O limite mensal de links do seu plano Cuttly foi atingido.</translation>
    </message>
    <message>
        <source>Cuttly sent a reply Linkdeck could not understand. Try again later.</source>
        <translation>O Cuttly enviou uma resposta que o Linkdeck não entende. Tente novamente mais tarde.</translation>
    </message>
    <message>
        <source>Cuttly checks the back-half when the link is created.</source>
        <translation>O Cuttly verifica o sufixo quando o link é criado.</translation>
    </message>
    <message>
        <source>Cuttly does not know this link any more.</source>
        <translation>O Cuttly não conhece mais este link.</translation>
    </message>
    <message>
        <source>Cuttly&apos;s API cannot change a link. Edit it on cutt.ly.</source>
        <translation>A API do Cuttly não consegue alterar um link. Edite-o em cutt.ly.</translation>
    </message>
    <message>
        <source>Cuttly&apos;s API cannot delete a link. Delete it on cutt.ly.</source>
        <translation>A API do Cuttly não consegue excluir um link. Exclua-o em cutt.ly.</translation>
    </message>
    <message>
        <source>Cuttly&apos;s API cannot list links; Linkdeck shows the ones made here.</source>
        <translation>A API do Cuttly não consegue listar links; o Linkdeck mostra os criados aqui.</translation>
    </message>
    <message>
        <source>Cuttly gives a link&apos;s total clicks only, not clicks over time.</source>
        <translation>O Cuttly só informa o total de cliques de um link, não os cliques ao longo do tempo.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Database</name>
    <message>
        <source>The link database “%1” is damaged (SQLite found errors in it); restore a backup.</source>
        <translation>O banco de dados de links “%1” está danificado (o SQLite encontrou erros nele); restaure um backup.</translation>
    </message>
    <message>
        <source>“%1” is not a Linkdeck database: it is not an SQLite file. Move it away, or choose another folder for Linkdeck&apos;s data.</source>
        <translation>“%1” não é um banco de dados do Linkdeck: não é um arquivo SQLite. Mova-o para outro lugar ou escolha outra pasta para os dados do Linkdeck.</translation>
    </message>
    <message>
        <source>The link database “%1” cannot be opened for writing: the file or its folder is read-only, or the folder cannot be created. Choose a folder you may write to, or change its permissions.</source>
        <translation>O banco de dados de links “%1” não pode ser aberto para gravação: o arquivo ou a pasta é somente leitura, ou a pasta não pode ser criada. Escolha uma pasta em que você possa gravar, ou altere as permissões dela.</translation>
    </message>
    <message>
        <source>The link database “%1” cannot be written: the disk is full. Free some space and try again.</source>
        <translation>Não é possível gravar o banco de dados de links “%1”: o disco está cheio. Libere espaço e tente novamente.</translation>
    </message>
    <message>
        <source>The link database “%1” could not be read or written (an input/output error): check the disk.</source>
        <translation>Não foi possível ler ou gravar o banco de dados de links “%1” (erro de entrada/saída): verifique o disco.</translation>
    </message>
    <message>
        <source>The link database “%1” is busy in another program; try again in a moment.</source>
        <translation>O banco de dados de links “%1” está ocupado por outro programa; tente novamente em instantes.</translation>
    </message>
    <message>
        <source>Could not open the link database “%1”.</source>
        <translation>Não foi possível abrir o banco de dados de links “%1”.</translation>
    </message>
    <message>
        <source>The disk is full: free some space and try again. Nothing was lost.</source>
        <translation>O disco está cheio: libere espaço e tente novamente. Nada foi perdido.</translation>
    </message>
    <message>
        <source>The database file cannot be written (it is read-only).</source>
        <translation>Não é possível gravar o arquivo do banco de dados (ele é somente leitura).</translation>
    </message>
    <message>
        <source>The database is busy in another program; try again in a moment.</source>
        <translation>O banco de dados está ocupado por outro programa; tente novamente em instantes.</translation>
    </message>
    <message>
        <source>The link database is damaged; restore a backup.</source>
        <translation>O banco de dados de links está danificado; restaure um backup.</translation>
    </message>
    <message>
        <source>The link database “%1” was written by a newer version of Linkdeck. Update Linkdeck to open it.</source>
        <translation>O banco de dados de links “%1” foi gravado por uma versão mais nova do Linkdeck. Atualize o Linkdeck para abri-lo.</translation>
    </message>
    <message>
        <source>Could not back up the link database before updating it.</source>
        <translation>Não foi possível fazer backup do banco de dados de links antes de atualizá-lo.</translation>
    </message>
    <message>
        <source>Could not update the link database.</source>
        <translation>Não foi possível atualizar o banco de dados de links.</translation>
    </message>
    <message>
        <source>Could not update the link database to version %1. It was left as it was.</source>
        <translation>Não foi possível atualizar o banco de dados de links para a versão %1. Ele ficou como estava.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::AccountDialog</name>
    <message>
        <source>Default domain</source>
        <translation>Domínio padrão</translation>
    </message>
    <message>
        <source>Show the token</source>
        <translation>Mostrar o token</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Adicionar</translation>
    </message>
    <message>
        <source>Edit Account</source>
        <translation>Editar conta</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Salvar</translation>
    </message>
    <message>
        <source>unchanged (kept until you quit)</source>
        <translation>inalterado (guardado até você sair)</translation>
    </message>
    <message>
        <source>This computer has no keychain: the token is kept only until Linkdeck quits, not in Linkdeck&apos;s files.</source>
        <translation>Este computador não tem chaveiro: o token fica guardado só até o Linkdeck ser fechado, não nos arquivos do Linkdeck.</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inalterado</translation>
    </message>
    <message>
        <source>unchanged (kept in the keychain)</source>
        <translation>inalterado (guardado no chaveiro)</translation>
    </message>
    <message>
        <source>not kept: type the token</source>
        <translation>não guardado: digite o token</translation>
    </message>
    <message>
        <source>not in the keychain: type the token</source>
        <translation>não está no chaveiro: digite o token</translation>
    </message>
    <message>
        <source>This computer has no keychain, so the token was not kept after Linkdeck quit.</source>
        <translation>Este computador não tem chaveiro, então o token não foi guardado depois que o Linkdeck foi fechado.</translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation>&amp;Endereço do servidor:</translation>
    </message>
    <message>
        <source>API &amp;address:</source>
        <translation>&amp;Endereço da API:</translation>
    </message>
    <message>
        <source>https://s.example.com</source>
        <translation>https://s.example.com</translation>
    </message>
    <message>
        <source>the service&apos;s own (leave empty)</source>
        <translation>o do próprio serviço (deixe vazio)</translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation>&amp;Grupo:</translation>
    </message>
    <message>
        <source>&amp;Workspace:</source>
        <translation>Es&amp;paço de trabalho:</translation>
    </message>
    <message>
        <source>the account&apos;s default group</source>
        <translation>o grupo padrão da conta</translation>
    </message>
    <message>
        <source>none (the main workspace)</source>
        <translation>nenhum (o espaço de trabalho principal)</translation>
    </message>
    <message>
        <source>Give the account a name.</source>
        <translation>Dê um nome à conta.</translation>
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
            <numerusform>Conectado. %n domínio disponível.</numerusform>
            <numerusform>Conectado. %n domínios disponíveis.</numerusform>
        </translation>
    </message>
    <message>
        <source>No Keychain</source>
        <translation>Sem chaveiro</translation>
    </message>
    <message>
        <source>%1

Linkdeck can use the token until you quit, without saving it anywhere. You will be asked for it again next time.</source>
        <translation>%1

O Linkdeck pode usar o token até você sair, sem salvá-lo em lugar nenhum. Ele será pedido novamente na próxima vez.</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Alterações não salvas</translation>
    </message>
    <message>
        <source>The account has changes that are not saved. Save them?</source>
        <translation>A conta tem alterações não salvas. Salvá-las?</translation>
    </message>
    <message>
        <source>The account has changes that are not saved, and they cannot be saved as they are. Discard them?</source>
        <translation>A conta tem alterações não salvas que não podem ser salvas como estão. Descartá-las?</translation>
    </message>
    <message>
        <source>Account Not Added</source>
        <translation>Conta não adicionada</translation>
    </message>
    <message>
        <source>The account has not been added yet. Add it now?</source>
        <translation>A conta ainda não foi adicionada. Adicioná-la agora?</translation>
    </message>
    <message>
        <source>The account has not been added, and it cannot be added as it is. Discard what you typed?</source>
        <translation>A conta não foi adicionada e não pode ser adicionada como está. Descartar o que você digitou?</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::AccountsPage</name>
    <message>
        <source>Accounts</source>
        <translation>Contas</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Serviço</translation>
    </message>
    <message>
        <source>Default domain</source>
        <translation>Domínio padrão</translation>
    </message>
    <message>
        <source>Last synchronised</source>
        <translation>Última sincronização</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Adicionar…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remover</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>&amp;Testar conexão</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>%1 cannot list an account&apos;s links: Linkdeck shows the ones made here and updates their clicks.</source>
        <translation>%1 não consegue listar os links de uma conta: o Linkdeck mostra os criados aqui e atualiza os cliques deles.</translation>
    </message>
    <message>
        <source>“%1” was added. Its links appear in the main window after the next sync.</source>
        <translation>“%1” foi adicionada. Os links dela aparecem na janela principal após a próxima sincronização.</translation>
    </message>
    <message>
        <source>Remove Account</source>
        <translation>Remover conta</translation>
    </message>
    <message>
        <source>Remove “%1” from Linkdeck? Its links stay on %2; Linkdeck forgets its copy of them and its token.</source>
        <translation>Remover “%1” do Linkdeck? Os links dela continuam em %2; o Linkdeck esquece a cópia que tem deles e o token.</translation>
    </message>
    <message>
        <source>the Shlink server</source>
        <translation>o servidor Shlink</translation>
    </message>
    <message>
        <source>the service</source>
        <translation>o serviço</translation>
    </message>
    <message>
        <source>“%1” was removed.</source>
        <translation>“%1” foi removida.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Connected: the token works.</source>
        <translation>Conectado: o token funciona.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::CampaignDialog</name>
    <message>
        <source>New Campaign</source>
        <translation>Nova campanha</translation>
    </message>
    <message>
        <source>&amp;Campaign:</source>
        <translation>&amp;Campanha:</translation>
    </message>
    <message>
        <source>spring-sale</source>
        <translation>promo-primavera</translation>
    </message>
    <message>
        <source>https://shop.example/spring
(one address per line)</source>
        <translation>https://shop.example/primavera
(um endereço por linha)</translation>
    </message>
    <message>
        <source>&amp;Destinations:</source>
        <translation>&amp;Destinos:</translation>
    </message>
    <message>
        <source>&amp;Sources:</source>
        <translation>&amp;Origens:</translation>
    </message>
    <message>
        <source>newsletter, facebook, linkedin</source>
        <translation>newsletter, facebook, linkedin</translation>
    </message>
    <message>
        <source>&amp;Mediums:</source>
        <translation>&amp;Mídias:</translation>
    </message>
    <message>
        <source>email, social, print</source>
        <translation>email, social, print</translation>
    </message>
    <message>
        <source>C&amp;ontents:</source>
        <translation>Co&amp;nteúdos:</translation>
    </message>
    <message>
        <source>optional: hero, footer</source>
        <translation>opcional: hero, footer</translation>
    </message>
    <message>
        <source>&amp;Back-halves:</source>
        <translation>&amp;Sufixos:</translation>
    </message>
    <message>
        <source>Made of {campaign}, {source}, {medium}, {content}, {term}, {page} (the destination&apos;s last part) and {n} (1, 2, 3, …)</source>
        <translation>Formados por {campaign}, {source}, {medium}, {content}, {term}, {page} (a última parte do destino) e {n} (1, 2, 3, …)</translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation>&amp;Tags:</translation>
    </message>
    <message>
        <source>optional: spring, 2027</source>
        <translation>opcional: primavera, 2027</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>Cont&amp;a:</translation>
    </message>
    <message>
        <source>Links of the campaign</source>
        <translation>Links da campanha</translation>
    </message>
    <message>
        <source>Back-half</source>
        <translation>Sufixo</translation>
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
        <translation>Criar links</translation>
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
            <numerusform>Criar %Ln link</numerusform>
            <numerusform>Criar %Ln links</numerusform>
        </translation>
    </message>
    <message>
        <source>Linkdeck cannot use this account.</source>
        <translation>O Linkdeck não pode usar esta conta.</translation>
    </message>
    <message>
        <source>Creating the links…</source>
        <translation>Criando os links…</translation>
    </message>
    <message>
        <source>Links Not Created</source>
        <translation>Links não criados</translation>
    </message>
    <message>
        <source>The campaign&apos;s links have not been created yet. Create them now?</source>
        <translation>Os links da campanha ainda não foram criados. Criá-los agora?</translation>
    </message>
    <message>
        <source>The campaign&apos;s links have not been created, and they cannot be created as they are. Discard what you typed?</source>
        <translation>Os links da campanha não foram criados e não podem ser criados como estão. Descartar o que você digitou?</translation>
    </message>
    <message>
        <source>Stopped: %1 created. Press “%2” to make the rest; links already made are not made twice.</source>
        <translation>Interrompido: %1 criados. Pressione “%2” para criar o restante; links já criados não são criados duas vezes.</translation>
    </message>
    <message>
        <source>Stop Creating Links?</source>
        <translation>Parar de criar os links?</translation>
    </message>
    <message>
        <source>%1 of %2 links are done so far. Stop now? The links already made stay, and this window lists them.</source>
        <translation>%1 de %2 links concluídos até agora. Parar agora? Os links já criados permanecem, e esta janela os lista.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <source>Keep Creating</source>
        <translation>Continuar criando</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Parando…</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::DetailPane</name>
    <message>
        <source>Select a link to see its details.</source>
        <translation>Selecione um link para ver os detalhes.</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy the short link to the clipboard</source>
        <translation>Copiar o link curto para a área de transferência</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Open the short link in the web browser</source>
        <translation>Abrir o link curto no navegador</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>Editar…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Excluir</translation>
    </message>
    <message>
        <source>Redirect Rules…</source>
        <translation>Regras de redirecionamento…</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>Destino</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campanha</translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation>Rastreamento</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Cliques</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Criado</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Alterado</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Limites</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Conta</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>QR Code…</source>
        <translation>Código QR…</translation>
    </message>
    <message>
        <source>Make a print-ready QR code of this link</source>
        <translation>Criar um código QR pronto para impressão deste link</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Nenhum</translation>
    </message>
    <message>
        <source>source: %1</source>
        <translation>origem: %1</translation>
    </message>
    <message>
        <source>medium: %1</source>
        <translation>mídia: %1</translation>
    </message>
    <message>
        <source>term: %1</source>
        <translation>termo: %1</translation>
    </message>
    <message>
        <source>content: %1</source>
        <translation>conteúdo: %1</translation>
    </message>
    <message>
        <source>starts %1</source>
        <translation>começa %1</translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation>expira %1</translation>
    </message>
    <message numerus="yes">
        <source>at most %n click(s)</source>
        <translation>
            <numerusform>no máximo %n clique</numerusform>
            <numerusform>no máximo %n cliques</numerusform>
        </translation>
    </message>
    <message>
        <source>then goes to %1</source>
        <translation>depois leva a %1</translation>
    </message>
    <message>
        <source>password-protected: visitors type a password first</source>
        <translation>protegido por senha: os visitantes digitam uma senha antes</translation>
    </message>
    <message numerus="yes">
        <source>%Ln link(s) selected</source>
        <translation>
            <numerusform>%Ln link selecionado</numerusform>
            <numerusform>%Ln links selecionados</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln click(s) together</source>
        <translation>
            <numerusform>%Ln clique no total</numerusform>
            <numerusform>%Ln cliques no total</numerusform>
        </translation>
    </message>
    <message>
        <source>A/B split</source>
        <translation>Divisão A/B</translation>
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
        <translation>Exportar links</translation>
    </message>
    <message>
        <source>The links the table shows, with every field and their clicks. A file ending in .csv opens in Excel as it is; .xlsx is an Excel workbook, .json is for other programs.</source>
        <translation>Os links que a tabela mostra, com todos os campos e seus cliques. Um arquivo terminado em .csv abre no Excel como está; .xlsx é uma pasta de trabalho do Excel, .json é para outros programas.</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Pro&amp;curar…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Arquivo:</translation>
    </message>
    <message>
        <source>&amp;Include each link&apos;s countries, referrers and devices</source>
        <translation>&amp;Incluir países, referências e dispositivos de cada link</translation>
    </message>
    <message>
        <source>One column each for countries, referrers, devices, browsers and operating systems, most clicks first, as the statistics count them. A link of another service has them once its statistics were shown from its first day to today.</source>
        <translation>Uma coluna para cada: países, referências, dispositivos, navegadores e sistemas operacionais, os com mais cliques primeiro, contados como nas estatísticas. Um link de outro serviço os tem depois que suas estatísticas forem mostradas do primeiro dia até hoje.</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xportar</translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv);;Excel workbook (*.xlsx);;JSON (*.json)</source>
        <translation>CSV para Excel (*.csv);;Pasta de trabalho do Excel (*.xlsx);;JSON (*.json)</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::GettingStartedDialog</name>
    <message>
        <source>Getting Started with Linkdeck</source>
        <translation>Primeiros passos com o Linkdeck</translation>
    </message>
    <message>
        <source>Getting started guide</source>
        <translation>Guia de primeiros passos</translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation>Primeiros passos</translation>
    </message>
    <message>
        <source>1. Create a short link</source>
        <translation>1. Crie um link curto</translation>
    </message>
    <message>
        <source>Press %1 (File &gt; New Link), paste the address your link should open and choose a back-half, such as &lt;i&gt;spring-sale&lt;/i&gt;. Links on “This computer” are served by Linkdeck&apos;s own link server, shown under the sidebar.</source>
        <translation>Pressione %1 (Arquivo &gt; Novo link), cole o endereço que o link deve abrir e escolha um sufixo, como &lt;i&gt;promo-primavera&lt;/i&gt;. Os links de “Este computador” são servidos pelo próprio servidor de links do Linkdeck, mostrado abaixo da barra lateral.</translation>
    </message>
    <message>
        <source>2. Or connect a link service</source>
        <translation>2. Ou conecte um serviço de links</translation>
    </message>
    <message>
        <source>In File &gt; Accounts, add your Bitly, Rebrandly, Shlink or Cuttly account with its API token. Its links appear in the table, and new links can be made there too. Tokens stay in your system&apos;s keychain.</source>
        <translation>Em Arquivo &gt; Contas, adicione sua conta Bitly, Rebrandly, Shlink ou Cuttly com o token da API. Os links dela aparecem na tabela, e você também pode criar novos links lá. Os tokens ficam no chaveiro do seu sistema.</translation>
    </message>
    <message>
        <source>3. Track a campaign</source>
        <translation>3. Acompanhe uma campanha</translation>
    </message>
    <message>
        <source>In New Link, fill in the tracking fields (source, medium, campaign). The sidebar then lists the campaign; choose it and press %1 to see its clicks over time, countries, referrers and devices.</source>
        <translation>Em Novo link, preencha os campos de rastreamento (origem, mídia, campanha). A barra lateral passa a listar a campanha; escolha-a e pressione %1 para ver os cliques ao longo do tempo, países, referências e dispositivos.</translation>
    </message>
    <message>
        <source>4. Print a QR code</source>
        <translation>4. Imprima um código QR</translation>
    </message>
    <message>
        <source>Select a link and press %1 for the QR studio: size in millimetres, colours, a logo, and export for print (PDF, SVG, EPS). %2 prints the selected links as labels.</source>
        <translation>Selecione um link e pressione %1 para abrir o estúdio QR: tamanho em milímetros, cores, logotipo e exportação para impressão (PDF, SVG, EPS). %2 imprime os links selecionados como etiquetas.</translation>
    </message>
    <message>
        <source>Working with the keyboard</source>
        <translation>Usando o teclado</translation>
    </message>
    <message>
        <source>%1 moves between the sidebar, the links and the details, and Tab within them. %2 finds a link, Esc clears the filter, %3 copies the selected short link.</source>
        <translation>%1 alterna entre a barra lateral, os links e os detalhes, e Tab navega dentro deles. %2 localiza um link, Esc limpa o filtro, %3 copia o link curto selecionado.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::ImportWizard</name>
    <message>
        <source>Row</source>
        <translation>Linha</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Short link</source>
        <translation>Link curto</translation>
    </message>
    <message>
        <source>Destination or reason</source>
        <translation>Destino ou motivo</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Linhas</translation>
    </message>
    <message>
        <source>Choose a File</source>
        <translation>Escolha um arquivo</translation>
    </message>
    <message>
        <source>A spreadsheet saved as CSV or Unicode text, a JSON file, or an export of Bitly, Rebrandly, Shlink, YOURLS or Kutt.</source>
        <translation>Uma planilha salva como CSV ou texto Unicode, um arquivo JSON, ou uma exportação do Bitly, Rebrandly, Shlink, YOURLS ou Kutt.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Arquivo</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Pro&amp;curar…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Arquivo:</translation>
    </message>
    <message>
        <source>&amp;Into:</source>
        <translation>&amp;Em:</translation>
    </message>
    <message>
        <source>Skip the row</source>
        <translation>Ignorar a linha</translation>
    </message>
    <message>
        <source>Use the next free back-half</source>
        <translation>Usar o próximo sufixo livre</translation>
    </message>
    <message>
        <source>Point the existing link to the row&apos;s destination</source>
        <translation>Apontar o link existente para o destino da linha</translation>
    </message>
    <message>
        <source>When a back-half is &amp;taken:</source>
        <translation>Quando um sufixo estiver em &amp;uso:</translation>
    </message>
    <message>
        <source>Import Links</source>
        <translation>Importar links</translation>
    </message>
    <message>
        <source>Tables of links (*.csv *.tsv *.txt *.json);;All files (*)</source>
        <translation>Tabelas de links (*.csv *.tsv *.txt *.json);;Todos os arquivos (*)</translation>
    </message>
    <message>
        <source>Check the Columns</source>
        <translation>Confira as colunas</translation>
    </message>
    <message>
        <source>Each column becomes what its menu says; choose “%1” to leave one out.</source>
        <translation>Cada coluna vira o que o menu dela indica; escolha “%1” para deixar uma de fora.</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>Colunas</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Coluna</translation>
    </message>
    <message>
        <source>Becomes</source>
        <translation>Vira</translation>
    </message>
    <message>
        <source>First row</source>
        <translation>Primeira linha</translation>
    </message>
    <message>
        <source>%1, columns separated by “%2”.</source>
        <translation>%1, colunas separadas por “%2”.</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>tabulação</translation>
    </message>
    <message>
        <source>This looks like an export of %1.</source>
        <translation>Parece uma exportação do %1.</translation>
    </message>
    <message>
        <source>Column %1 becomes</source>
        <translation>A coluna %1 vira</translation>
    </message>
    <message>
        <source>Check Every Row</source>
        <translation>Confira cada linha</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Nothing is made yet. Import makes the links marked “will create”.</source>
        <translation>Nada foi criado ainda. Importar cria os links marcados como “será criado”.</translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation>&amp;Parar</translation>
    </message>
    <message>
        <source>Save &amp;Report…</source>
        <translation>Salvar &amp;relatório…</translation>
    </message>
    <message>
        <source>Save Import Report</source>
        <translation>Salvar relatório de importação</translation>
    </message>
    <message>
        <source>import report.csv</source>
        <translation>relatório de importação.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Reading every row…</source>
        <translation>Lendo cada linha…</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Importando…</translation>
    </message>
    <message>
        <source>Report saved in %1.</source>
        <translation>Relatório salvo em %1.</translation>
    </message>
    <message>
        <source>Could not save the report: %1</source>
        <translation>Não foi possível salvar o relatório: %1</translation>
    </message>
    <message>
        <source>“%1” cannot be opened: %2</source>
        <translation>Não é possível abrir “%1”: %2</translation>
    </message>
    <message>
        <source>Linkdeck cannot use this account.</source>
        <translation>O Linkdeck não pode usar esta conta.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::LinkCommands</name>
    <message>
        <source>Export Links</source>
        <translation>Exportar links</translation>
    </message>
    <message>
        <source>links.csv</source>
        <translation>links.csv</translation>
    </message>
    <message>
        <source>Choose a file name ending in .csv, .xlsx or .json.</source>
        <translation>Escolha um nome de arquivo terminado em .csv, .xlsx ou .json.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln link(s) saved in %1.</source>
        <translation>
            <numerusform>%Ln link salvo em %1.</numerusform>
            <numerusform>%Ln links salvos em %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Copied %1 to the clipboard</source>
        <translation>%1 copiado para a área de transferência</translation>
    </message>
    <message>
        <source>Delete %1? People who open it will no longer reach %2.</source>
        <translation>Excluir %1? Quem abri-lo não chegará mais a %2.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n link(s)? People who open them will no longer reach their destinations.</source>
        <translation>
            <numerusform>Excluir %n link? Quem abri-lo não chegará mais ao destino.</numerusform>
            <numerusform>Excluir %n links? Quem abri-los não chegará mais aos destinos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Links</source>
        <translation>Excluir links</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>Excluído.</translation>
    </message>
    <message>
        <source>Some Links Were Not Deleted</source>
        <translation>Alguns links não foram excluídos</translation>
    </message>
    <message>
        <source>Removed the redirect rules of %1</source>
        <translation>Regras de redirecionamento de %1 removidas</translation>
    </message>
    <message numerus="yes">
        <source>Saved %n redirect rule(s) of %1</source>
        <translation>
            <numerusform>%n regra de redirecionamento de %1 salva</numerusform>
            <numerusform>%n regras de redirecionamento de %1 salvas</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 salvo</translation>
    </message>
    <message>
        <source>Labels Not Printed</source>
        <translation>Etiquetas não impressas</translation>
    </message>
    <message>
        <source>Print QR Labels</source>
        <translation>Imprimir etiquetas QR</translation>
    </message>
    <message>
        <source>Exporting links…</source>
        <translation>Exportando links…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>The file could not be written.</source>
        <translation>Não foi possível gravar o arquivo.</translation>
    </message>
    <message>
        <source>Export stopped; no file was written.</source>
        <translation>Exportação interrompida; nenhum arquivo foi gravado.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::LinkDialog</name>
    <message>
        <source>New Link</source>
        <translation>Novo link</translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation>Cont&amp;a:</translation>
    </message>
    <message>
        <source>https://example.com/spring-sale</source>
        <translation>https://example.com/promo-primavera</translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation>&amp;Destino:</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domínio</translation>
    </message>
    <message>
        <source>random</source>
        <translation>aleatório</translation>
    </message>
    <message>
        <source>Back-half</source>
        <translation>Sufixo</translation>
    </message>
    <message>
        <source>Short &amp;link:</source>
        <translation>Lin&amp;k curto:</translation>
    </message>
    <message>
        <source>Shown in your link list only</source>
        <translation>Mostrado só na sua lista de links</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Título:</translation>
    </message>
    <message>
        <source>Separate tags with commas, e.g. print, spring</source>
        <translation>Separe as tags com vírgulas, p. ex. print, primavera</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>Ta&amp;gs:</translation>
    </message>
    <message>
        <source>Campaign trac&amp;king (UTM)</source>
        <translation>Rastreamento de campan&amp;ha (UTM)</translation>
    </message>
    <message>
        <source>Choose a preset…</source>
        <translation>Escolha um modelo…</translation>
    </message>
    <message>
        <source>P&amp;reset:</source>
        <translation>Mode&amp;lo:</translation>
    </message>
    <message>
        <source>where the visitor comes from, e.g. newsletter</source>
        <translation>de onde vem o visitante, p. ex. newsletter</translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation>&amp;Origem:</translation>
    </message>
    <message>
        <source>the kind of channel, e.g. email</source>
        <translation>o tipo de canal, p. ex. email</translation>
    </message>
    <message>
        <source>Med&amp;ium:</source>
        <translation>M&amp;ídia:</translation>
    </message>
    <message>
        <source>e.g. spring-sale</source>
        <translation>p. ex. promo-primavera</translation>
    </message>
    <message>
        <source>&amp;Campaign:</source>
        <translation>&amp;Campanha:</translation>
    </message>
    <message>
        <source>optional: paid search keyword</source>
        <translation>opcional: palavra-chave de busca paga</translation>
    </message>
    <message>
        <source>Term:</source>
        <translation>Ter&amp;mo:</translation>
    </message>
    <message>
        <source>optional: which ad or button</source>
        <translation>opcional: qual anúncio ou botão</translation>
    </message>
    <message>
        <source>Co&amp;ntent:</source>
        <translation>Co&amp;nteúdo:</translation>
    </message>
    <message>
        <source>Use lower case (analytics tools count “Email” and “email” apart)</source>
        <translation>Use minúsculas (as ferramentas de análise contam “Email” e “email” separadamente)</translation>
    </message>
    <message>
        <source>Final address</source>
        <translation>Endereço final</translation>
    </message>
    <message>
        <source>Opens:</source>
        <translation>Abre:</translation>
    </message>
    <message>
        <source>Create Link</source>
        <translation>Criar link</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Limites</translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation>&amp;Início:</translation>
    </message>
    <message>
        <source>Before this time the link is not active yet.</source>
        <translation>Antes deste horário o link ainda não está ativo.</translation>
    </message>
    <message>
        <source>Start date and time</source>
        <translation>Data e hora de início</translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation>&amp;Fim:</translation>
    </message>
    <message>
        <source>From this time on the link has ended.</source>
        <translation>A partir deste horário o link está encerrado.</translation>
    </message>
    <message>
        <source>End date and time</source>
        <translation>Data e hora de fim</translation>
    </message>
    <message>
        <source>At &amp;most:</source>
        <translation>No má&amp;ximo:</translation>
    </message>
    <message>
        <source>After this many clicks the link has ended.</source>
        <translation>Após este número de cliques o link está encerrado.</translation>
    </message>
    <message>
        <source>Most clicks</source>
        <translation>Máximo de cliques</translation>
    </message>
    <message>
        <source>clicks</source>
        <translation>cliques</translation>
    </message>
    <message>
        <source>empty: a page says the link has ended</source>
        <translation>vazio: uma página informa que o link foi encerrado</translation>
    </message>
    <message>
        <source>Address after the end</source>
        <translation>Endereço após o fim</translation>
    </message>
    <message>
        <source>T&amp;hen go to:</source>
        <translation>De&amp;pois ir para:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Senha:</translation>
    </message>
    <message>
        <source>Visitors must type this password before they are sent on.</source>
        <translation>Os visitantes precisam digitar esta senha antes de serem redirecionados.</translation>
    </message>
    <message>
        <source>Password for visitors</source>
        <translation>Senha para os visitantes</translation>
    </message>
    <message>
        <source>Social pre&amp;view</source>
        <translation>Prévia nas &amp;redes sociais</translation>
    </message>
    <message>
        <source>What link previews show when the short link is pasted into LinkedIn, Facebook, X, Slack or a chat. People who click it are sent on as always.</source>
        <translation>O que as prévias de link mostram quando o link curto é colado no LinkedIn, Facebook, X, Slack ou em um chat. Quem clica é redirecionado como sempre.</translation>
    </message>
    <message>
        <source>e.g. Spring sale: half price</source>
        <translation>p. ex. Promoção de primavera: metade do preço</translation>
    </message>
    <message>
        <source>one or two sentences</source>
        <translation>uma ou duas frases</translation>
    </message>
    <message>
        <source>https://… (1200 × 630 pixels suit most)</source>
        <translation>https://… (1200 × 630 pixels serve para a maioria)</translation>
    </message>
    <message>
        <source>Title:</source>
        <translation>Título:</translation>
    </message>
    <message>
        <source>Description:</source>
        <translation>Descri&amp;ção:</translation>
    </message>
    <message>
        <source>Image address:</source>
        <translation>Endereço da imagem:</translation>
    </message>
    <message>
        <source>Preview card</source>
        <translation>Cartão de prévia</translation>
    </message>
    <message>
        <source>No image: a small card</source>
        <translation>Sem imagem: um cartão pequeno</translation>
    </message>
    <message>
        <source>Image from %1</source>
        <translation>Imagem de %1</translation>
    </message>
    <message>
        <source>(no title yet)</source>
        <translation>(ainda sem título)</translation>
    </message>
    <message>
        <source>%1 cannot send visitors to another address after the end; only links on this computer can. Visitors see the service&apos;s own page.</source>
        <translation>%1 não consegue enviar os visitantes para outro endereço após o fim; só os links deste computador conseguem. Os visitantes veem a página do próprio serviço.</translation>
    </message>
    <message>
        <source>not possible with %1</source>
        <translation>não é possível com %1</translation>
    </message>
    <message>
        <source>Times are in your time zone, %1.</source>
        <translation>Os horários estão no seu fuso horário, %1.</translation>
    </message>
    <message>
        <source>Protected (type a new password to change it)</source>
        <translation>Protegido (digite uma nova senha para alterá-la)</translation>
    </message>
    <message>
        <source>the password visitors type</source>
        <translation>a senha que os visitantes digitam</translation>
    </message>
    <message>
        <source>Type the password visitors will need, or untick Password.</source>
        <translation>Digite a senha de que os visitantes vão precisar, ou desmarque Senha.</translation>
    </message>
    <message>
        <source>chosen by the service</source>
        <translation>escolhido pelo serviço</translation>
    </message>
    <message>
        <source>Edit Link</source>
        <translation>Editar link</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <source>This service does not allow changing the back-half of an existing link.</source>
        <translation>Este serviço não permite alterar o sufixo de um link existente.</translation>
    </message>
    <message>
        <source>Will be saved as %1</source>
        <translation>Será salvo como %1</translation>
    </message>
    <message>
        <source>An existing link needs a back-half.</source>
        <translation>Um link existente precisa de um sufixo.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Verificando…</translation>
    </message>
    <message>
        <source>Could not check whether “%1” is free: %2</source>
        <translation>Não foi possível verificar se “%1” está livre: %2</translation>
    </message>
    <message>
        <source>“%1” is available.</source>
        <translation>“%1” está disponível.</translation>
    </message>
    <message>
        <source>“%1” is already used on %2. Choose another back-half.</source>
        <translation>“%1” já está em uso em %2. Escolha outro sufixo.</translation>
    </message>
    <message>
        <source>The link was saved, but not its password: %1</source>
        <translation>O link foi salvo, mas a senha dele não: %1</translation>
    </message>
    <message>
        <source>The link was saved, but not its targeting rules: %1</source>
        <translation>O link foi salvo, mas as regras de segmentação dele não: %1</translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation>Alterações não salvas</translation>
    </message>
    <message>
        <source>The link has changes that are not saved. Save them?</source>
        <translation>O link tem alterações não salvas. Salvá-las?</translation>
    </message>
    <message>
        <source>The link has changes that are not saved, and they cannot be saved as they are. Discard them?</source>
        <translation>O link tem alterações não salvas que não podem ser salvas como estão. Descartá-las?</translation>
    </message>
    <message>
        <source>Link Not Created</source>
        <translation>Link não criado</translation>
    </message>
    <message>
        <source>The new link has not been created yet. Create it now?</source>
        <translation>O novo link ainda não foi criado. Criá-lo agora?</translation>
    </message>
    <message>
        <source>The new link has not been created, and it cannot be created as it is. Discard what you typed?</source>
        <translation>O novo link não foi criado e não pode ser criado como está. Descartar o que você digitou?</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::LinkListView</name>
    <message>
        <source>Filter links</source>
        <translation>Filtrar links</translation>
    </message>
    <message>
        <source>Filter by back-half, destination, title, tag or campaign</source>
        <translation>Filtrar por sufixo, destino, título, tag ou campanha</translation>
    </message>
    <message>
        <source>Clear Filter</source>
        <translation>Limpar filtro</translation>
    </message>
    <message>
        <source>Links</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>No links here yet.</source>
        <translation>Ainda não há links aqui.</translation>
    </message>
    <message>
        <source>No links match “%1”</source>
        <translation>Nenhum link corresponde a “%1”</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::LocalServerPanel</name>
    <message>
        <source>Stopped: short links on this computer do not open.</source>
        <translation>Parado: os links curtos deste computador não abrem.</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Iniciando…</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Em execução</translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation>Parando…</translation>
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
        <translation>O banco de dados de links está danificado: o SQLite encontrou erros nele. Os links curtos ainda abrem, mas alterações e visitas podem não ser salvas. Saia do Linkdeck e restaure um backup do banco de dados.</translation>
    </message>
    <message numerus="yes">
        <source>Visits are not being recorded: the link server cannot write to its disk (it is full or read-only). Short links still open. %Ln visit(s) not recorded so far.</source>
        <translation>
            <numerusform>As visitas não estão sendo registradas: o servidor de links não consegue gravar no disco (cheio ou somente leitura). Os links curtos ainda abrem. %Ln visita não registrada até agora.</numerusform>
            <numerusform>As visitas não estão sendo registradas: o servidor de links não consegue gravar no disco (cheio ou somente leitura). Os links curtos ainda abrem. %Ln visitas não registradas até agora.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln visit(s) could not be recorded while the disk was full.</source>
        <translation>
            <numerusform>%Ln visita não pôde ser registrada enquanto o disco estava cheio.</numerusform>
            <numerusform>%Ln visitas não puderam ser registradas enquanto o disco estava cheio.</numerusform>
        </translation>
    </message>
    <message>
        <source>Visits reach the statistics %1 seconds late: the database is busy. None is lost.</source>
        <translation>As visitas chegam às estatísticas com %1 segundos de atraso: o banco de dados está ocupado. Nenhuma é perdida.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Parar</translation>
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
        <translation>&amp;Novo link…</translation>
    </message>
    <message>
        <source>Create a short link (%1)</source>
        <translation>Criar um link curto (%1)</translation>
    </message>
    <message>
        <source>&amp;Edit Link…</source>
        <translation>&amp;Editar link…</translation>
    </message>
    <message>
        <source>&amp;Copy Short Link</source>
        <translation>&amp;Copiar link curto</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>E&amp;xcluir…</translation>
    </message>
    <message>
        <source>&amp;Open in Browser</source>
        <translation>&amp;Abrir no navegador</translation>
    </message>
    <message>
        <source>&amp;QR Code…</source>
        <translation>Código &amp;QR…</translation>
    </message>
    <message>
        <source>Make a print-ready QR code of the short link</source>
        <translation>Criar um código QR pronto para impressão do link curto</translation>
    </message>
    <message>
        <source>&amp;Print QR Labels…</source>
        <translation>&amp;Imprimir etiquetas QR…</translation>
    </message>
    <message>
        <source>Print the selected links as QR code labels, 24 to an A4 page</source>
        <translation>Imprimir os links selecionados como etiquetas com código QR, 24 por página A4</translation>
    </message>
    <message>
        <source>&amp;Statistics…</source>
        <translation>Es&amp;tatísticas…</translation>
    </message>
    <message>
        <source>Clicks over time, countries and referrers of the selected links or campaign</source>
        <translation>Cliques ao longo do tempo, países e referências dos links ou da campanha selecionados</translation>
    </message>
    <message>
        <source>Cop&amp;y to Account…</source>
        <translation>Cop&amp;iar para uma conta…</translation>
    </message>
    <message>
        <source>Make the selected links on another account too</source>
        <translation>Criar os links selecionados também em outra conta</translation>
    </message>
    <message>
        <source>&amp;Move to Account…</source>
        <translation>&amp;Mover para uma conta…</translation>
    </message>
    <message>
        <source>Make the selected links on another account and send the old ones&apos; visitors there</source>
        <translation>Criar os links selecionados em outra conta e enviar para lá os visitantes dos antigos</translation>
    </message>
    <message>
        <source>Redirect &amp;Rules…</source>
        <translation>&amp;Regras de redirecionamento…</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Localizar…</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferências…</translation>
    </message>
    <message>
        <source>New &amp;Campaign…</source>
        <translation>Nova &amp;campanha…</translation>
    </message>
    <message>
        <source>Make a campaign&apos;s links at once: each destination for each source and medium</source>
        <translation>Criar de uma vez os links de uma campanha: cada destino para cada origem e mídia</translation>
    </message>
    <message>
        <source>&amp;Import Links…</source>
        <translation>Im&amp;portar links…</translation>
    </message>
    <message>
        <source>Make links from a spreadsheet or another service&apos;s export</source>
        <translation>Criar links a partir de uma planilha ou da exportação de outro serviço</translation>
    </message>
    <message>
        <source>E&amp;xport Links…</source>
        <translation>E&amp;xportar links…</translation>
    </message>
    <message>
        <source>Save the links the table shows as CSV, Excel or JSON</source>
        <translation>Salvar os links que a tabela mostra como CSV, Excel ou JSON</translation>
    </message>
    <message>
        <source>&amp;Synchronise Accounts</source>
        <translation>&amp;Sincronizar contas</translation>
    </message>
    <message>
        <source>Fetch the links of your Bitly, Rebrandly, Shlink and Cuttly accounts and send the changes made offline (%1)</source>
        <translation>Buscar os links das suas contas Bitly, Rebrandly, Shlink e Cuttly e enviar as alterações feitas offline (%1)</translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation>C&amp;ontas…</translation>
    </message>
    <message>
        <source>Add or edit your Bitly, Rebrandly, Shlink and Cuttly accounts</source>
        <translation>Adicionar ou editar suas contas Bitly, Rebrandly, Shlink e Cuttly</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Sai&amp;r</translation>
    </message>
    <message>
        <source>&amp;Getting Started</source>
        <translation>&amp;Primeiros passos</translation>
    </message>
    <message>
        <source>&amp;About Linkdeck</source>
        <translation>&amp;Sobre o Linkdeck</translation>
    </message>
    <message>
        <source>About Linkdeck</source>
        <translation>Sobre o Linkdeck</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Linkdeck %1&lt;/h3&gt;&lt;p&gt;Branded short links, campaign charts and print-grade QR codes.&lt;/p&gt;&lt;p&gt;Released under the MIT licence.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Linkdeck %1&lt;/h3&gt;&lt;p&gt;Links curtos com a sua marca, gráficos de campanha e códigos QR com qualidade de impressão.&lt;/p&gt;&lt;p&gt;Distribuído sob a licença MIT.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Aj&amp;uda</translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation>Barra de ferramentas principal</translation>
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
            <numerusform>%Ln link</numerusform>
            <numerusform>%Ln links</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %Ln link(s)</source>
        <translation>
            <numerusform>%1 de %Ln link</numerusform>
            <numerusform>%1 de %Ln links</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved offline: the link will be created on %1 when the network is back.</source>
        <translation>Salvo offline: o link será criado em %1 quando a rede voltar.</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>Criado em %1</translation>
    </message>
    <message>
        <source>Saved offline: the change will be sent to %1 when the network is back.</source>
        <translation>Salvo offline: a alteração será enviada para %1 quando a rede voltar.</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 salvo</translation>
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
        <translation>Selecione links, ou uma campanha ou tag na barra lateral, para ver as estatísticas.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::PaneFocus</name>
    <message>
        <source>Next Pane</source>
        <translation>Próximo painel</translation>
    </message>
    <message>
        <source>Previous Pane</source>
        <translation>Painel anterior</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::PreferencesDialog</name>
    <message>
        <source>None</source>
        <translation>Nenhum</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Contas</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::QrPreview</name>
    <message>
        <source>Drag the code into another application</source>
        <translation>Arraste o código para outro aplicativo</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::QrStudioDialog</name>
    <message numerus="yes">
        <source>QR Codes for %n Link(s)</source>
        <translation>
            <numerusform>Códigos QR para %n link</numerusform>
            <numerusform>Códigos QR para %n links</numerusform>
        </translation>
    </message>
    <message>
        <source>The preview shows the first link; each link gets its own file, named by its back-half.</source>
        <translation>A prévia mostra o primeiro link; cada link ganha o próprio arquivo, com o nome do sufixo.</translation>
    </message>
    <message>
        <source>There is no preset “%1”.</source>
        <translation>Não existe o modelo “%1”.</translation>
    </message>
    <message>
        <source>The preset “%1” cannot be used: %2</source>
        <translation>O modelo “%1” não pode ser usado: %2</translation>
    </message>
    <message>
        <source>Save Preset</source>
        <translation>Salvar modelo</translation>
    </message>
    <message>
        <source>Name of the preset:</source>
        <translation>Nome do modelo:</translation>
    </message>
    <message>
        <source>Version %1, %2 × %2 modules, %3 mm each, %4 × %5 mm</source>
        <translation>Versão %1, %2 × %2 módulos, %3 mm cada, %4 × %5 mm</translation>
    </message>
    <message>
        <source>Folder for the QR Codes</source>
        <translation>Pasta para os códigos QR</translation>
    </message>
    <message>
        <source>Writing QR codes…</source>
        <translation>Gravando os códigos QR…</translation>
    </message>
    <message>
        <source>Save QR Code</source>
        <translation>Salvar código QR</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>Arquivos %1 (*.%2)</translation>
    </message>
    <message>
        <source>Save Label Sheet</source>
        <translation>Salvar folha de etiquetas</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Arquivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the label sheet…</source>
        <translation>Gravando a folha de etiquetas…</translation>
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
        <translation>Escolha um logotipo</translation>
    </message>
    <message>
        <source>Images (*.png *.svg *.jpg *.jpeg)</source>
        <translation>Imagens (*.png *.svg *.jpg *.jpeg)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Escolher…</translation>
    </message>
    <message>
        <source>“%1” is not a colour: use #rrggbb, a name such as black, or cmyk(0,0,0,100).</source>
        <translation>“%1” não é uma cor: use #rrggbb, um nome como black, ou cmyk(0,0,0,100).</translation>
    </message>
    <message>
        <source>Choose a colour</source>
        <translation>Escolha uma cor</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::RedirectRulesDialog</name>
    <message>
        <source>Condition</source>
        <translation>Condição</translation>
    </message>
    <message>
        <source>Language code, e.g. en or de-CH</source>
        <translation>Código de idioma, p. ex. pt ou pt-BR</translation>
    </message>
    <message>
        <source>Name, e.g. ref</source>
        <translation>Nome, p. ex. ref</translation>
    </message>
    <message>
        <source>Value, e.g. news</source>
        <translation>Valor, p. ex. news</translation>
    </message>
    <message>
        <source>Parameter name</source>
        <translation>Nome do parâmetro</translation>
    </message>
    <message>
        <source>192.0.2.10, 192.168.0.0/16 or 10.0.*.*</source>
        <translation>192.0.2.10, 192.168.0.0/16 ou 10.0.*.*</translation>
    </message>
    <message>
        <source>Country code, e.g. DE</source>
        <translation>Código do país, p. ex. BR</translation>
    </message>
    <message>
        <source>City, e.g. Berlin</source>
        <translation>Cidade, p. ex. Curitiba</translation>
    </message>
    <message>
        <source>In your computer&apos;s time zone</source>
        <translation>No fuso horário do seu computador</translation>
    </message>
    <message>
        <source>Remove this condition</source>
        <translation>Remover esta condição</translation>
    </message>
    <message>
        <source>Remove condition</source>
        <translation>Remover condição</translation>
    </message>
    <message>
        <source>Redirect Rules of %1</source>
        <translation>Regras de redirecionamento de %1</translation>
    </message>
    <message>
        <source>Loading the rules…</source>
        <translation>Carregando as regras…</translation>
    </message>
    <message>
        <source>Send some visitors of %1 somewhere else than %2. The rules are tried from the top; the first whose conditions all match decides, and everyone else goes to the link&apos;s own destination.</source>
        <translation>Enviar alguns visitantes de %1 para outro lugar que não %2. As regras são testadas de cima para baixo; a primeira cujas condições são todas atendidas decide, e todos os outros vão para o destino do próprio link.</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regras</translation>
    </message>
    <message>
        <source>&amp;Add Rule</source>
        <translation>&amp;Adicionar regra</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Remover</translation>
    </message>
    <message>
        <source>Move up: try this rule earlier</source>
        <translation>Subir: testar esta regra antes</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move down: try this rule later</source>
        <translation>Descer: testar esta regra depois</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descer</translation>
    </message>
    <message>
        <source>Selected rule</source>
        <translation>Regra selecionada</translation>
    </message>
    <message>
        <source>https://example.com/for-these-visitors</source>
        <translation>https://example.com/para-estes-visitantes</translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation>&amp;Destino:</translation>
    </message>
    <message>
        <source>Visitors who meet all of these conditions:</source>
        <translation>Visitantes que atendem a todas estas condições:</translation>
    </message>
    <message>
        <source>Add &amp;Condition</source>
        <translation>Adicionar &amp;condição</translation>
    </message>
    <message>
        <source>&amp;Save Rules</source>
        <translation>&amp;Salvar regras</translation>
    </message>
    <message>
        <source>Rule %1</source>
        <translation>Regra %1</translation>
    </message>
    <message>
        <source>No rule selected</source>
        <translation>Nenhuma regra selecionada</translation>
    </message>
    <message>
        <source>(no condition yet)</source>
        <translation>(ainda sem condição)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>(no destination yet)</source>
        <translation>(ainda sem destino)</translation>
    </message>
    <message>
        <source>%1. %2 → %3</source>
        <translation>%1. %2 → %3</translation>
    </message>
    <message>
        <source>No rules: every visitor goes to %1.</source>
        <translation>Sem regras: todos os visitantes vão para %1.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Salvando…</translation>
    </message>
    <message>
        <source>Targeting Rules</source>
        <translation>Regras de segmentação</translation>
    </message>
    <message>
        <source>Send some visitors of the new link somewhere else than %1. The rules are tried from the top; the first whose conditions all match decides, and everyone else goes to the link&apos;s own destination.</source>
        <translation>Enviar alguns visitantes do novo link para outro lugar que não %1. As regras são testadas de cima para baixo; a primeira cujas condições são todas atendidas decide, e todos os outros vão para o destino do próprio link.</translation>
    </message>
    <message>
        <source>Send some visitors of the new link to addresses of their own. The rules are tried from the top and come before the A/B split: the first rule whose conditions all match decides, and only the visitors no rule matches are shared by the split (%1).</source>
        <translation>Envie alguns visitantes do novo link para endereços próprios. As regras são testadas de cima para baixo e vêm antes da divisão A/B: decide a primeira regra cujas condições correspondem todas, e a divisão reparte apenas os visitantes que nenhuma regra atende (%1).</translation>
    </message>
    <message>
        <source>Send some visitors of %1 to addresses of their own. The rules are tried from the top and come before the A/B split: the first rule whose conditions all match decides, and only the visitors no rule matches are shared by the split (%2).</source>
        <translation>Envie alguns visitantes de %1 para endereços próprios. As regras são testadas de cima para baixo e vêm antes da divisão A/B: decide a primeira regra cujas condições correspondem todas, e a divisão reparte apenas os visitantes que nenhuma regra atende (%2).</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>No rules: the A/B split shares every visitor (%1).</source>
        <translation>Sem regras: a divisão A/B reparte todos os visitantes (%1).</translation>
    </message>
    <message>
        <source>Unsaved Rules</source>
        <translation>Regras não salvas</translation>
    </message>
    <message>
        <source>The redirect rules have changes that are not saved. Save them?</source>
        <translation>As regras de redirecionamento têm alterações não salvas. Salvá-las?</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::RulesSection</name>
    <message>
        <source>Targeting rules</source>
        <translation>Regras de segmentação</translation>
    </message>
    <message>
        <source>Send some visitors elsewhere: phones to an app store, Germans to the German page, …</source>
        <translation>Enviar alguns visitantes para outro lugar: celulares para uma loja de aplicativos, alemães para a página em alemão, …</translation>
    </message>
    <message>
        <source>Edit R&amp;ules…</source>
        <translation>&amp;Editar regras…</translation>
    </message>
    <message>
        <source>Try a visitor:</source>
        <translation>Testar um visitante:</translation>
    </message>
    <message>
        <source>The visitor&apos;s device</source>
        <translation>O dispositivo do visitante</translation>
    </message>
    <message>
        <source>any device</source>
        <translation>qualquer dispositivo</translation>
    </message>
    <message>
        <source>iPhone</source>
        <translation>iPhone</translation>
    </message>
    <message>
        <source>Android phone</source>
        <translation>Celular Android</translation>
    </message>
    <message>
        <source>Windows PC</source>
        <translation>PC com Windows</translation>
    </message>
    <message>
        <source>Mac</source>
        <translation>Mac</translation>
    </message>
    <message>
        <source>Linux PC</source>
        <translation>PC com Linux</translation>
    </message>
    <message>
        <source>The visitor&apos;s language</source>
        <translation>O idioma do visitante</translation>
    </message>
    <message>
        <source>any language</source>
        <translation>qualquer idioma</translation>
    </message>
    <message>
        <source>The visitor&apos;s country</source>
        <translation>O país do visitante</translation>
    </message>
    <message>
        <source>any country</source>
        <translation>qualquer país</translation>
    </message>
    <message>
        <source>The rules could not be read: %1</source>
        <translation>Não foi possível ler as regras: %1</translation>
    </message>
    <message>
        <source>Reading the rules…</source>
        <translation>Lendo as regras…</translation>
    </message>
    <message>
        <source>No rules: every visitor goes to the destination.</source>
        <translation>Sem regras: todos os visitantes vão para o destino.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>No rules: the A/B split shares every visitor.</source>
        <translation>Sem regras: a divisão A/B reparte todos os visitantes.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::Sidebar</name>
    <message>
        <source>Accounts and saved filters</source>
        <translation>Contas e filtros salvos</translation>
    </message>
    <message>
        <source>All links</source>
        <translation>Todos os links</translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation>Contas</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Campanhas</translation>
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
        <translation>Dividir os visitantes entre este destino e outros, para ver qual página funciona melhor. Cada visitante mantém o destino que recebeu da primeira vez.</translation>
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
        <translation>Remover</translation>
    </message>
    <message>
        <source>the destination above</source>
        <translation>o destino acima</translation>
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
        <translation>Parcela de visitantes do destino %1</translation>
    </message>
    <message>
        <source>Remove destination %1</source>
        <translation>Remover o destino %1</translation>
    </message>
    <message>
        <source>A/&amp;B split</source>
        <translation>Divisão A/&amp;B</translation>
    </message>
    <message>
        <source>Add ne&amp;w destination</source>
        <translation>Adicionar no&amp;vo destino</translation>
    </message>
    <message>
        <source>Share evenl&amp;y</source>
        <translation>Dividir ig&amp;ualmente</translation>
    </message>
    <message>
        <source>Together: %1</source>
        <translation>Juntos: %1</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::StatsChart</name>
    <message numerus="yes">
        <source>%1, %2: %Ln click(s)</source>
        <translation>
            <numerusform>%1, %2: %Ln clique</numerusform>
            <numerusform>%1, %2: %Ln cliques</numerusform>
        </translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Cliques</translation>
    </message>
    <message>
        <source>The file cannot be written.</source>
        <translation>Não é possível gravar o arquivo.</translation>
    </message>
    <message>
        <source>Choose a file name ending in .png, .svg or .pdf.</source>
        <translation>Escolha um nome de arquivo terminado em .png, .svg ou .pdf.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::StatsDialog</name>
    <message>
        <source>Statistics: %1</source>
        <translation>Estatísticas: %1</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoje</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Últimos 7 dias</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Últimos 30 dias</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Últimos 90 dias</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>Este mês</translation>
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
        <translation>Dias</translation>
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
        <translation>Linhas</translation>
    </message>
    <message>
        <source>Bars</source>
        <translation>Barras</translation>
    </message>
    <message>
        <source>All together</source>
        <translation>Tudo junto</translation>
    </message>
    <message>
        <source>By link</source>
        <translation>Por link</translation>
    </message>
    <message>
        <source>By account</source>
        <translation>Por conta</translation>
    </message>
    <message>
        <source>By variant</source>
        <translation>Por variante</translation>
    </message>
    <message>
        <source>Include bots</source>
        <translation>Incluir bots</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Atualizar</translation>
    </message>
    <message>
        <source>Fetch the figures of Bitly and Shlink links again</source>
        <translation>Buscar novamente os números dos links Bitly e Shlink</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xportar</translation>
    </message>
    <message>
        <source>Chart as PNG Image…</source>
        <translation>Gráfico como imagem PNG…</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Imagens PNG (*.png)</translation>
    </message>
    <message>
        <source>Chart as SVG Drawing…</source>
        <translation>Gráfico como desenho SVG…</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>Desenhos SVG (*.svg)</translation>
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
        <translation>Relatório como PDF…</translation>
    </message>
    <message>
        <source>Data as CSV…</source>
        <translation>Dados como CSV…</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Período:</translation>
    </message>
    <message>
        <source>Per:</source>
        <translation>Por:</translation>
    </message>
    <message>
        <source>Show &amp;All Clicks</source>
        <translation>Mostrar &amp;todos os cliques</translation>
    </message>
    <message>
        <source>%1 report.pdf</source>
        <translation>relatório %1.pdf</translation>
    </message>
    <message>
        <source>%1 clicks.%2</source>
        <translation>cliques %1.%2</translation>
    </message>
    <message>
        <source>Export Statistics</source>
        <translation>Exportar estatísticas</translation>
    </message>
    <message>
        <source>Saved “%1” in %2.</source>
        <translation>“%1” salvo em %2.</translation>
    </message>
    <message>
        <source>Could not save “%1”: %2</source>
        <translation>Não foi possível salvar “%1”: %2</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Carregando…</translation>
    </message>
    <message>
        <source>Only the clicks of %1: %2</source>
        <translation>Só os cliques de %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>(+%Ln bot(s), not counted)</source>
        <translation>
            <numerusform>(+%Ln bot, não contado)</numerusform>
            <numerusform>(+%Ln bots, não contados)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln click(s)</source>
        <translation>
            <numerusform>%Ln clique</numerusform>
            <numerusform>%Ln cliques</numerusform>
        </translation>
    </message>
    <message>
        <source>Clicks by people and visits by bots together.</source>
        <translation>Cliques de pessoas e visitas de bots juntos.</translation>
    </message>
    <message>
        <source> (%1 against the period before)</source>
        <translation> (%1 em relação ao período anterior)</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::StatsReport</name>
    <message>
        <source>No clicks</source>
        <translation>Nenhum clique</translation>
    </message>
    <message>
        <source>Top links</source>
        <translation>Links principais</translation>
    </message>
    <message>
        <source>Countries</source>
        <translation>Países</translation>
    </message>
    <message>
        <source>Referrers</source>
        <translation>Referências</translation>
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
        <translation>Sistemas operacionais</translation>
    </message>
    <message>
        <source>Made with Linkdeck on %1.</source>
        <translation>Feito com o Linkdeck em %1.</translation>
    </message>
    <message>
        <source>The file cannot be written.</source>
        <translation>Não é possível gravar o arquivo.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::StatsTables</name>
    <message>
        <source>Clicks</source>
        <translation>Cliques</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Parcela</translation>
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
        <source>Click a row to see its clicks alone in the chart</source>
        <translation>Clique em uma linha para ver só os cliques dela no gráfico</translation>
    </message>
    <message>
        <source>A/B split</source>
        <translation>Divisão A/B</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Double-click a link to open it</source>
        <translation>Clique duas vezes em um link para abri-lo</translation>
    </message>
    <message>
        <source>Top links</source>
        <translation>Links principais</translation>
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
        <translation>Referência</translation>
    </message>
    <message>
        <source>Referrers</source>
        <translation>Referências</translation>
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
        <translation>Sistema operacional</translation>
    </message>
    <message>
        <source>Systems</source>
        <translation>Sistemas</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>Direto</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Desconhecido</translation>
    </message>
    <message>
        <source>Desktop</source>
        <comment>device kind</comment>
        <translation>Computador</translation>
    </message>
    <message>
        <source>Mobile</source>
        <comment>device kind</comment>
        <translation>Celular</translation>
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
        <translation>Outro</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Share set</source>
        <translation>Parcela definida</translation>
    </message>
    <message>
        <source>No clicks in this period.</source>
        <translation>Nenhum clique neste período.</translation>
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
        <translation>Parar a sincronização; os links buscados até agora são mantidos</translation>
    </message>
    <message>
        <source>Synchronising…</source>
        <translation>Sincronizando…</translation>
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
        <translation>As contas estão atualizadas.</translation>
    </message>
    <message>
        <source>Showing the links saved on this computer: %1 could not be synchronised.</source>
        <translation>Mostrando os links salvos neste computador: não foi possível sincronizar %1.</translation>
    </message>
    <message numerus="yes">
        <source>Sent %n change(s) made offline.</source>
        <translation>
            <numerusform>%n alteração feita offline enviada.</numerusform>
            <numerusform>%n alterações feitas offline enviadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some Changes Were Refused</source>
        <translation>Algumas alterações foram recusadas</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made offline were refused by the service. They are marked “not sent” in the table: edit or delete them.</source>
        <translation>
            <numerusform>%n alteração feita offline foi recusada pelo serviço. Ela está marcada como “não enviada” na tabela: edite-a ou exclua-a.</numerusform>
            <numerusform>%n alterações feitas offline foram recusadas pelo serviço. Elas estão marcadas como “não enviada” na tabela: edite-as ou exclua-as.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::TransferDialog</name>
    <message numerus="yes">
        <source>Move %n Link(s) to Another Account</source>
        <translation>
            <numerusform>Mover %n link para outra conta</numerusform>
            <numerusform>Mover %n links para outra conta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copy %n Link(s) to Another Account</source>
        <translation>
            <numerusform>Copiar %n link para outra conta</numerusform>
            <numerusform>Copiar %n links para outra conta</numerusform>
        </translation>
    </message>
    <message>
        <source>Each link is made on the account you choose; then the old link sends its visitors to the new one where its service allows it. No link is deleted.</source>
        <translation>Cada link é criado na conta que você escolher; depois, o link antigo envia os visitantes para o novo onde o serviço dele permitir. Nenhum link é excluído.</translation>
    </message>
    <message>
        <source>Each link is made on the account you choose; the old links stay as they are.</source>
        <translation>Cada link é criado na conta que você escolher; os links antigos ficam como estão.</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Para:</translation>
    </message>
    <message>
        <source>Skip the link</source>
        <translation>Ignorar o link</translation>
    </message>
    <message>
        <source>Use the next free back-half</source>
        <translation>Usar o próximo sufixo livre</translation>
    </message>
    <message>
        <source>When the back-half is &amp;taken there:</source>
        <translation>Quando o sufixo estiver em &amp;uso lá:</translation>
    </message>
    <message>
        <source>Old and new short links</source>
        <translation>Links curtos antigos e novos</translation>
    </message>
    <message>
        <source>Old short link</source>
        <translation>Link curto antigo</translation>
    </message>
    <message>
        <source>New short link</source>
        <translation>Link curto novo</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Observação</translation>
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
        <translation>Salvar co&amp;rrespondência…</translation>
    </message>
    <message>
        <source>A table of each old short link and its new one, for the print team</source>
        <translation>Uma tabela com cada link curto antigo e o novo, para a equipe de impressão</translation>
    </message>
    <message>
        <source>Add another account first (File &gt; Accounts…).</source>
        <translation>Adicione outra conta primeiro (Arquivo &gt; Contas…).</translation>
    </message>
    <message>
        <source>Save Mapping</source>
        <translation>Salvar correspondência</translation>
    </message>
    <message>
        <source>link mapping.csv</source>
        <translation>correspondência de links.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Arquivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Moving…</source>
        <translation>Movendo…</translation>
    </message>
    <message>
        <source>Copying…</source>
        <translation>Copiando…</translation>
    </message>
    <message>
        <source>The old link now goes to the new one.</source>
        <translation>O link antigo agora leva ao novo.</translation>
    </message>
    <message>
        <source>Mapping saved in %1.</source>
        <translation>Correspondência salva em %1.</translation>
    </message>
    <message>
        <source>Could not save the mapping: %1</source>
        <translation>Não foi possível salvar a correspondência: %1</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::WelcomePage</name>
    <message>
        <source>Welcome to Linkdeck</source>
        <translation>Boas-vindas ao Linkdeck</translation>
    </message>
    <message>
        <source>You have no links yet. Start with one of these two steps.</source>
        <translation>Você ainda não tem links. Comece por uma destas duas etapas.</translation>
    </message>
    <message>
        <source>Create your first link</source>
        <translation>Crie seu primeiro link</translation>
    </message>
    <message>
        <source>A short link on this computer, served by Linkdeck&apos;s own link server: ready to test, share or print as a QR code.</source>
        <translation>Um link curto neste computador, servido pelo próprio servidor de links do Linkdeck: pronto para testar, compartilhar ou imprimir como código QR.</translation>
    </message>
    <message>
        <source>Connect Bitly, Rebrandly, Shlink…</source>
        <translation>Conectar Bitly, Rebrandly, Shlink…</translation>
    </message>
    <message>
        <source>Add the account you already use (Bitly, Rebrandly, Shlink or Cuttly) with its API token: its links appear here.</source>
        <translation>Adicione a conta que você já usa (Bitly, Rebrandly, Shlink ou Cuttly) com o token da API: os links dela aparecem aqui.</translation>
    </message>
    <message>
        <source>Getting Started</source>
        <translation>Primeiros passos</translation>
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
        <translation>O Linkdeck já está aberto com estes links. Vá para a janela dele: um segundo Linkdeck não pode executar o servidor de links para os mesmos links.</translation>
    </message>
    <message>
        <source>Linkdeck cannot write to its data folder.</source>
        <translation>O Linkdeck não consegue gravar na pasta de dados dele.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::KeychainSecretStore</name>
    <message>
        <source>No token is stored for this account.</source>
        <translation>Nenhum token está guardado para esta conta.</translation>
    </message>
    <message>
        <source>The keychain refused access to the token.</source>
        <translation>O chaveiro negou o acesso ao token.</translation>
    </message>
    <message>
        <source>This computer has no usable keychain (such as GNOME Keyring or KWallet), so the token cannot be stored safely.</source>
        <translation>Este computador não tem um chaveiro utilizável (como o GNOME Keyring ou o KWallet), então o token não pode ser guardado com segurança.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::LinkLimits</name>
    <message>
        <source>The link would end before it starts: choose an end later than the start.</source>
        <translation>O link terminaria antes de começar: escolha um fim posterior ao início.</translation>
    </message>
    <message>
        <source>The click limit must be at least 1 click.</source>
        <translation>O limite de cliques deve ser de pelo menos 1 clique.</translation>
    </message>
    <message>
        <source>The address for visitors after the end is only used by a link that ends: set an end, a start or a click limit, or leave that address empty.</source>
        <translation>O endereço para os visitantes após o fim só é usado por um link que termina: defina um fim, um início ou um limite de cliques, ou deixe esse endereço vazio.</translation>
    </message>
    <message>
        <source>The address for visitors after the end cannot be used: %1</source>
        <translation>O endereço para os visitantes após o fim não pode ser usado: %1</translation>
    </message>
</context>
<context>
    <name>Linkdeck::LinkPassword</name>
    <message>
        <source>The password is empty: type one, or remove the protection.</source>
        <translation>A senha está vazia: digite uma ou remova a proteção.</translation>
    </message>
    <message>
        <source>A password cannot contain a line break.</source>
        <translation>Uma senha não pode conter quebra de linha.</translation>
    </message>
    <message>
        <source>The password is too long: at most %1 characters.</source>
        <translation>A senha é longa demais: no máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>The password could not be protected: the computer is short of memory.</source>
        <translation>Não foi possível proteger a senha: o computador está com pouca memória.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::LinkPreview</name>
    <message>
        <source>The preview title is too long: at most %1 characters.</source>
        <translation>O título da prévia é longo demais: no máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>The preview description is too long: at most %1 characters.</source>
        <translation>A descrição da prévia é longa demais: no máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>A preview needs a title: link previews show nothing without one.</source>
        <translation>Uma prévia precisa de um título: sem ele, as prévias de link não mostram nada.</translation>
    </message>
    <message>
        <source>The preview image&apos;s address cannot be used: %1</source>
        <translation>O endereço da imagem da prévia não pode ser usado: %1</translation>
    </message>
</context>
<context>
    <name>Linkdeck::LinkProvider</name>
    <message>
        <source>This service gives no breakdown of clicks.</source>
        <translation>Este serviço não oferece nenhum detalhamento de cliques.</translation>
    </message>
    <message>
        <source>This service cannot send visitors to different addresses; redirect rules need a Shlink server or this computer.</source>
        <translation>Este serviço não consegue enviar os visitantes para endereços diferentes; as regras de redirecionamento precisam de um servidor Shlink ou deste computador.</translation>
    </message>
    <message>
        <source>This service cannot protect a link by a password; only links on this computer can.</source>
        <translation>Este serviço não consegue proteger um link com senha; só os links deste computador conseguem.</translation>
    </message>
    <message>
        <source>This service cannot look up a single link.</source>
        <translation>Este serviço não consegue consultar um único link.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::LinkRepository</name>
    <message>
        <source>Could not save the link&apos;s tags.</source>
        <translation>Não foi possível salvar as tags do link.</translation>
    </message>
    <message>
        <source>The back-half “%1” is already used on %2. Choose another one.</source>
        <translation>O sufixo “%1” já está em uso em %2. Escolha outro.</translation>
    </message>
    <message>
        <source>Could not save the link.</source>
        <translation>Não foi possível salvar o link.</translation>
    </message>
    <message>
        <source>Could not save the link&apos;s password.</source>
        <translation>Não foi possível salvar a senha do link.</translation>
    </message>
    <message>
        <source>The link no longer exists; it may have been deleted.</source>
        <translation>O link não existe mais; ele pode ter sido excluído.</translation>
    </message>
    <message>
        <source>Could not change the address of the links.</source>
        <translation>Não foi possível alterar o endereço dos links.</translation>
    </message>
    <message>
        <source>The back-halves %1 are already used on %2, so the links cannot move there. Nothing was changed.</source>
        <translation>Os sufixos %1 já estão em uso em %2, então os links não podem ser movidos para lá. Nada foi alterado.</translation>
    </message>
    <message>
        <source>Could not save the links of the account.</source>
        <translation>Não foi possível salvar os links da conta.</translation>
    </message>
    <message>
        <source>Could not update the links of the account.</source>
        <translation>Não foi possível atualizar os links da conta.</translation>
    </message>
    <message>
        <source>Could not delete the link.</source>
        <translation>Não foi possível excluir o link.</translation>
    </message>
    <message>
        <source>The link no longer exists; it may have been deleted already.</source>
        <translation>O link não existe mais; ele pode já ter sido excluído.</translation>
    </message>
    <message>
        <source>There is no tag “%1”.</source>
        <translation>Não existe a tag “%1”.</translation>
    </message>
    <message>
        <source>There is already a tag “%1”.</source>
        <translation>Já existe uma tag “%1”.</translation>
    </message>
    <message>
        <source>Could not rename the tag.</source>
        <translation>Não foi possível renomear a tag.</translation>
    </message>
    <message>
        <source>Could not delete the tags.</source>
        <translation>Não foi possível excluir as tags.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::LinkSelection</name>
    <message>
        <source>Not sent: %1</source>
        <translation>Não enviado: %1</translation>
    </message>
    <message>
        <source>the service refused it.</source>
        <translation>o serviço recusou.</translation>
    </message>
    <message>
        <source>Waiting to be sent to %1 when it can be reached.</source>
        <translation>Aguardando envio para %1 quando ele estiver acessível.</translation>
    </message>
    <message>
        <source>Last try: %1</source>
        <translation>Última tentativa: %1</translation>
    </message>
    <message>
        <source>Send visitors to other addresses by device, language, country, date and more</source>
        <translation>Enviar os visitantes para outros endereços conforme dispositivo, idioma, país, data e mais</translation>
    </message>
    <message>
        <source>%1 cannot send visitors to different addresses. Redirect rules need a Shlink account or this computer.</source>
        <translation>%1 não consegue enviar os visitantes para endereços diferentes. As regras de redirecionamento precisam de uma conta Shlink ou deste computador.</translation>
    </message>
    <message>
        <source>This link is waiting to be created on %1; its redirect rules can be set once it is there.</source>
        <translation>Este link está aguardando para ser criado em %1; as regras de redirecionamento dele podem ser definidas quando ele estiver lá.</translation>
    </message>
    <message>
        <source>Select one link to edit its redirect rules.</source>
        <translation>Selecione um único link para editar as regras de redirecionamento dele.</translation>
    </message>
    <message>
        <source>Add another account first (File &gt; Accounts…): the links are copied or moved to it.</source>
        <translation>Adicione primeiro outra conta (Arquivo &gt; Contas…): os links são copiados ou movidos para ela.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::LinkSplit</name>
    <message>
        <source>A split needs at least two destinations.</source>
        <translation>Uma divisão precisa de pelo menos dois destinos.</translation>
    </message>
    <message>
        <source>A split can have at most %1 destinations.</source>
        <translation>Uma divisão pode ter no máximo %1 destinos.</translation>
    </message>
    <message>
        <source>Give destination %1 a share between 1% and 99% of the visitors.</source>
        <translation>Dê ao destino %1 uma parcela entre 1% e 99% dos visitantes.</translation>
    </message>
    <message>
        <source>Enter an address for destination %1 of the split.</source>
        <translation>Digite um endereço para o destino %1 da divisão.</translation>
    </message>
    <message>
        <source>Destination %1 of the split cannot be used: %2</source>
        <translation>O destino %1 da divisão não pode ser usado: %2</translation>
    </message>
    <message>
        <source>The shares of the split must add up to 100% (now %1%).</source>
        <translation>As parcelas da divisão devem somar 100% (agora %1%).</translation>
    </message>
</context>
<context>
    <name>Linkdeck::LinkTableModel</name>
    <message>
        <source>Made while the service could not be reached. Linkdeck sends it when the network is back.</source>
        <translation>Criado enquanto o serviço estava inacessível. O Linkdeck o envia quando a rede voltar.</translation>
    </message>
    <message>
        <source>The service refused this change. Edit the link to try again, or delete it.</source>
        <translation>O serviço recusou esta alteração. Edite o link para tentar novamente, ou exclua-o.</translation>
    </message>
    <message>
        <source>%1 (waiting to be sent)</source>
        <translation>%1 (aguardando envio)</translation>
    </message>
    <message>
        <source>%1 (changes waiting to be sent)</source>
        <translation>%1 (alterações aguardando envio)</translation>
    </message>
    <message>
        <source>%1 (deletion waiting to be sent)</source>
        <translation>%1 (exclusão aguardando envio)</translation>
    </message>
    <message>
        <source>%1 (not sent)</source>
        <translation>%1 (não enviado)</translation>
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
            <numerusform>%Ln clique de pessoas.</numerusform>
            <numerusform>%Ln cliques de pessoas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln visit(s) by bots (link previews, crawlers), not counted.</source>
        <translation>
            <numerusform>%Ln visita de bots (prévias de link, rastreadores), não contada.</numerusform>
            <numerusform>%Ln visitas de bots (prévias de link, rastreadores), não contadas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Clicks by people since the link was made, as the statistics count them. Visits by bots (link previews, crawlers) are not counted; where there were some, they are shown apart: “41 (+1 bot)”.</source>
        <translation>Cliques de pessoas desde que o link foi criado, como as estatísticas os contam. As visitas de bots (prévias de link, rastreadores) não são contadas; quando houve alguma, ela aparece à parte: “41 (+1 bot)”.</translation>
    </message>
    <message>
        <source>Short link</source>
        <translation>Link curto</translation>
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
        <translation>Tags</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campanha</translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation>Cliques</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Criado</translation>
    </message>
</context>
<context>
    <name>Linkdeck::LocalAddress</name>
    <message>
        <source>Enter the public address as https://go.example.com, or leave it empty.</source>
        <translation>Digite o endereço público como https://go.example.com, ou deixe-o vazio.</translation>
    </message>
    <message>
        <source>A public address is a domain only, such as https://go.example.com, with no path after it.</source>
        <translation>Um endereço público é só um domínio, como https://go.example.com, sem caminho depois.</translation>
    </message>
    <message>
        <source>The account of this computer&apos;s links is missing.</source>
        <translation>A conta dos links deste computador está faltando.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::LocalProvider</name>
    <message>
        <source>This link no longer exists; it may have been deleted.</source>
        <translation>Este link não existe mais; ele pode ter sido excluído.</translation>
    </message>
    <message>
        <source>Could not read the click statistics.</source>
        <translation>Não foi possível ler as estatísticas de cliques.</translation>
    </message>
    <message>
        <source>Could not read the redirect rules.</source>
        <translation>Não foi possível ler as regras de redirecionamento.</translation>
    </message>
    <message>
        <source>Could not save the redirect rules.</source>
        <translation>Não foi possível salvar as regras de redirecionamento.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::LocalServerController</name>
    <message>
        <source>The link server (linkdeck-server) is not installed next to Linkdeck.</source>
        <translation>O servidor de links (linkdeck-server) não está instalado junto com o Linkdeck.</translation>
    </message>
    <message>
        <source>The link server could not be started: %1</source>
        <translation>Não foi possível iniciar o servidor de links: %1</translation>
    </message>
    <message>
        <source>Port %1 is already used by another program. Choose another port in Preferences.</source>
        <translation>A porta %1 já está em uso por outro programa. Escolha outra porta em Preferências.</translation>
    </message>
    <message>
        <source>Another Linkdeck link server already uses these links (is Linkdeck open twice?). Close the other one, then start the server here.</source>
        <translation>Outro servidor de links do Linkdeck já usa estes links (o Linkdeck está aberto duas vezes?). Feche o outro e depois inicie o servidor aqui.</translation>
    </message>
    <message>
        <source>The link server stopped unexpectedly: %1</source>
        <translation>O servidor de links parou inesperadamente: %1</translation>
    </message>
</context>
<context>
    <name>Linkdeck::MemorySecretStore</name>
    <message>
        <source>No token is stored for this account.</source>
        <translation>Nenhum token está guardado para esta conta.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Print::LabelSheet</name>
    <message>
        <source>Label %1 (“%2”): %3</source>
        <translation>Etiqueta %1 (“%2”): %3</translation>
    </message>
    <message>
        <source>There are no labels to print.</source>
        <translation>Não há etiquetas para imprimir.</translation>
    </message>
    <message>
        <source>The labels would be smaller than 5 mm: use fewer rows or columns, or smaller margins.</source>
        <translation>As etiquetas ficariam menores que 5 mm: use menos linhas ou colunas, ou margens menores.</translation>
    </message>
    <message>
        <source>Could not start printing the labels.</source>
        <translation>Não foi possível iniciar a impressão das etiquetas.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Cancelado.</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>Não foi possível gravar “%1”: %2</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Print::QrBatch</name>
    <message>
        <source>Could not create the folder “%1”.</source>
        <translation>Não foi possível criar a pasta “%1”.</translation>
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
        <translation>Um código com logotipo precisa da correção de erros H; ela será usada.</translation>
    </message>
    <message>
        <source>The logo “%1” cannot be read as a PNG, JPEG or SVG image.</source>
        <translation>O logotipo “%1” não pode ser lido como imagem PNG, JPEG ou SVG.</translation>
    </message>
    <message numerus="yes">
        <source>The quiet zone is %n module(s) wide; scanners expect 4. Leave a margin around the printed code.</source>
        <translation>
            <numerusform>A zona de silêncio tem %n módulo de largura; os leitores esperam 4. Deixe uma margem ao redor do código impresso.</numerusform>
            <numerusform>A zona de silêncio tem %n módulos de largura; os leitores esperam 4. Deixe uma margem ao redor do código impresso.</numerusform>
        </translation>
    </message>
    <message>
        <source>Each module prints %1 mm wide; below about 0.3 mm many printers and phones fail. Make the code larger.</source>
        <translation>Cada módulo é impresso com %1 mm de largura; abaixo de cerca de 0,3 mm, muitas impressoras e celulares falham. Aumente o código.</translation>
    </message>
    <message>
        <source>The code is light on dark. Many phone cameras only read dark modules on a light background.</source>
        <translation>O código é claro sobre escuro. Muitas câmeras de celular só leem módulos escuros sobre fundo claro.</translation>
    </message>
    <message>
        <source>The colours are too close (contrast %1:1); aim for at least 4.5:1, ideally dark on white.</source>
        <translation>As cores estão próximas demais (contraste %1:1); procure ter pelo menos 4,5:1, de preferência escuro sobre branco.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Print::QrPresets</name>
    <message>
        <source>Standard</source>
        <translation>Padrão</translation>
    </message>
    <message>
        <source>Brand print</source>
        <translation>Impressão da marca</translation>
    </message>
    <message>
        <source>Business card</source>
        <translation>Cartão de visita</translation>
    </message>
    <message>
        <source>Poster</source>
        <translation>Pôster</translation>
    </message>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation>um número inteiro de %1 a %2</translation>
    </message>
    <message>
        <source>a number from %1 to %2</source>
        <translation>um número de %1 a %2</translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation>um de %1</translation>
    </message>
    <message>
        <source>a colour such as #14213d or cmyk(0,0,0,100)</source>
        <translation>uma cor como #14213d ou cmyk(0,0,0,100)</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>“%1” in the preset should be %2, not “%3”.</source>
        <translation>“%1” no modelo deveria ser %2, não “%3”.</translation>
    </message>
    <message>
        <source>The preset is empty.</source>
        <translation>O modelo está vazio.</translation>
    </message>
    <message>
        <source>The preset&apos;s version “%1” is not a format number.</source>
        <translation>A versão “%1” do modelo não é um número de formato.</translation>
    </message>
    <message>
        <source>The preset was saved by a newer Linkdeck (format %1; this one reads formats up to %2).</source>
        <translation>O modelo foi salvo por um Linkdeck mais novo (formato %1; este lê formatos até %2).</translation>
    </message>
    <message>
        <source>“%1” in the preset should be 0 (size by width) or at least %2 mm.</source>
        <translation>“%1” no modelo deveria ser 0 (tamanho pela largura) ou pelo menos %2 mm.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Print::QrRenderer</name>
    <message>
        <source>The logo “%1” cannot be read as a PNG, JPEG or SVG image.</source>
        <translation>O logotipo “%1” não pode ser lido como imagem PNG, JPEG ou SVG.</translation>
    </message>
    <message>
        <source>Could not write “%1”.</source>
        <translation>Não foi possível gravar “%1”.</translation>
    </message>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation>Não foi possível gravar “%1”: %2</translation>
    </message>
</context>
<context>
    <name>Linkdeck::ProviderRegistry</name>
    <message>
        <source>A generic access token from Bitly&apos;s settings (Developer settings &gt; API).</source>
        <translation>Um token de acesso genérico das configurações do Bitly (Developer settings &gt; API).</translation>
    </message>
    <message>
        <source>An API key from Rebrandly&apos;s account settings.</source>
        <translation>Uma chave de API das configurações da conta do Rebrandly.</translation>
    </message>
    <message>
        <source>Shlink (or Linkdeck server)</source>
        <translation>Shlink (ou servidor Linkdeck)</translation>
    </message>
    <message>
        <source>An API key of the Shlink server (shlink api-key:generate).</source>
        <translation>Uma chave de API do servidor Shlink (shlink api-key:generate).</translation>
    </message>
    <message>
        <source>The API key from Cuttly&apos;s Edit Account page.</source>
        <translation>A chave de API da página Edit Account do Cuttly.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::ProviderStats</name>
    <message>
        <source>Could not keep the statistics for offline use.</source>
        <translation>Não foi possível guardar as estatísticas para uso offline.</translation>
    </message>
    <message>
        <source>updated just now</source>
        <translation>atualizado agora mesmo</translation>
    </message>
    <message numerus="yes">
        <source>updated %n minute(s) ago</source>
        <translation>
            <numerusform>atualizado há %n minuto</numerusform>
            <numerusform>atualizado há %n minutos</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>updated %n hour(s) ago</source>
        <translation>
            <numerusform>atualizado há %n hora</numerusform>
            <numerusform>atualizado há %n horas</numerusform>
        </translation>
    </message>
    <message>
        <source>updated on %1</source>
        <translation>atualizado em %1</translation>
    </message>
</context>
<context>
    <name>Linkdeck::QrCode</name>
    <message>
        <source>Enter the text or address the QR code should hold.</source>
        <translation>Digite o texto ou endereço que o código QR deve conter.</translation>
    </message>
    <message>
        <source>The text contains a NUL character, which a QR code cannot hold here.</source>
        <translation>O texto contém um caractere NUL, que um código QR não pode conter aqui.</translation>
    </message>
    <message numerus="yes">
        <source>The text is too long for a QR code at this error correction level (%n byte(s)). Shorten it, or choose a lower level.</source>
        <translation>
            <numerusform>O texto é longo demais para um código QR neste nível de correção de erros (%n byte). Encurte-o ou escolha um nível mais baixo.</numerusform>
            <numerusform>O texto é longo demais para um código QR neste nível de correção de erros (%n bytes). Encurte-o ou escolha um nível mais baixo.</numerusform>
        </translation>
    </message>
    <message>
        <source>The QR code could not be made.</source>
        <translation>Não foi possível criar o código QR.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::RebrandlyProvider</name>
    <message>
        <source>This back-half is already used on this Rebrandly domain. Choose another one.</source>
        <translation>Este sufixo já está em uso neste domínio do Rebrandly. Escolha outro.</translation>
    </message>
    <message>
        <source>Rebrandly accepts back-halves of 1 to 40 letters, digits, “-” and “_”.</source>
        <translation>O Rebrandly aceita sufixos de 1 a 40 letras, números, “-” e “_”.</translation>
    </message>
    <message>
        <source>Rebrandly refused the destination address. Check that it is a complete web address.</source>
        <translation>O Rebrandly recusou o endereço de destino. Verifique se é um endereço web completo.</translation>
    </message>
    <message>
        <source>Rebrandly needs a title of 3 to 255 characters, or none.</source>
        <translation>O Rebrandly precisa de um título de 3 a 255 caracteres, ou nenhum.</translation>
    </message>
    <message>
        <source>This domain is not set up in your Rebrandly account.</source>
        <translation>Este domínio não está configurado na sua conta Rebrandly.</translation>
    </message>
    <message>
        <source>The Rebrandly token of “%1” has no access to the workspace “%2”.</source>
        <translation>O token do Rebrandly de “%1” não tem acesso ao espaço de trabalho “%2”.</translation>
    </message>
    <message>
        <source>Rebrandly refused the link: %1</source>
        <translation>O Rebrandly recusou o link: %1</translation>
    </message>
    <message>
        <source>Rebrandly gives a link&apos;s total clicks only, not clicks over time.</source>
        <translation>O Rebrandly só informa o total de cliques de um link, não os cliques ao longo do tempo.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::RemoteProvider</name>
    <message>
        <source>No API token is set for “%1”.</source>
        <translation>Nenhum token de API está definido para “%1”.</translation>
    </message>
    <message>
        <source>No API token is stored for “%1”. Enter it in Preferences &gt; Accounts.</source>
        <translation>Nenhum token de API está guardado para “%1”. Digite-o em Preferências &gt; Contas.</translation>
    </message>
    <message>
        <source>%1 sent a reply Linkdeck could not understand. Try again later.</source>
        <translation>%1 enviou uma resposta que o Linkdeck não entende. Tente novamente mais tarde.</translation>
    </message>
    <message>
        <source>%1 did not answer in time. Check your connection and try again.</source>
        <translation>%1 não respondeu a tempo. Verifique sua conexão e tente novamente.</translation>
    </message>
    <message>
        <source>Could not reach %1. Check your internet connection.</source>
        <translation>Não foi possível acessar %1. Verifique sua conexão com a internet.</translation>
    </message>
    <message>
        <source>%1 did not accept the API token of “%2”. Check it in Preferences &gt; Accounts.</source>
        <translation>%1 não aceitou o token da API de “%2”. Verifique-o em Preferências &gt; Contas.</translation>
    </message>
    <message>
        <source>Your %1 plan does not include this.</source>
        <translation>Seu plano %1 não inclui isto.</translation>
    </message>
    <message>
        <source>%1 does not allow the account “%2” to do this.</source>
        <translation>%1 não permite que a conta “%2” faça isto.</translation>
    </message>
    <message>
        <source>%1 does not know this link; it may have been deleted there.</source>
        <translation>%1 não conhece este link; ele pode ter sido excluído lá.</translation>
    </message>
    <message>
        <source>This back-half is already used on %1. Choose another one.</source>
        <translation>Este sufixo já está em uso em %1. Escolha outro.</translation>
    </message>
    <message>
        <source>%1 is receiving too many requests from this account. Wait a minute and try again.</source>
        <translation>%1 está recebendo solicitações demais desta conta. Aguarde um minuto e tente novamente.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is receiving too many requests from this account. Try again in %n second(s).</source>
        <translation>
            <numerusform>%1 está recebendo solicitações demais desta conta. Tente novamente em %n segundo.</numerusform>
            <numerusform>%1 está recebendo solicitações demais desta conta. Tente novamente em %n segundos.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has a problem right now (error %2). Try again later.</source>
        <translation>%1 está com um problema no momento (erro %2). Tente novamente mais tarde.</translation>
    </message>
    <message>
        <source>%1 refused the request (error %2).</source>
        <translation>%1 recusou a solicitação (erro %2).</translation>
    </message>
    <message>
        <source>%1 refused the link: %2</source>
        <translation>%1 recusou o link: %2</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>A solicitação foi cancelada.</translation>
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
        <translation>Parâmetro de URL com valor</translation>
    </message>
    <message>
        <source>Query parameter present</source>
        <translation>Parâmetro de URL presente</translation>
    </message>
    <message>
        <source>Query parameter without value</source>
        <translation>Parâmetro de URL sem valor</translation>
    </message>
    <message>
        <source>IP address</source>
        <translation>Endereço IP</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Cidade</translation>
    </message>
    <message>
        <source>Before a date</source>
        <translation>Antes de uma data</translation>
    </message>
    <message>
        <source>After a date</source>
        <translation>Depois de uma data</translation>
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
        <translation>iPhone ou iPad</translation>
    </message>
    <message>
        <source>Any phone or tablet</source>
        <translation>Qualquer celular ou tablet</translation>
    </message>
    <message>
        <source>Any computer</source>
        <translation>Qualquer computador</translation>
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
        <translation>Escolha um dispositivo.</translation>
    </message>
    <message>
        <source>Choose a browser.</source>
        <translation>Escolha um navegador.</translation>
    </message>
    <message>
        <source>Enter a language code such as en or de-CH.</source>
        <translation>Digite um código de idioma como pt ou pt-BR.</translation>
    </message>
    <message>
        <source>Enter the name of the query parameter.</source>
        <translation>Digite o nome do parâmetro de URL.</translation>
    </message>
    <message>
        <source>Enter an IP address (192.0.2.10), a range (192.168.0.0/16) or a pattern (10.0.*.*).</source>
        <translation>Digite um endereço IP (192.0.2.10), um intervalo (192.168.0.0/16) ou um padrão (10.0.*.*).</translation>
    </message>
    <message>
        <source>Enter a two-letter country code such as DE or US.</source>
        <translation>Digite um código de país de duas letras como BR ou PT.</translation>
    </message>
    <message>
        <source>Enter the name of a city.</source>
        <translation>Digite o nome de uma cidade.</translation>
    </message>
    <message>
        <source>Choose a date and time.</source>
        <translation>Escolha uma data e um horário.</translation>
    </message>
    <message>
        <source>This condition is not valid.</source>
        <translation>Esta condição não é válida.</translation>
    </message>
    <message>
        <source>Add at least one condition: who should go to this destination?</source>
        <translation>Adicione pelo menos uma condição: quem deve ir para este destino?</translation>
    </message>
    <message>
        <source>Rule %1: %2</source>
        <translation>Regra %1: %2</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>on Android</source>
        <translation>no Android</translation>
    </message>
    <message>
        <source>on an iPhone or iPad</source>
        <translation>em um iPhone ou iPad</translation>
    </message>
    <message>
        <source>on a phone or tablet</source>
        <translation>em um celular ou tablet</translation>
    </message>
    <message>
        <source>on a computer</source>
        <translation>em um computador</translation>
    </message>
    <message>
        <source>on Windows</source>
        <translation>no Windows</translation>
    </message>
    <message>
        <source>on a Mac</source>
        <translation>em um Mac</translation>
    </message>
    <message>
        <source>on Linux</source>
        <translation>no Linux</translation>
    </message>
    <message>
        <source>on ChromeOS</source>
        <translation>no ChromeOS</translation>
    </message>
    <message>
        <source>on a device “%1”</source>
        <translation>em um dispositivo “%1”</translation>
    </message>
    <message>
        <source>whose browser asks for the language “%1”</source>
        <translation>cujo navegador pede o idioma “%1”</translation>
    </message>
    <message>
        <source>whose browser asks for %1 (%2)</source>
        <translation>cujo navegador pede %1 (%2)</translation>
    </message>
    <message>
        <source>whose link has ?%1=%2</source>
        <translation>cujo link tem ?%1=%2</translation>
    </message>
    <message>
        <source>whose link has the parameter “%1”</source>
        <translation>cujo link tem o parâmetro “%1”</translation>
    </message>
    <message>
        <source>whose link has “%1” without a value</source>
        <translation>cujo link tem “%1” sem valor</translation>
    </message>
    <message>
        <source>from the address %1</source>
        <translation>a partir do endereço %1</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>em %1</translation>
    </message>
    <message>
        <source>before %1</source>
        <translation>antes de %1</translation>
    </message>
    <message>
        <source>after %1</source>
        <translation>depois de %1</translation>
    </message>
    <message>
        <source>using %1</source>
        <translation>usando %1</translation>
    </message>
    <message>
        <source>using the browser “%1”</source>
        <translation>usando o navegador “%1”</translation>
    </message>
    <message>
        <source>No visitor goes to %1 yet: add a condition.</source>
        <translation>Nenhum visitante vai para %1 ainda: adicione uma condição.</translation>
    </message>
    <message>
        <source>A visitor %1 goes to %2.</source>
        <translation>Um visitante %1 vai para %2.</translation>
    </message>
    <message>
        <source> and </source>
        <translation> e </translation>
    </message>
    <message>
        <source>No visitor is sent anywhere yet: add a condition and an address.</source>
        <translation>Nenhum visitante é enviado ainda: adicione uma condição e um endereço.</translation>
    </message>
    <message>
        <source>A visitor %1 goes to the address this rule is given.</source>
        <translation>Um visitante %1 vai para o endereço dado a esta regra.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Rules::PreviewText</name>
    <message>
        <source>Goes to %1 (rule %2).</source>
        <translation>Vai para %1 (regra %2).</translation>
    </message>
    <message>
        <source>No rule matches: the A/B split sends this visitor to one of %1.</source>
        <translation>Nenhuma regra corresponde: a divisão A/B envia este visitante para um destes destinos: %1.</translation>
    </message>
    <message>
        <source>No rule matches: goes to the destination.</source>
        <translation>Nenhuma regra corresponde: vai para o destino.</translation>
    </message>
    <message>
        <source>No rule matches: goes to the destination, %1.</source>
        <translation>Nenhuma regra corresponde: vai para o destino, %1.</translation>
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
        <translation>Uma regra é escrita como CONDIÇÕES -&gt; ENDEREÇO, como em “device=ios -&gt; https://apps.apple.com/app/id1”; “%1” não tem “-&gt;”.</translation>
    </message>
    <message>
        <source>Unknown condition “%1”: use device, language, country, city, browser, ip, before, after (each as NAME=VALUE) or param:NAME=VALUE.</source>
        <translation>Condição desconhecida “%1”: use device, language, country, city, browser, ip, before, after (cada uma como NOME=VALOR) ou param:NOME=VALOR.</translation>
    </message>
    <message>
        <source>%1 cannot send visitors elsewhere by device, language or country; links on this computer and on Shlink can.</source>
        <translation>%1 não consegue enviar os visitantes para outro lugar por dispositivo, idioma ou país; os links deste computador e do Shlink conseguem.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Server::Pg::DbCopy</name>
    <message>
        <source>Nothing was copied: the PostgreSQL database is as it was.</source>
        <translation>Nada foi copiado: o banco de dados PostgreSQL está como estava.</translation>
    </message>
    <message>
        <source>db:copy needs a target: --to postgresql://USER@HOST:PORT/DATABASE, or Shlink&apos;s variables DB_DRIVER=postgres with DB_HOST, DB_PORT, DB_NAME, DB_USER and DB_PASSWORD (or DB_UNIX_SOCKET).</source>
        <translation>db:copy precisa de um destino: --to postgresql://USUARIO@HOST:PORTA/BANCO, ou as variáveis do Shlink DB_DRIVER=postgres com DB_HOST, DB_PORT, DB_NAME, DB_USER e DB_PASSWORD (ou DB_UNIX_SOCKET).</translation>
    </message>
    <message>
        <source>DB_DRIVER is “%1”: db:copy moves a server to PostgreSQL only (DB_DRIVER=postgres).</source>
        <translation>DB_DRIVER é “%1”: db:copy só move um servidor para o PostgreSQL (DB_DRIVER=postgres).</translation>
    </message>
    <message>
        <source>DB_PORT wants a port number, not “%1”.</source>
        <translation>DB_PORT precisa de um número de porta, não “%1”.</translation>
    </message>
    <message>
        <source>db:copy needs the SQLite file to copy: --from FILE.sqlite.</source>
        <translation>db:copy precisa do arquivo SQLite a copiar: --from ARQUIVO.sqlite.</translation>
    </message>
    <message>
        <source>There is no SQLite file at “%1”.</source>
        <translation>Não há nenhum arquivo SQLite em “%1”.</translation>
    </message>
    <message>
        <source>“%1” has schema version %2, and this linkdeck-server&apos;s PostgreSQL schema is version %3: update linkdeck-server to copy it.</source>
        <translation>“%1” tem a versão de esquema %2, e o esquema PostgreSQL deste linkdeck-server é a versão %3: atualize o linkdeck-server para copiá-lo.</translation>
    </message>
    <message>
        <source>Could not read “%1”.</source>
        <translation>Não foi possível ler “%1”.</translation>
    </message>
    <message>
        <source>The PostgreSQL database %1 is not empty (it holds %2): db:copy moves a server into an empty database only. Nothing was copied.</source>
        <translation>O banco de dados PostgreSQL %1 não está vazio (contém %2): db:copy só move um servidor para um banco de dados vazio. Nada foi copiado.</translation>
    </message>
    <message>
        <source>“%1” has no table %2.</source>
        <translation>“%1” não tem a tabela %2.</translation>
    </message>
    <message>
        <source>The PostgreSQL schema has no column %1.%2, which “%3” has: update linkdeck-server.</source>
        <translation>O esquema PostgreSQL não tem a coluna %1.%2, que “%3” tem: atualize o linkdeck-server.</translation>
    </message>
    <message>
        <source>Could not read the %1 of “%2”.</source>
        <translation>Não foi possível ler %1 de “%2”.</translation>
    </message>
    <message>
        <source>db:copy: %1 of %2 %3 (%4%)</source>
        <translation>db:copy: %1 de %2 %3 (%4%)</translation>
    </message>
    <message>
        <source>PostgreSQL refused the %1 of “%2”: %3</source>
        <translation>O PostgreSQL recusou %1 de “%2”: %3</translation>
    </message>
    <message>
        <source>%1 of %2 %3 arrived in PostgreSQL.</source>
        <translation>%1 de %2 %3 chegaram ao PostgreSQL.</translation>
    </message>
    <message>
        <source>db:copy: %1 %2 copied</source>
        <translation>db:copy: %1 %2 copiados</translation>
    </message>
    <message>
        <source>PostgreSQL counts %1 %2 after the copy, and “%3” has %4.</source>
        <translation>O PostgreSQL conta %1 %2 após a cópia, e “%3” tem %4.</translation>
    </message>
    <message>
        <source>db:copy: copied %1 from %2 in %3 s; every table&apos;s count matches.</source>
        <translation>db:copy: %1 copiado de %2 em %3 s; a contagem de cada tabela confere.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Server::Pg::PgClickWriter</name>
    <message>
        <source>A batch of clicks needs its journal and a position after its start.</source>
        <translation>Um lote de cliques precisa do seu diário e de uma posição após o início dele.</translation>
    </message>
    <message>
        <source>The clicks of journal %1 from %2 do not follow on what PostgreSQL has stored (up to %3); nothing was stored.</source>
        <translation>Os cliques do diário %1 a partir de %2 não continuam o que o PostgreSQL já armazenou (até %3); nada foi armazenado.</translation>
    </message>
    <message>
        <source>PostgreSQL stored %1 of %2 clicks; nothing was stored.</source>
        <translation>O PostgreSQL armazenou %1 de %2 cliques; nada foi armazenado.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Server::Pg::PgConnection</name>
    <message>
        <source>“%1” is not a PostgreSQL address: %2. Write it as postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>“%1” não é um endereço PostgreSQL: %2. Escreva-o como postgresql://USUARIO@HOST:PORTA/BANCO.</translation>
    </message>
    <message>
        <source>Could not connect to PostgreSQL: out of memory.</source>
        <translation>Não foi possível conectar ao PostgreSQL: memória insuficiente.</translation>
    </message>
    <message>
        <source>Could not connect to the PostgreSQL server at %1: %2</source>
        <translation>Não foi possível conectar ao servidor PostgreSQL em %1: %2</translation>
    </message>
    <message>
        <source>Could not set the connection to UTF-8.</source>
        <translation>Não foi possível definir a conexão como UTF-8.</translation>
    </message>
    <message>
        <source>(no connection)</source>
        <translation>(sem conexão)</translation>
    </message>
    <message>
        <source>The connection to PostgreSQL at %1 was lost: %2</source>
        <translation>A conexão com o PostgreSQL em %1 foi perdida: %2</translation>
    </message>
    <message>
        <source>There is no connection to PostgreSQL.</source>
        <translation>Não há conexão com o PostgreSQL.</translation>
    </message>
    <message>
        <source>PostgreSQL refused a statement:</source>
        <translation>O PostgreSQL recusou uma instrução:</translation>
    </message>
    <message>
        <source>PostgreSQL refused to start a copy:</source>
        <translation>O PostgreSQL se recusou a iniciar uma cópia:</translation>
    </message>
    <message>
        <source>Could not send rows to PostgreSQL.</source>
        <translation>Não foi possível enviar as linhas ao PostgreSQL.</translation>
    </message>
    <message>
        <source>Could not finish sending rows to PostgreSQL.</source>
        <translation>Não foi possível concluir o envio das linhas ao PostgreSQL.</translation>
    </message>
    <message>
        <source>PostgreSQL refused the rows:</source>
        <translation>O PostgreSQL recusou as linhas:</translation>
    </message>
    <message>
        <source>The transaction has ended.</source>
        <translation>A transação terminou.</translation>
    </message>
    <message>
        <source>PostgreSQL rolled the transaction back; nothing of it was stored.</source>
        <translation>O PostgreSQL desfez a transação; nada dela foi armazenado.</translation>
    </message>
    <message>
        <source>The PostgreSQL address is not valid: %1. Write it as postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation>O endereço PostgreSQL não é válido: %1. Escreva-o como postgresql://USUARIO@HOST:PORTA/BANCO.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Server::Pg::PgLinkStore</name>
    <message>
        <source>The back-half “%1” is already used on %2. Choose another one.</source>
        <translation>O sufixo “%1” já está em uso em %2. Escolha outro.</translation>
    </message>
    <message>
        <source>The link no longer exists; it may have been deleted.</source>
        <translation>O link não existe mais; ele pode ter sido excluído.</translation>
    </message>
    <message>
        <source>The link no longer exists; it may have been deleted already.</source>
        <translation>O link não existe mais; ele pode já ter sido excluído.</translation>
    </message>
    <message>
        <source>There is no tag “%1”.</source>
        <translation>Não existe a tag “%1”.</translation>
    </message>
    <message>
        <source>There is already a tag “%1”.</source>
        <translation>Já existe uma tag “%1”.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Server::Pg::PgSchema</name>
    <message>
        <source>The PostgreSQL database %1 was set up by a newer version of linkdeck-server (schema version %2; this one knows up to %3). Update linkdeck-server to use it.</source>
        <translation>O banco de dados PostgreSQL %1 foi configurado por uma versão mais nova do linkdeck-server (versão de esquema %2; esta conhece até a %3). Atualize o linkdeck-server para usá-lo.</translation>
    </message>
    <message>
        <source>The PostgreSQL database %1 already has tables named links, clicks or api_keys that linkdeck-server did not create. Use an empty database.</source>
        <translation>O banco de dados PostgreSQL %1 já tem tabelas chamadas links, clicks ou api_keys que o linkdeck-server não criou. Use um banco de dados vazio.</translation>
    </message>
    <message>
        <source>Could not set up the PostgreSQL database %1 for schema version %2; it was left as it was.</source>
        <translation>Não foi possível preparar o banco de dados PostgreSQL %1 para a versão de esquema %2; ele ficou como estava.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::ShlinkProvider</name>
    <message>
        <source>This back-half is already used on %1. Choose another one.</source>
        <translation>Este sufixo já está em uso em %1. Escolha outro.</translation>
    </message>
    <message>
        <source>this Shlink server</source>
        <translation>este servidor Shlink</translation>
    </message>
    <message>
        <source>The Shlink server did not accept the API key of “%1”. Check it in Preferences &gt; Accounts.</source>
        <translation>O servidor Shlink não aceitou a chave da API de “%1”. Verifique-a em Preferências &gt; Contas.</translation>
    </message>
    <message>
        <source>The Shlink server does not know this link; it may have been deleted there.</source>
        <translation>O servidor Shlink não conhece este link; ele pode ter sido excluído lá.</translation>
    </message>
    <message numerus="yes">
        <source>The Shlink server keeps links with more than %n visit(s); it refused to delete this one.</source>
        <translation>
            <numerusform>O servidor Shlink mantém links com mais de %n visita; ele se recusou a excluir este.</numerusform>
            <numerusform>O servidor Shlink mantém links com mais de %n visitas; ele se recusou a excluir este.</numerusform>
        </translation>
    </message>
    <message>
        <source>The Shlink server refused the link: %1</source>
        <translation>O servidor Shlink recusou o link: %1</translation>
    </message>
    <message>
        <source>The Shlink server does not know this domain.</source>
        <translation>O servidor Shlink não conhece este domínio.</translation>
    </message>
    <message>
        <source>Shlink gives no breakdown by device; its visits carry the browser&apos;s description only.</source>
        <translation>O Shlink não oferece detalhamento por dispositivo; as visitas dele trazem só a descrição do navegador.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>A solicitação foi cancelada.</translation>
    </message>
    <message>
        <source>This Shlink server has no redirect rules. They need Shlink 4 or later.</source>
        <translation>Este servidor Shlink não tem regras de redirecionamento. Elas precisam do Shlink 4 ou mais recente.</translation>
    </message>
    <message>
        <source>The Shlink server refused the redirect rules: %1</source>
        <translation>O servidor Shlink recusou as regras de redirecionamento: %1</translation>
    </message>
    <message>
        <source>The Shlink server has redirect rules this version of Linkdeck does not know. Update Linkdeck to see and edit them.</source>
        <translation>O servidor Shlink tem regras de redirecionamento que esta versão do Linkdeck não conhece. Atualize o Linkdeck para vê-las e editá-las.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::Slug</name>
    <message>
        <source>Enter a back-half, or leave it empty for a random one.</source>
        <translation>Digite um sufixo, ou deixe vazio para um aleatório.</translation>
    </message>
    <message>
        <source>The back-half is too long: at most %1 characters.</source>
        <translation>O sufixo é longo demais: no máximo %1 caracteres.</translation>
    </message>
    <message>
        <source>The back-half cannot contain spaces; use “-” instead.</source>
        <translation>O sufixo não pode conter espaços; use “-” no lugar.</translation>
    </message>
    <message>
        <source>The back-half can only contain letters a–z, digits, “-” and “_”; “%1” is not allowed.</source>
        <translation>O sufixo só pode conter letras a–z, números, “-” e “_”; “%1” não é permitido.</translation>
    </message>
    <message>
        <source>“%1” is reserved by the link server; choose another back-half.</source>
        <translation>“%1” é reservado pelo servidor de links; escolha outro sufixo.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::SplitTest</name>
    <message numerus="yes">
        <source>Too few clicks to compare the variants yet: %Ln click(s) so far, and the test needs about %1.</source>
        <translation>
            <numerusform>Ainda há poucos cliques para comparar as variantes: %Ln clique até agora, e o teste precisa de cerca de %1.</numerusform>
            <numerusform>Ainda há poucos cliques para comparar as variantes: %Ln cliques até agora, e o teste precisa de cerca de %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Variant %1 gets significantly more clicks than its share of visitors (chi-square test, p %2, %Ln click(s)).</source>
        <translation>
            <numerusform>A variante %1 recebe bem mais cliques do que a parcela de visitantes dela (teste qui-quadrado, p %2, %Ln clique).</numerusform>
            <numerusform>A variante %1 recebe bem mais cliques do que a parcela de visitantes dela (teste qui-quadrado, p %2, %Ln cliques).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The difference between the variants is not significant yet (chi-square test, p %1, %Ln click(s)): each gets about the clicks its share of visitors brings.</source>
        <translation>
            <numerusform>A diferença entre as variantes ainda não é significativa (teste qui-quadrado, p %1, %Ln clique): cada uma recebe mais ou menos os cliques que a parcela de visitantes dela traz.</numerusform>
            <numerusform>A diferença entre as variantes ainda não é significativa (teste qui-quadrado, p %1, %Ln cliques): cada uma recebe mais ou menos os cliques que a parcela de visitantes dela traz.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Linkdeck::SyncQueue</name>
    <message>
        <source>Could not keep the change for later.</source>
        <translation>Não foi possível guardar a alteração para depois.</translation>
    </message>
    <message>
        <source>Could not update the list of changes to send.</source>
        <translation>Não foi possível atualizar a lista de alterações a enviar.</translation>
    </message>
</context>
<context>
    <name>Linkdeck::UrlValidator</name>
    <message>
        <source>Enter the web address the short link should open.</source>
        <translation>Digite o endereço web que o link curto deve abrir.</translation>
    </message>
    <message>
        <source>The address contains a line break or another invisible character. Paste it again on one line.</source>
        <translation>O endereço contém uma quebra de linha ou outro caractere invisível. Cole-o novamente em uma única linha.</translation>
    </message>
    <message>
        <source>Links that run a script (%1:) are refused: they can harm the people who click them.</source>
        <translation>Links que executam um script (%1:) são recusados: eles podem prejudicar quem clica neles.</translation>
    </message>
    <message>
        <source>Links that carry their own content (data:) are refused: they are a common phishing trick.</source>
        <translation>Links que carregam o próprio conteúdo (data:) são recusados: são um truque comum de phishing.</translation>
    </message>
    <message>
        <source>A file: address only works on the computer it points to. Use a web address (https://…).</source>
        <translation>Um endereço file: só funciona no computador para o qual aponta. Use um endereço web (https://…).</translation>
    </message>
    <message>
        <source>Only web addresses (http:// or https://) can be shortened, not “%1:” addresses.</source>
        <translation>Só endereços web (http:// ou https://) podem ser encurtados, não endereços “%1:”.</translation>
    </message>
    <message>
        <source>The address is incomplete: “%1:” must be followed by “//” and a site name.</source>
        <translation>O endereço está incompleto: “%1:” deve ser seguido de “//” e de um nome de site.</translation>
    </message>
    <message>
        <source>The address has no site name. Enter a full address such as https://example.com/page.</source>
        <translation>O endereço não tem nome de site. Digite um endereço completo como https://example.com/pagina.</translation>
    </message>
    <message>
        <source>The address contains a user name or password (before “@”). Such links are refused because they are used to disguise where a link goes.</source>
        <translation>O endereço contém um nome de usuário ou senha (antes de “@”). Esses links são recusados porque servem para disfarçar para onde um link leva.</translation>
    </message>
    <message>
        <source>The site name contains a space.</source>
        <translation>O nome do site contém um espaço.</translation>
    </message>
    <message>
        <source>The address “%1” is not valid.</source>
        <translation>O endereço “%1” não é válido.</translation>
    </message>
    <message>
        <source>“%1” is not a valid site name.</source>
        <translation>“%1” não é um nome de site válido.</translation>
    </message>
    <message>
        <source>“%1” is not a web address. Enter the site too, such as %1.com or https://%1/.</source>
        <translation>“%1” não é um endereço web. Digite também o site, como %1.com ou https://%1/.</translation>
    </message>
    <message>
        <source>The port “%1” is not valid; it must be a number from 1 to 65535.</source>
        <translation>A porta “%1” não é válida; ela deve ser um número de 1 a 65535.</translation>
    </message>
    <message>
        <source>The address is too long: %1 characters, and at most %2 are allowed.</source>
        <translation>O endereço é longo demais: %1 caracteres, e são permitidos no máximo %2.</translation>
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
        <translation>Impresso (código QR)</translation>
    </message>
    <message>
        <source>Social media</source>
        <translation>Redes sociais</translation>
    </message>
    <message>
        <source>Paid social</source>
        <translation>Redes sociais pagas</translation>
    </message>
    <message>
        <source>Partner or affiliate</source>
        <translation>Parceiro ou afiliado</translation>
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
        <translation>Iniciar com o Linkdeck</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferências</translation>
    </message>
    <message>
        <source>General</source>
        <translation>Geral</translation>
    </message>
    <message>
        <source>New links</source>
        <translation>Novos links</translation>
    </message>
    <message>
        <source>Random back-half length:</source>
        <translation>Tamanho do sufixo aleatório:</translation>
    </message>
    <message>
        <source> characters</source>
        <translation> caracteres</translation>
    </message>
    <message>
        <source>Tracking preset for new links:</source>
        <translation>Modelo de rastreamento para novos links:</translation>
    </message>
    <message>
        <source>Write tracking values in lower case</source>
        <translation>Escrever os valores de rastreamento em minúsculas</translation>
    </message>
    <message>
        <source>Local server</source>
        <translation>Servidor local</translation>
    </message>
    <message>
        <source>Port on this computer:</source>
        <translation>Porta neste computador:</translation>
    </message>
    <message>
        <source>Public &amp;address:</source>
        <translation>&amp;Endereço público:</translation>
    </message>
    <message>
        <source>https://go.example.com</source>
        <translation>https://go.example.com</translation>
    </message>
    <message>
        <source>The domain people open this computer&apos;s links at, such as one a reverse proxy answers on; short links, copies and QR codes use it. Empty: this computer only (localhost).</source>
        <translation>O domínio em que as pessoas abrem os links deste computador, como um em que um proxy reverso responde; links curtos, cópias e códigos QR o usam. Vazio: só este computador (localhost).</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Aparência</translation>
    </message>
    <message>
        <source>&amp;Colours:</source>
        <translation>&amp;Cores:</translation>
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
        <translation>Escuro</translation>
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
        <translation>&amp;Conteúdo:</translation>
    </message>
    <message>
        <source>Pre&amp;set:</source>
        <translation>Mo&amp;delo:</translation>
    </message>
    <message>
        <source>Save…</source>
        <translation>Salvar…</translation>
    </message>
    <message>
        <source>Remember these settings under a name</source>
        <translation>Guardar estas configurações com um nome</translation>
    </message>
    <message>
        <source>PNG…</source>
        <translation>PNG…</translation>
    </message>
    <message>
        <source>Save the code as a file</source>
        <translation>Salvar o código como arquivo</translation>
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
        <translation>Um PDF em CMYK com os módulos em preto puro (K), como as gráficas pedem</translation>
    </message>
    <message>
        <source>Copy Image</source>
        <translation>Copiar imagem</translation>
    </message>
    <message>
        <source>Copy SVG</source>
        <translation>Copiar SVG</translation>
    </message>
    <message>
        <source>Label Sheet</source>
        <translation>Folha de etiquetas</translation>
    </message>
    <message>
        <source>Paper, gr&amp;id:</source>
        <translation>Papel, gr&amp;ade:</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Carta (EUA)</translation>
    </message>
    <message>
        <source>×</source>
        <translation>×</translation>
    </message>
    <message>
        <source>Mar&amp;gin, gap:</source>
        <translation>&amp;Margem, espaço:</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source>Margin around the page</source>
        <translation>Margem ao redor da página</translation>
    </message>
    <message>
        <source>Gap between the labels</source>
        <translation>Espaço entre as etiquetas</translation>
    </message>
    <message>
        <source>Short URL under each code</source>
        <translation>URL curto abaixo de cada código</translation>
    </message>
    <message>
        <source>Sheet PDF…</source>
        <translation>PDF da folha…</translation>
    </message>
    <message>
        <source>Save the label sheet as a PDF</source>
        <translation>Salvar a folha de etiquetas como PDF</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Imprimir…</translation>
    </message>
    <message>
        <source>Print the label sheet, with a preview</source>
        <translation>Imprimir a folha de etiquetas, com prévia</translation>
    </message>
</context>
<context>
    <name>QrStyleForm</name>
    <message>
        <source>&amp;Error correction:</source>
        <translation>Correção de &amp;erros:</translation>
    </message>
    <message>
        <source>Low (7 %)</source>
        <translation>Baixa (7 %)</translation>
    </message>
    <message>
        <source>Medium (15 %)</source>
        <translation>Média (15 %)</translation>
    </message>
    <message>
        <source>Quartile (25 %)</source>
        <translation>Quartil (25 %)</translation>
    </message>
    <message>
        <source>High (30 %)</source>
        <translation>Alta (30 %)</translation>
    </message>
    <message>
        <source>Minimum &amp;version:</source>
        <translation>&amp;Versão mínima:</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automático</translation>
    </message>
    <message>
        <source>Keep the code at least this version (1 to 40), e.g. so that a series of codes has one size</source>
        <translation>Manter o código pelo menos nesta versão (1 a 40), p. ex. para que uma série de códigos tenha o mesmo tamanho</translation>
    </message>
    <message>
        <source>&amp;Modules:</source>
        <translation>Mód&amp;ulos:</translation>
    </message>
    <message>
        <source>Squares</source>
        <translation>Quadrados</translation>
    </message>
    <message>
        <source>Rounded</source>
        <translation>Arredondados</translation>
    </message>
    <message>
        <source>Dots</source>
        <translation>Pontos</translation>
    </message>
    <message>
        <source>Corner ma&amp;rks:</source>
        <translation>Marcas dos ca&amp;ntos:</translation>
    </message>
    <message>
        <source>Square</source>
        <translation>Quadradas</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>&amp;Tamanho:</translation>
    </message>
    <message>
        <source>Printed width</source>
        <translation>Largura impressa</translation>
    </message>
    <message>
        <source>Module size</source>
        <translation>Tamanho do módulo</translation>
    </message>
    <message>
        <source> mm</source>
        <translation> mm</translation>
    </message>
    <message>
        <source>The printed width of the code, quiet zone included</source>
        <translation>A largura impressa do código, com a zona de silêncio</translation>
    </message>
    <message>
        <source>The printed size of one module (one square of the code)</source>
        <translation>O tamanho impresso de um módulo (um quadrado do código)</translation>
    </message>
    <message>
        <source>&amp;Quiet zone:</source>
        <translation>Zona de &amp;silêncio:</translation>
    </message>
    <message>
        <source> modules</source>
        <translation> módulos</translation>
    </message>
    <message>
        <source>PNG resol&amp;ution:</source>
        <translation>&amp;Resolução do PNG:</translation>
    </message>
    <message>
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <source>&amp;Foreground:</source>
        <translation>&amp;Primeiro plano:</translation>
    </message>
    <message>
        <source>#rrggbb, a colour name, or cmyk(c,m,y,k) in percent, e.g. cmyk(0,0,0,100) for pure black</source>
        <translation>#rrggbb, um nome de cor, ou cmyk(c,m,y,k) em porcentagem, p. ex. cmyk(0,0,0,100) para preto puro</translation>
    </message>
    <message>
        <source>Choose the foreground colour</source>
        <translation>Escolher a cor do primeiro plano</translation>
    </message>
    <message>
        <source>Choose a colour</source>
        <translation>Escolha uma cor</translation>
    </message>
    <message>
        <source>&amp;Background:</source>
        <translation>&amp;Fundo:</translation>
    </message>
    <message>
        <source>Choose the background colour</source>
        <translation>Escolher a cor de fundo</translation>
    </message>
    <message>
        <source>Transparent</source>
        <translation>Transparente</translation>
    </message>
    <message>
        <source>&amp;Logo:</source>
        <translation>&amp;Logotipo:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Escolher…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Ca&amp;ption:</source>
        <translation>Le&amp;genda:</translation>
    </message>
    <message>
        <source>Optional text under the code</source>
        <translation>Texto opcional abaixo do código</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Branded short links, campaign charts and QR codes.</source>
        <translation>Links curtos com a sua marca, gráficos de campanha e códigos QR.</translation>
    </message>
    <message>
        <source>Keep the database and settings in &lt;dir&gt;.</source>
        <translation>Manter o banco de dados e as configurações em &lt;dir&gt;.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dir</translation>
    </message>
    <message>
        <source>Linkdeck is already open</source>
        <translation>O Linkdeck já está aberto</translation>
    </message>
    <message>
        <source>Linkdeck cannot start</source>
        <translation>O Linkdeck não pode ser iniciado</translation>
    </message>
</context>
</TS>
