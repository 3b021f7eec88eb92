<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AccountDialog</name>
    <message>
        <source>Add Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Service:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marketing team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;token:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Default domain:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test &amp;Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is kept in your system&apos;s keychain, not in Linkdeck&apos;s files.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Linkdeck::Account</name>
    <message>
        <source>This computer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Linkdeck::AccountRepository</name>
    <message>
        <source>Give the account a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already an account named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“This computer” cannot be removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the address of the Shlink server, such as https://s.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API address must start with https:// (or http:// for a server on your own network).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is reached over http://, so the API token travels unencrypted and anyone on the network between can read it. Use https:// unless the server is on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Linkdeck::AccountSync</name>
    <message>
        <source>This account&apos;s service cannot list its links.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Linkdeck::Analytics</name>
    <message>
        <source>Could not read the click statistics.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Linkdeck::BitlyProvider</name>
    <message>
        <source>This back-half is already used on Bitly. Choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your Bitly plan&apos;s monthly limit is reached. Links can be created again next month, or after an upgrade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitly is limiting requests from this account. Wait a minute and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitly did not accept the API token of “%1”. Check it in Preferences &gt; Accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitly refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitly refused the destination address. Check that it is a complete web address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This domain is not set up in your Bitly account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Bitly account has no active group to keep links in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bitly gives no breakdown by %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your Bitly plan does not include clicks by device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your Bitly plan does not include this breakdown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Linkdeck::Bulk::CampaignMatrix</name>
    <message>
        <source>Name the campaign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter at least one destination.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter at least one source, such as newsletter or facebook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter at least one medium, such as email or social.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This makes %1 links; a campaign matrix makes at most %2. Split it into several.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The back-half pattern makes “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The back-half pattern makes “%1” twice (links %2 and %3): add {content}, {page} or {n} to it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Linkdeck::Bulk::ColumnMapping</name>
    <message>
        <source>No column holds the addresses the links go to. Name one &quot;destination&quot; or &quot;url&quot; in the first row, or choose it in the column mapping.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not imported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back-half</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTM source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTM medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTM campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTM term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTM content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum clicks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Then go to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forward query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crawlable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clicks (not imported)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Linkdeck::Bulk::Exporter</name>
    <message>
        <source>The file could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was stopped; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln link(s) from Bitly, Shlink or another service have empty countries, referrers and devices: Linkdeck has these only for links on this computer, and for a service&apos;s link once its statistics were shown from its first day to today.</source>
        <translation>
            <numerusform>%Ln link from Bitly, Shlink or another service have empty countries, referrers and devices: Linkdeck has these only for links on this computer, and for a service&apos;s link once its statistics were shown from its first day to today.</numerusform>
            <numerusform>%Ln links from Bitly, Shlink or another service have empty countries, referrers and devices: Linkdeck has these only for links on this computer, and for a service&apos;s link once its statistics were shown from its first day to today.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The services report no browsers or operating systems: those columns are empty for %Ln link(s) of theirs.</source>
        <translation>
            <numerusform>The services report no browsers or operating systems: those columns are empty for %Ln link of theirs.</numerusform>
            <numerusform>The services report no browsers or operating systems: those columns are empty for %Ln links of theirs.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Linkdeck::Bulk::ImportReport</name>
    <message>
        <source>Nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: %1 to create, %2 already there, %3 to update, %4 to create under another back-half, %5 skipped (back-half taken), %6 invalid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 created, %2 already there, %3 updated, %4 created under another back-half, %5 skipped (back-half taken), %6 invalid, %7 failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import was stopped; import the file again to go on where it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Linkdeck::Bulk::Importer</name>
    <message>
        <source>created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>will create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>already there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped: back-half taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>will update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created under another back-half</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>will create under another back-half</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only a file can be imported (it is read twice).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the destination is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a date; write it as 2026-12-31 or 2026-12-31T23:59:00Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the maximum of clicks “%1” is not a whole number of at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the address to go to after the end: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the redirect status “%1” is not one of 301, 302, 307 or 308.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is neither true nor false (forward query).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is neither true nor false (crawlable).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No file is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linkdeck cannot use this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has column names but no links below them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the back-half “%1” on %2 already goes to %3; the row was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the back-half “%1” is used by a row above for %2; the row was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no free back-half was found for “%1”; the row was skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the back-half “%1” was taken; the link is “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the link to update is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept on this computer; it is sent when the service can be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service still refuses more links for now (%1). Import the file again later to go on where it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>About %n second(s) left at %1&apos;s request limits.</source>
        <translation>
            <numerusform>About %n second left at %1&apos;s request limits.</numerusform>
            <numerusform>About %n seconds left at %1&apos;s request limits.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>About %n minute(s) left at %1&apos;s request limits.</source>
        <translation>
            <numerusform>About %n minute left at %1&apos;s request limits.</numerusform>
            <numerusform>About %n minutes left at %1&apos;s request limits.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>About %n hour(s) left at %1&apos;s request limits.</source>
        <translation>
            <numerusform>About %n hour left at %1&apos;s request limits.</numerusform>
            <numerusform>About %n hours left at %1&apos;s request limits.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Your %1 plan allows %n more link(s) this month; this import needs %2.</source>
        <translation>
            <numerusform>Your %1 plan allows %n more link this month; this import needs %2.</numerusform>
            <numerusform>Your %1 plan allows %n more links this month; this import needs %2.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Nothing more was sent: put the account right, then run again to go on where it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Linkdeck::Bulk::LinkTransfer</name>
    <message>
        <source>Choose the links to copy or move.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linkdeck cannot use this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old link stays as it was: its service cannot change where a link goes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new link exists; the old one still goes to the old address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It has a password, which cannot go along: make it there by hand and set a password again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Linkdeck::Bulk::TableReader</name>
    <message>
        <source>Row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty: there are no links to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON file is larger than %1 MB; export the links as CSV instead, which is read in parts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON file cannot be read: %1 in line %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON file holds no list of links.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1: the JSON list holds something other than a link (an object).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The JSON file holds no links.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook&apos;s first sheet is empty: there are no links to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file holds binary data, not text; it is not a CSV or TSV table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted field that starts in this row has no closing quote mark. Check the quotes in that row; nothing was imported from it on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row is longer than %1 characters; the file is probably not a table of links.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Linkdeck::Bulk::TransferReport</name>
    <message numerus="yes">
        <source>%n link(s) moved</source>
        <translation>
            <numerusform>%n link moved</numerusform>
            <numerusform>%n links moved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) copied</source>
        <translation>
            <numerusform>%n link copied</numerusform>
            <numerusform>%n links copied</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n not made</source>
        <translation>
            <numerusform>%n not made</numerusform>
            <numerusform>%n not made</numerusform>
        </translation>
    </message>
    <message>
        <source>The mapping file could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n old link(s) pointed to the new one(s)</source>
        <translation>
            <numerusform>%n old link pointed to the new one</numerusform>
            <numerusform>%n old links pointed to the new ones</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Linkdeck::Bulk::XlsxSheet</name>
    <message>
        <source>The Excel workbook cannot be read; it may be damaged. Save it again in Excel, or as CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Excel workbook is too large to read; save it as CSV.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Linkdeck::CachedProvider</name>
    <message>
        <source>%1 cannot start or end a link at a date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot limit the clicks of a link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot send the visitors of an ended link to another address; only links on this computer can. Leave that address empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot give link previews a title, description or image; only links on this computer can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot split a link&apos;s visitors between destinations; only links on this computer can.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Linkdeck::CampaignStats</name>
    <message numerus="yes">
        <source>Totals only, not clicks over time, from %1: those links have %Ln click(s) in all, not in the series.</source>
        <translation>
            <numerusform>Totals only, not clicks over time, from %1: those links have %Ln click in all, not in the series.</numerusform>
            <numerusform>Totals only, not clicks over time, from %1: those links have %Ln clicks in all, not in the series.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fetching the figures of %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 Showing the figures saved earlier.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: your plan does not include click statistics for some links.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 Its links are not in the series.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures from %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not report browsers or operating systems: only the links on this computer are counted here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 do not report browsers or operating systems: only the links on this computer are counted here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the links on this computer are in the chart: the clicks of %1 links over time cannot be filtered.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variant %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other clicks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Linkdeck::Cli</name>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See &quot;%1 --help&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: linkdeck-cli %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The back-half; random if not given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The short link&apos;s domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A title for your link list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag; repeat for several.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>utm_source, e.g. newsletter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>utm_medium, e.g. email.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>utm_campaign, e.g. spring-sale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>utm_term.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>utm_content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the UTM values in lower case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address the short link opens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>links create needs exactly one URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only links whose back-half, destination, title, tags or campaign contain TEXT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most N links.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown format “%1”: use table, csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--limit needs a number of links.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHORT LINK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DESTINATION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TAGS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLICKS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CREATED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The back-half of the link to delete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>links delete needs exactly one back-half.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no link “%1” on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--data-dir needs a folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command “%1”. Run &quot;linkdeck-cli --help&quot; for the commands.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A link&apos;s back-half (its short URL is encoded), or any text or URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>qr needs exactly one text, URL or back-half.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back-halves of the links to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>qr-sheet needs back-halves and an output file: qr-sheet SLUG... -o FILE.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day, YYYY-MM-DD (default: 29 days before --to).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day, YYYY-MM-DD (default: today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hour, day, week or month (default: chosen for the range).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time zone of the buckets, e.g. Europe/Berlin (default: this computer&apos;s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>json (default) or csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A link&apos;s back-half, or a campaign (utm_campaign or tag).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown time zone “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give dates as YYYY-MM-DD, with --from not after --to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown format “%1”: use json or csv.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no link “%1” and no campaign or tag of that name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--unit takes hour, day, week or month.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain did not answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run linkdeck-cli from a desktop session, where GNOME Keyring or KWallet is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adds an account with a link service. The API token is read from the terminal without showing it, or with --token-stdin as the first line of stdin, and kept only in the keychain (GNOME Keyring, KWallet). The connection is tested before anything is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service: bitly, rebrandly, shlink or cuttly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API address: required for Shlink (the server, e.g. https://s.example.com), otherwise the service&apos;s own.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Rebrandly workspace or the Bitly group (default: the account&apos;s first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain of new links when none is given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the token from the first line of stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the account without testing the connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name for the account, e.g. Marketing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accounts add needs exactly one account name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accounts add needs --provider bitly, rebrandly, shlink or cuttly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown provider “%1”: use bitly, rebrandly, shlink or cuttly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a domain name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the account a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already an account named “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API token for “%1” (%2): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the token with --token-stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token is empty: nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linkdeck cannot use accounts of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account “%1” was not added: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added the account “%1” (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the accounts: id, name, service, default domain, API address and last sync. Tokens stay in the keychain and are never shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table (default), csv or json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accounts list takes no arguments, only options: “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROVIDER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DOMAIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API BASE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LAST SYNC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the list to the output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes an account from Linkdeck, with the links kept of it on this computer and its token in the keychain. The links stay with the service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>accounts remove needs exactly one account name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account “%1” was removed, but its token could not be removed from the keychain: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the account “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads the links of the accounts with link services into this computer&apos;s list, then sends the changes made while a service could not be reached (those of every account). Fails if a service could not be reached or a change is still waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only this account (default: every account with a link service).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sync takes no arguments, only options: “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” keeps its links on this computer: there is nothing to sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation type="unfinished"></translation>
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
            <numerusform>Sent %n change made offline.</numerusform>
            <numerusform>Sent %n changes made offline.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The services refused %n change(s) made offline; they are marked as not sent.</source>
        <translation>
            <numerusform>The services refused %n change made offline; they are marked as not sent.</numerusform>
            <numerusform>The services refused %n changes made offline; they are marked as not sent.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) still wait for the network.</source>
        <translation>
            <numerusform>%n change still wait for the network.</numerusform>
            <numerusform>%n changes still wait for the network.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 needs a command: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown command “%1 %2”: use %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database has no account for this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no account “%1”. Run &quot;linkdeck-cli accounts list&quot; for the accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the database in DIR (also accepted before the command).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account to create it in (default: This computer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linkdeck cannot use the account “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved offline: the link will be created on %1 when the network is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lists the links of an account, newest first. The links of a link service are read from it first; when it cannot be reached, those kept on this computer are listed. The table shows local times; CSV and JSON give times in ISO 8601 UTC, and JSON lists tags as an array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account whose links to list (default: This computer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>links list takes no arguments, only options: “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The short link&apos;s domain (default: the account&apos;s, or the only one with SLUG).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new destination.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tag, replacing the link&apos;s tags; repeat for several.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new back-half.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link&apos;s account (default: This computer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The back-half of the link to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>links update needs exactly one back-half.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved offline: the change will be sent to %1 when the network is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deletes a link by its back-half; upper and lower case are the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved offline: the link will be deleted on %1 when the network is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the service&apos;s website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot list links through its API: only the links made with Linkdeck are listed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot create links through its API; create it on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot change links through its API; change it on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot change where a link leads through its API; change it on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot change a link&apos;s title through its API; change it on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot change a link&apos;s tags through its API; change them on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot change a link&apos;s back-half; create a new link instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot delete links through its API; delete it on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot give a link a back-half of your choice; leave out --slug.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot give links a title through its API; leave out --title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot tag links through its API; leave out --tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot report clicks over time through its API; see them on %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the links of “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no link “%1” in the account “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no link “%1” on %2 in the account “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account “%1” has a link “%2” on several domains (%3): choose one with --domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count visits by bots too (this computer&apos;s links only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link&apos;s domain (default: the account&apos;s, or the only one with SLUG).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made offline in “%1” had not been sent yet; they are gone.</source>
        <translation>
            <numerusform>%n change made offline in “%1” had not been sent yet; they are gone.</numerusform>
            <numerusform>%n changes made offline in “%1” had not been sent yet; they are gone.</numerusform>
        </translation>
    </message>
    <message>
        <source>table (default), csv or json. CSV joins tags with &quot;; &quot;. The table shows control characters as escapes (\x1b); CSV and JSON give the data exactly, for programs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account “%1” has several links whose back-half differs from “%2” only in case (%3): write the one you mean exactly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account of the link or campaign (default: a link of This computer, a campaign in every account).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no link “%1” and no campaign or tag of that name in the account “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no figures for “%1” in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error correction: L, M (default), Q or H.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Smallest QR version to use, 1 to 40 (default: the smallest that fits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Margin in modules (default 4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colour of the modules: #rrggbb, a name, or cmyk(c,m,y,k) in percent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Background colour, or &quot;transparent&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>square (default), rounded or dots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The corner marks: square (default) or rounded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PNG or SVG logo centred on the code (uses error correction H).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 takes a number from %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a colour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--ecc takes L, M, Q or H.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--shape takes square, rounded or dots.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--finder takes square or rounded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--quiet-zone and --min-version take whole numbers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>png, svg, pdf or eps; by default from the file&apos;s extension.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed width in millimetres, quiet zone included (default 30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size of one module in millimetres (instead of --size-mm).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution of PNG output (default 300).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text printed under the code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CMYK output for print shops: PDF in DeviceCMYK, EPS in setcmykcolor; black is pure K.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the file to write: -o FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a format: png, svg, pdf or eps (--format, or the file&apos;s extension).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give either --size-mm or --module-mm, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--cmyk is for PDF and EPS output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a4 (default) or letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns x rows per page (default 4x6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page margin in millimetres (default 10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gap between labels in millimetres (default 4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave the short URLs off the labels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the PDF to write: -o FILE.pdf.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--paper takes a4 or letter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--grid takes columns x rows, e.g. 4x6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WHEN is YYYY-MM-DD or YYYY-MM-DDTHH:MM (a space for the T is fine), in your time zone unless it ends in Z or an offset such as +01:00.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An option and its --no- option cannot be given together, e.g. --expires and --no-expiry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--starts needs a date such as 2026-12-24 or 2026-12-24T18:00, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--expires needs a date such as 2026-12-31 or 2026-12-31T23:59, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--max-clicks needs a whole number of clicks, at least 1, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates a short link and prints it: on this computer, or with --account on a link service. An address without a scheme gets https://; the UTM options are added to its query, replacing those it has. When the service cannot be reached, the link is kept and created by &quot;sync&quot;. A link can start and end at a time and stop after a number of clicks; on this computer it then sends visitors to --fallback, or shows a page saying it has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link works from this time on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link has ended from this time on (a date alone: after that day).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link has ended after N clicks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where visitors go before the start and after the end (this computer&apos;s links only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes a link found by its back-half and prints its short URL. Each link service allows other changes; what it does not allow is refused before anything is sent. The --no- options remove a start, an end, a click limit or the fallback address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link works at once (removes the start).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link never ends by date (removes the end).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes the click limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes the fallback address: an ended link shows a page saying so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creates the links of a table: CSV or TSV as Excel and LibreOffice save them (any separator, UTF-8 or UTF-16), Excel workbooks (XLSX, the first sheet), JSON, or the export of Linkdeck, Bitly, Rebrandly, Shlink, YOURLS or Kutt. The first row names the columns (destination or url, slug, title, tags, utm_*, domain, expires_at, ...). Links already there are left as they are, so a stopped import goes on when it is run again. A file that cannot be read changes nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account to create them in (default: This computer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain for rows that name none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell what would happen to each row; change nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a back-half is taken by another address: skip the row (default), rename (spring-2) or update the existing link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s format if its name does not tell: csv, tsv, json or xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a CSV report of every row to this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table of links.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>links import needs exactly one FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown --on-conflict “%1”: use skip, rename or update.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown format “%1”: use csv, tsv, json or xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 asks to wait (%2); the import goes on in %n second(s).</source>
        <translation>
            <numerusform>%1 asks to wait (%2); the import goes on in %n second.</numerusform>
            <numerusform>%1 asks to wait (%2); the import goes on in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report “%1” cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes the links of an account with every field and their click totals, oldest first: CSV (opens in Excel as it is), JSON or an Excel workbook. A file written here imports back unchanged with &quot;links import&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account whose links to write (default: This computer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only links whose back-half, address, title, tags or campaign contain TEXT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>csv, json or xlsx (default: by the file name, else csv).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>links export takes no arguments, only options: “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>links export needs -o FILE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown format “%1”: use csv, json or xlsx.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n link(s) written to %1.</source>
        <translation>
            <numerusform>%n link written to %1.</numerusform>
            <numerusform>%n links written to %1.</numerusform>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot protect a link by a password; only links on this computer can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitors must type a password, read from the first line of stdin, before they are redirected (this computer&apos;s links only). Only its hash is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protects the link by a new password, read from the first line of stdin (this computer&apos;s links only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes the password: visitors are redirected at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--password-stdin and --no-password cannot be given together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link was changed, but not its password: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows a link found by its back-half: its addresses, title, tags, clicks, limits and whether visitors must type a password. Times are local.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The back-half of the link to show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>links show needs exactly one back-half.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Max clicks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fallback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password protected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Makes the links of one account on another, with the same back-half where it is free there, titles, tags and UTM values, then points each old link to its new short URL where the old service allows it. No link is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Makes the links of one account on another too, with the same back-half where it is free there, titles, tags and UTM values. The old links stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account the links are on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account to make them on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the links matching this text, as the app&apos;s filter box.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the back-half is taken on the target: skip the link (default) or rename (spring-2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write each old and new short URL to this CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This command takes no arguments, only options: “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name both accounts: --from and --to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--on-conflict takes skip or rename, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from and --to name the same account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No link of %1 matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write the mapping to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title link previews show (LinkedIn, Facebook, X, Slack, ...; this computer&apos;s links only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The description link previews show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address of the image link previews show.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The title link previews show (this computer&apos;s links only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes the link&apos;s preview: crawlers are redirected like people.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--variant and --no-split cannot be given together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--variant takes an address and its share of the visitors in percent, as in --variant https://shop.example/b=30.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An A/B split: another destination and its share of the visitors in percent (URL=PERCENT); repeat for up to nine. URL keeps the rest (this computer&apos;s links only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A targeting rule, &quot;CONDITIONS -&gt; URL&quot;, e.g. &quot;device=ios -&gt; https://apps.apple.com/app/id1&quot; or &quot;language=de, country=AT -&gt; https://shop.example/at&quot; (device, language, country, city, browser, ip, before, after, param:NAME=VALUE); repeat for several, the first that matches wins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link %1 was created, but not its rules: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An A/B split, replacing the link&apos;s: another destination and its share of the visitors in percent (URL=PERCENT); repeat for up to nine. The link&apos;s destination keeps the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes the A/B split: every visitor goes to the destination.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A targeting rule, &quot;CONDITIONS -&gt; URL&quot;, replacing the link&apos;s rules; repeat for several (see links create).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removes the link&apos;s targeting rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--rule and --no-rules cannot be given together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>links update needs something to change: --url, --title, --tag, --new-slug, a limit (--starts, --expires, --max-clicks, --fallback or their --no- options), --password-stdin, --no-password, a --preview- option, --no-preview, --variant, --no-split, --rule or --no-rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link was changed, but not its rules: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A/B split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules: could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules: none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts the clicks of a link or a campaign: on this computer, and as the link services count them; with --account, the link or campaign of that account only. &quot;variants&quot; gives a link&apos;s A/B split: each destination&apos;s clicks and whether the difference is significant.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clicks, countries, referrers, devices, browsers, os or variants.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stats needs what to count (clicks, countries, referrers, devices, browsers, os or variants) and a back-half or campaign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no link “%1”; variants are a link&apos;s, not a campaign&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link “%1” has no A/B split.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also write each link&apos;s clicks by country, referrer, device, browser and operating system, most first, as the statistics count them (bots left out).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 links written</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Linkdeck::ClickSeriesModel</name>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Linkdeck::CuttlyProvider</name>
    <message>
        <source>Cuttly did not accept the API key of “%1”. Check it in Preferences &gt; Accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Cuttly plan of “%1” allows only a few requests a minute. Linkdeck will try again shortly; wait a minute if it fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This address is already a Cuttly short link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cuttly says the destination is not a valid web address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This back-half is already used on Cuttly. Choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cuttly did not accept the API key. Check it in Preferences &gt; Accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cuttly accepts only letters, digits, “-” and “_” in a back-half.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cuttly blocks links to this destination&apos;s domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your Cuttly plan&apos;s monthly link limit is reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cuttly sent a reply Linkdeck could not understand. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cuttly checks the back-half when the link is created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cuttly does not know this link any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cuttly&apos;s API cannot change a link. Edit it on cutt.ly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cuttly&apos;s API cannot delete a link. Delete it on cutt.ly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cuttly&apos;s API cannot list links; Linkdeck shows the ones made here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cuttly gives a link&apos;s total clicks only, not clicks over time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Linkdeck::Database</name>
    <message>
        <source>The disk is full: free some space and try again. Nothing was lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file cannot be written (it is read-only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is busy in another program; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the link database “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link database “%1” was written by a newer version of Linkdeck. Update Linkdeck to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not back up the link database before updating it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not update the link database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not update the link database to version %1. It was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link database “%1” is damaged (SQLite found errors in it); restore a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a Linkdeck database: it is not an SQLite file. Move it away, or choose another folder for Linkdeck&apos;s data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link database “%1” cannot be opened for writing: the file or its folder is read-only, or the folder cannot be created. Choose a folder you may write to, or change its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link database “%1” cannot be written: the disk is full. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link database “%1” could not be read or written (an input/output error): check the disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link database “%1” is busy in another program; try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link database is damaged; restore a backup.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::AccountDialog</name>
    <message>
        <source>Show the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged (kept in the keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://s.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the service&apos;s own (leave empty)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Workspace:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the account&apos;s default group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (the main workspace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the account a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Connected. %n domain(s) available.</source>
        <translation>
            <numerusform>Connected. %n domain available.</numerusform>
            <numerusform>Connected. %n domains available.</numerusform>
        </translation>
    </message>
    <message>
        <source>No Keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Linkdeck can use the token until you quit, without saving it anywhere. You will be asked for it again next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged (kept until you quit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no keychain: the token is kept only until Linkdeck quits, not in Linkdeck&apos;s files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not kept: type the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in the keychain: type the token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no keychain, so the token was not kept after Linkdeck quit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account has changes that are not saved. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account has changes that are not saved, and they cannot be saved as they are. Discard them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account Not Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account has not been added yet. Add it now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account has not been added, and it cannot be added as it is. Discard what you typed?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::AccountsPage</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last synchronised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was added. Its links appear in the main window after the next sync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove “%1” from Linkdeck? Its links stay on %2; Linkdeck forgets its copy of them and its token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Shlink server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected: the token works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot list an account&apos;s links: Linkdeck shows the ones made here and updates their clicks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::CampaignDialog</name>
    <message>
        <source>New Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Campaign:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spring-sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://shop.example/spring
(one address per line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Destinations:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sources:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>newsletter, facebook, linkedin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mediums:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email, social, print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ontents:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: hero, footer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back-halves:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made of {campaign}, {source}, {medium}, {content}, {term}, {page} (the destination&apos;s last part) and {n} (1, 2, 3, …)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tags:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: spring, 2027</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links of the campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back-half</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;QR Codes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print Labels…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Create %Ln Link(s)</source>
        <translation>
            <numerusform>Create %Ln Link</numerusform>
            <numerusform>Create %Ln Links</numerusform>
        </translation>
    </message>
    <message>
        <source>Linkdeck cannot use this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating the links…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links Not Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign&apos;s links have not been created yet. Create them now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The campaign&apos;s links have not been created, and they cannot be created as they are. Discard what you typed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped: %1 created. Press “%2” to make the rest; links already made are not made twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop Creating Links?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 links are done so far. Stop now? The links already made stay, and this window lists them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep Creating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::DetailPane</name>
    <message>
        <source>Select a link to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the short link to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the short link in the web browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>medium: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>term: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>content: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expires %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>at most %n click(s)</source>
        <translation>
            <numerusform>at most %n click</numerusform>
            <numerusform>at most %n clicks</numerusform>
        </translation>
    </message>
    <message>
        <source>QR Code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a print-ready QR code of this link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect Rules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>starts %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>then goes to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>password-protected: visitors type a password first</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln link(s) selected</source>
        <translation>
            <numerusform>%Ln link selected</numerusform>
            <numerusform>%Ln links selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln click(s) together</source>
        <translation>
            <numerusform>%Ln click together</numerusform>
            <numerusform>%Ln clicks together</numerusform>
        </translation>
    </message>
    <message>
        <source>A/B split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::ExportDialog</name>
    <message>
        <source>Export Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The links the table shows, with every field and their clicks. A file ending in .csv opens in Excel as it is; .xlsx is an Excel workbook, .json is for other programs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Include each link&apos;s countries, referrers and devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One column each for countries, referrers, devices, browsers and operating systems, most clicks first, as the statistics count them. A link of another service has them once its statistics were shown from its first day to today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV for Excel (*.csv);;Excel workbook (*.xlsx);;JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::GettingStartedDialog</name>
    <message>
        <source>Getting Started with Linkdeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Getting started guide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Getting started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Create a short link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Press %1 (File &gt; New Link), paste the address your link should open and choose a back-half, such as &lt;i&gt;spring-sale&lt;/i&gt;. Links on “This computer” are served by Linkdeck&apos;s own link server, shown under the sidebar.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Or connect a link service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In File &gt; Accounts, add your Bitly, Rebrandly, Shlink or Cuttly account with its API token. Its links appear in the table, and new links can be made there too. Tokens stay in your system&apos;s keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Track a campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In New Link, fill in the tracking fields (source, medium, campaign). The sidebar then lists the campaign; choose it and press %1 to see its clicks over time, countries, referrers and devices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4. Print a QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a link and press %1 for the QR studio: size in millimetres, colours, a logo, and export for print (PDF, SVG, EPS). %2 prints the selected links as labels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working with the keyboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 moves between the sidebar, the links and the details, and Tab within them. %2 finds a link, Esc clears the filter, %3 copies the selected short link.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::ImportWizard</name>
    <message>
        <source>Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination or reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A spreadsheet saved as CSV or Unicode text, a JSON file, or an export of Bitly, Rebrandly, Shlink, YOURLS or Kutt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Into:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip the row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the next free back-half</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Point the existing link to the row&apos;s destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a back-half is &amp;taken:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables of links (*.csv *.tsv *.txt *.json);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Becomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, columns separated by “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This looks like an export of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1 becomes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check Every Row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is made yet. Import makes the links marked “will create”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Import Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import report.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading every row…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report saved in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” cannot be opened: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linkdeck cannot use this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each column becomes what its menu says; choose “%1” to leave one out.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::LinkCommands</name>
    <message>
        <source>Copied %1 to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1? People who open it will no longer reach %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n link(s)? People who open them will no longer reach their destinations.</source>
        <translation>
            <numerusform>Delete %n link? People who open them will no longer reach their destinations.</numerusform>
            <numerusform>Delete %n links? People who open them will no longer reach their destinations.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some Links Were Not Deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed the redirect rules of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved %n redirect rule(s) of %1</source>
        <translation>
            <numerusform>Saved %n redirect rule of %1</numerusform>
            <numerusform>Saved %n redirect rules of %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels Not Printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print QR Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>links.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file name ending in .csv, .xlsx or .json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln link(s) saved in %1.</source>
        <translation>
            <numerusform>%Ln link saved in %1.</numerusform>
            <numerusform>%Ln links saved in %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting links…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export stopped; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::LinkDialog</name>
    <message>
        <source>New Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://example.com/spring-sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>random</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back-half</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short &amp;link:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown in your link list only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Separate tags with commas, e.g. print, spring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign trac&amp;king (UTM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a preset…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;reset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where the visitor comes from, e.g. newsletter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ource:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the kind of channel, e.g. email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Med&amp;ium:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. spring-sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Campaign:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: paid search keyword</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Term:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional: which ad or button</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;ntent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use lower case (analytics tools count “Email” and “email” apart)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Final address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opens:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chosen by the service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This service does not allow changing the back-half of an existing link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will be saved as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An existing link needs a back-half.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not check whether “%1” is free: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is already used on %2. Choose another back-half.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Starts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before this time the link is not active yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Ends:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From this time on the link has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At &amp;most:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After this many clicks the link has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most clicks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clicks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: a page says the link has ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address after the end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;hen go to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot send visitors to another address after the end; only links on this computer can. Visitors see the service&apos;s own page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not possible with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Times are in your time zone, %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitors must type this password before they are sent on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password for visitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protected (type a new password to change it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the password visitors type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the password visitors will need, or untick Password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link was saved, but not its password: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social pre&amp;view</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What link previews show when the short link is pasted into LinkedIn, Facebook, X, Slack or a chat. People who click it are sent on as always.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Spring sale: half price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one or two sentences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://… (1200 × 630 pixels suit most)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No image: a small card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no title yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link was saved, but not its targeting rules: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved Changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link has changes that are not saved. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link has changes that are not saved, and they cannot be saved as they are. Discard them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link Not Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new link has not been created yet. Create it now?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new link has not been created, and it cannot be created as it is. Discard what you typed?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::LinkListView</name>
    <message>
        <source>Filter by back-half, destination, title, tag or campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No links here yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No links match “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::LocalServerPanel</name>
    <message>
        <source>Stopped: short links on this computer do not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln visit(s) recorded</source>
        <translation>
            <numerusform>%Ln visit recorded</numerusform>
            <numerusform>%Ln visits recorded</numerusform>
        </translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Visits are not being recorded: the link server cannot write to its disk (it is full or read-only). Short links still open. %Ln visit(s) not recorded so far.</source>
        <translation>
            <numerusform>Visits are not being recorded: the link server cannot write to its disk (it is full or read-only). Short links still open. %Ln visit not recorded so far.</numerusform>
            <numerusform>Visits are not being recorded: the link server cannot write to its disk (it is full or read-only). Short links still open. %Ln visits not recorded so far.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln visit(s) could not be recorded while the disk was full.</source>
        <translation>
            <numerusform>%Ln visit could not be recorded while the disk was full.</numerusform>
            <numerusform>%Ln visits could not be recorded while the disk was full.</numerusform>
        </translation>
    </message>
    <message>
        <source>Visits reach the statistics %1 seconds late: the database is busy. None is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link database is damaged: SQLite found errors in it. Short links still open, but changes and visits may not be saved. Quit Linkdeck and restore a backup of the database.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::MainWindow</name>
    <message>
        <source>Linkdeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Link…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a short link (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit Link…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy Short Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open in Browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Linkdeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About Linkdeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Linkdeck %1&lt;/h3&gt;&lt;p&gt;Branded short links, campaign charts and print-grade QR codes.&lt;/p&gt;&lt;p&gt;Released under the MIT licence.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main Toolbar</source>
        <translation type="unfinished"></translation>
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
            <numerusform>%1 of %Ln link</numerusform>
            <numerusform>%1 of %Ln links</numerusform>
        </translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;QR Code…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a print-ready QR code of the short link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print QR Labels…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the selected links as QR code labels, 24 to an A4 page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Statistics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clicks over time, countries and referrers of the selected links or campaign</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Synchronise Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch the links of your Bitly, Rebrandly, Shlink and Cuttly accounts and send the changes made offline (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accounts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add or edit your Bitly, Rebrandly, Shlink and Cuttly accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved offline: the link will be created on %1 when the network is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved offline: the change will be sent to %1 when the network is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect &amp;Rules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;Campaign…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a campaign&apos;s links at once: each destination for each source and medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Links…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make links from a spreadsheet or another service&apos;s export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport Links…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the links the table shows as CSV, Excel or JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Getting Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cop&amp;y to Account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the selected links on another account too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move to Account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the selected links on another account and send the old ones&apos; visitors there</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::PaneFocus</name>
    <message>
        <source>Next Pane</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous Pane</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::PreferencesDialog</name>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::QrPreview</name>
    <message>
        <source>Drag the code into another application</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::QrStudioDialog</name>
    <message>
        <source>Save QR Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>QR Codes for %n Link(s)</source>
        <translation>
            <numerusform>QR Codes for %n Link</numerusform>
            <numerusform>QR Codes for %n Links</numerusform>
        </translation>
    </message>
    <message>
        <source>The preview shows the first link; each link gets its own file, named by its back-half.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder for the QR Codes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing QR codes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the preset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version %1, %2 × %2 modules, %3 mm each, %4 × %5 mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Label Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the label sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print QR Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no preset “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preset “%1” cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::QrStyleForm</name>
    <message>
        <source>Choose a Logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images (*.png *.svg *.jpg *.jpeg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a colour: use #rrggbb, a name such as black, or cmyk(0,0,0,100).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a colour</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::RedirectRulesDialog</name>
    <message>
        <source>Condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language code, e.g. en or de-CH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parameter name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>192.0.2.10, 192.168.0.0/16 or 10.0.*.*</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country code, e.g. DE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City, e.g. Berlin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In your computer&apos;s time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect Rules of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the rules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send some visitors of %1 somewhere else than %2. The rules are tried from the top; the first whose conditions all match decides, and everyone else goes to the link&apos;s own destination.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up: try this rule earlier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down: try this rule later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://example.com/for-these-visitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Destination:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitors who meet all of these conditions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &amp;Condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rule selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no condition yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no destination yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2 → %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rules: every visitor goes to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name, e.g. ref</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value, e.g. news</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Targeting Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send some visitors of the new link somewhere else than %1. The rules are tried from the top; the first whose conditions all match decides, and everyone else goes to the link&apos;s own destination.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send some visitors of the new link to addresses of their own. The rules are tried from the top and come before the A/B split: the first rule whose conditions all match decides, and only the visitors no rule matches are shared by the split (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send some visitors of %1 to addresses of their own. The rules are tried from the top and come before the A/B split: the first rule whose conditions all match decides, and only the visitors no rule matches are shared by the split (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rules: the A/B split shares every visitor (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The redirect rules have changes that are not saved. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::RulesSection</name>
    <message>
        <source>Targeting rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send some visitors elsewhere: phones to an app store, Germans to the German page, …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit R&amp;ules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try a visitor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visitor&apos;s device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iPhone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Android phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows PC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mac</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linux PC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visitor&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The visitor&apos;s country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rules could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the rules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rules: every visitor goes to the destination.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rules: the A/B split shares every visitor.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::Sidebar</name>
    <message>
        <source>Accounts and saved filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation type="unfinished"></translation>
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
        <source>A/&amp;B split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share the visitors between this destination and others, to see which page works best. Each visitor keeps the destination they first got.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visitors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add ne&amp;w destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share evenl&amp;y</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the destination above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share of visitors for destination %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove destination %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Together: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::StatsChart</name>
    <message numerus="yes">
        <source>%1, %2: %Ln click(s)</source>
        <translation>
            <numerusform>%1, %2: %Ln click</numerusform>
            <numerusform>%1, %2: %Ln clicks</numerusform>
        </translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file name ending in .png, .svg or .pdf.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::StatsDialog</name>
    <message>
        <source>Statistics: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Include bots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Per:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export Statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%Ln click(s)</source>
        <translation>
            <numerusform>%Ln click</numerusform>
            <numerusform>%Ln clicks</numerusform>
        </translation>
    </message>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetch the figures of Bitly and Shlink links again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart as PNG Image…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart as SVG Drawing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chart as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data as CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All together</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;All Clicks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 report.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 clicks.%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved “%1” in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the clicks of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(+%Ln bot(s), not counted)</source>
        <translation>
            <numerusform>(+%Ln bot, not counted)</numerusform>
            <numerusform>(+%Ln bots, not counted)</numerusform>
        </translation>
    </message>
    <message>
        <source>Clicks by people and visits by bots together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By variant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1 against the period before)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::StatsReport</name>
    <message>
        <source>No clicks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browsers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operating systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made with Linkdeck on %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::StatsTables</name>
    <message>
        <source>Clicks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click a link to open it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browsers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Systems</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click a row to see its clicks alone in the chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktop</source>
        <comment>device kind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile</source>
        <comment>device kind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tablet</source>
        <comment>device kind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bot</source>
        <comment>device kind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <comment>device kind</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A/B split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No clicks in this period.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::SyncStatus</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop synchronising; the links fetched so far are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronising…</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts are up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sent %n change(s) made offline.</source>
        <translation>
            <numerusform>Sent %n change made offline.</numerusform>
            <numerusform>Sent %n changes made offline.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some Changes Were Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made offline were refused by the service. They are marked “not sent” in the table: edit or delete them.</source>
        <translation>
            <numerusform>%n change made offline were refused by the service. They are marked “not sent” in the table: edit or delete them.</numerusform>
            <numerusform>%n changes made offline were refused by the service. They are marked “not sent” in the table: edit or delete them.</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing the links saved on this computer: %1 could not be synchronised.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::TransferDialog</name>
    <message numerus="yes">
        <source>Move %n Link(s) to Another Account</source>
        <translation>
            <numerusform>Move %n Link to Another Account</numerusform>
            <numerusform>Move %n Links to Another Account</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Copy %n Link(s) to Another Account</source>
        <translation>
            <numerusform>Copy %n Link to Another Account</numerusform>
            <numerusform>Copy %n Links to Another Account</numerusform>
        </translation>
    </message>
    <message>
        <source>Each link is made on the account you choose; then the old link sends its visitors to the new one where its service allows it. No link is deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each link is made on the account you choose; the old links stay as they are.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip the link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the next free back-half</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the back-half is &amp;taken there:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old and new short links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old short link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New short link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save &amp;Mapping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A table of each old short link and its new one, for the print team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add another account first (File &gt; Accounts…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Mapping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>link mapping.csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The old link now goes to the new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mapping saved in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the mapping: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::WelcomePage</name>
    <message>
        <source>Welcome to Linkdeck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have no links yet. Start with one of these two steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create your first link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short link on this computer, served by Linkdeck&apos;s own link server: ready to test, share or print as a QR code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect Bitly, Rebrandly, Shlink…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the account you already use (Bitly, Rebrandly, Shlink or Cuttly) with its API token: its links appear here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Getting Started</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Linkdeck::Gui::WithProgress</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Linkdeck::InstanceLock</name>
    <message>
        <source>Linkdeck is already open with these links. Switch to its window: a second Linkdeck cannot run the link server for the same links.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linkdeck cannot write to its data folder.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Linkdeck::KeychainSecretStore</name>
    <message>
        <source>No token is stored for this account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain refused access to the token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no usable keychain (such as GNOME Keyring or KWallet), so the token cannot be stored safely.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Linkdeck::LinkLimits</name>
    <message>
        <source>The link would end before it starts: choose an end later than the start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The click limit must be at least 1 click.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address for visitors after the end is only used by a link that ends: set an end, a start or a click limit, or leave that address empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address for visitors after the end cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Linkdeck::LinkPassword</name>
    <message>
        <source>The password is empty: type one, or remove the protection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password cannot contain a line break.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is too long: at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password could not be protected: the computer is short of memory.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Linkdeck::LinkPreview</name>
    <message>
        <source>The preview title is too long: at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview description is too long: at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A preview needs a title: link previews show nothing without one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preview image&apos;s address cannot be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Linkdeck::LinkProvider</name>
    <message>
        <source>This service gives no breakdown of clicks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This service cannot send visitors to different addresses; redirect rules need a Shlink server or this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This service cannot look up a single link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This service cannot protect a link by a password; only links on this computer can.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Linkdeck::LinkRepository</name>
    <message>
        <source>Could not save the link&apos;s tags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The back-half “%1” is already used on %2. Choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link no longer exists; it may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete the link.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link no longer exists; it may have been deleted already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no tag “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a tag “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not rename the tag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete the tags.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the links of the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not update the links of the account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the link&apos;s password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not change the address of the links.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The back-halves %1 are already used on %2, so the links cannot move there. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Linkdeck::LinkSelection</name>
    <message>
        <source>Not sent: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the service refused it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to be sent to %1 when it can be reached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last try: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send visitors to other addresses by device, language, country, date and more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot send visitors to different addresses. Redirect rules need a Shlink account or this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This link is waiting to be created on %1; its redirect rules can be set once it is there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select one link to edit its redirect rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add another account first (File &gt; Accounts…): the links are copied or moved to it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Linkdeck::LinkSplit</name>
    <message>
        <source>A split needs at least two destinations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A split can have at most %1 destinations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give destination %1 a share between 1% and 99% of the visitors.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an address for destination %1 of the split.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination %1 of the split cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shares of the split must add up to 100% (now %1%).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Linkdeck::LinkTableModel</name>
    <message>
        <source>Short link</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destination</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clicks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made while the service could not be reached. Linkdeck sends it when the network is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service refused this change. Edit the link to try again, or delete it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (waiting to be sent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (changes waiting to be sent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (deletion waiting to be sent)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not sent)</source>
        <translation type="unfinished"></translation>
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
            <numerusform>%Ln click by people.</numerusform>
            <numerusform>%Ln clicks by people.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln visit(s) by bots (link previews, crawlers), not counted.</source>
        <translation>
            <numerusform>%Ln visit by bots (link previews, crawlers), not counted.</numerusform>
            <numerusform>%Ln visits by bots (link previews, crawlers), not counted.</numerusform>
        </translation>
    </message>
    <message>
        <source>Clicks by people since the link was made, as the statistics count them. Visits by bots (link previews, crawlers) are not counted; where there were some, they are shown apart: “41 (+1 bot)”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Linkdeck::LocalAddress</name>
    <message>
        <source>Enter the public address as https://go.example.com, or leave it empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A public address is a domain only, such as https://go.example.com, with no path after it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account of this computer&apos;s links is missing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Linkdeck::LocalProvider</name>
    <message>
        <source>Could not read the click statistics.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the redirect rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the redirect rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This link no longer exists; it may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Linkdeck::LocalServerController</name>
    <message>
        <source>The link server (linkdeck-server) is not installed next to Linkdeck.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link server could not be started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port %1 is already used by another program. Choose another port in Preferences.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link server stopped unexpectedly: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another Linkdeck link server already uses these links (is Linkdeck open twice?). Close the other one, then start the server here.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Linkdeck::MemorySecretStore</name>
    <message>
        <source>No token is stored for this account.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Linkdeck::Print::LabelSheet</name>
    <message>
        <source>Label %1 (“%2”): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no labels to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The labels would be smaller than 5 mm: use fewer rows or columns, or smaller margins.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start printing the labels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Linkdeck::Print::QrBatch</name>
    <message>
        <source>Could not create the folder “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Linkdeck::Print::QrChecks</name>
    <message numerus="yes">
        <source>The quiet zone is %n module(s) wide; scanners expect 4. Leave a margin around the printed code.</source>
        <translation>
            <numerusform>The quiet zone is %n module wide; scanners expect 4. Leave a margin around the printed code.</numerusform>
            <numerusform>The quiet zone is %n modules wide; scanners expect 4. Leave a margin around the printed code.</numerusform>
        </translation>
    </message>
    <message>
        <source>Each module prints %1 mm wide; below about 0.3 mm many printers and phones fail. Make the code larger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The code is light on dark. Many phone cameras only read dark modules on a light background.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The colours are too close (contrast %1:1); aim for at least 4.5:1, ideally dark on white.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A code with a logo needs error correction H; it will be used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logo “%1” cannot be read as a PNG, JPEG or SVG image.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Linkdeck::Print::QrPresets</name>
    <message>
        <source>Standard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brand print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Business card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Poster</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a colour such as #14213d or cmyk(0,0,0,100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>true or false</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” in the preset should be %2, not “%3”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preset is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preset&apos;s version “%1” is not a format number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The preset was saved by a newer Linkdeck (format %1; this one reads formats up to %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” in the preset should be 0 (size by width) or at least %2 mm.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Linkdeck::Print::QrRenderer</name>
    <message>
        <source>Could not write “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The logo “%1” cannot be read as a PNG, JPEG or SVG image.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Linkdeck::ProviderRegistry</name>
    <message>
        <source>A generic access token from Bitly&apos;s settings (Developer settings &gt; API).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An API key from Rebrandly&apos;s account settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shlink (or Linkdeck server)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An API key of the Shlink server (shlink api-key:generate).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key from Cuttly&apos;s Edit Account page.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Linkdeck::ProviderStats</name>
    <message>
        <source>Could not keep the statistics for offline use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>updated just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>updated %n minute(s) ago</source>
        <translation>
            <numerusform>updated %n minute ago</numerusform>
            <numerusform>updated %n minutes ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>updated %n hour(s) ago</source>
        <translation>
            <numerusform>updated %n hour ago</numerusform>
            <numerusform>updated %n hours ago</numerusform>
        </translation>
    </message>
    <message>
        <source>updated on %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Linkdeck::QrCode</name>
    <message>
        <source>Enter the text or address the QR code should hold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text contains a NUL character, which a QR code cannot hold here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The text is too long for a QR code at this error correction level (%n byte(s)). Shorten it, or choose a lower level.</source>
        <translation>
            <numerusform>The text is too long for a QR code at this error correction level (%n byte). Shorten it, or choose a lower level.</numerusform>
            <numerusform>The text is too long for a QR code at this error correction level (%n bytes). Shorten it, or choose a lower level.</numerusform>
        </translation>
    </message>
    <message>
        <source>The QR code could not be made.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Linkdeck::RebrandlyProvider</name>
    <message>
        <source>This back-half is already used on this Rebrandly domain. Choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebrandly accepts back-halves of 1 to 40 letters, digits, “-” and “_”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebrandly refused the destination address. Check that it is a complete web address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebrandly needs a title of 3 to 255 characters, or none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This domain is not set up in your Rebrandly account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Rebrandly token of “%1” has no access to the workspace “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebrandly refused the link: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rebrandly gives a link&apos;s total clicks only, not clicks over time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Linkdeck::RemoteProvider</name>
    <message>
        <source>No API token is set for “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API token is stored for “%1”. Enter it in Preferences &gt; Accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent a reply Linkdeck could not understand. Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer in time. Check your connection and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach %1. Check your internet connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not accept the API token of “%2”. Check it in Preferences &gt; Accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your %1 plan does not include this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not allow the account “%2” to do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not know this link; it may have been deleted there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This back-half is already used on %1. Choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is receiving too many requests from this account. Wait a minute and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 is receiving too many requests from this account. Try again in %n second(s).</source>
        <translation>
            <numerusform>%1 is receiving too many requests from this account. Try again in %n second.</numerusform>
            <numerusform>%1 is receiving too many requests from this account. Try again in %n seconds.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 has a problem right now (error %2). Try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the request (error %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the link: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Linkdeck::Rules</name>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query parameter with value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query parameter present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Query parameter without value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IP address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Android</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>iPhone or iPad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any phone or tablet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mac</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linux</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ChromeOS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chrome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Firefox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safari</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opera</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samsung Internet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internet Explorer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a browser.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a language code such as en or de-CH.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name of the query parameter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an IP address (192.0.2.10), a range (192.168.0.0/16) or a pattern (10.0.*.*).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a two-letter country code such as DE or US.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the name of a city.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This condition is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add at least one condition: who should go to this destination?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on Android</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on an iPhone or iPad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on a phone or tablet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on a computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on Windows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on a Mac</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on Linux</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on ChromeOS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on a device “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whose browser asks for the language “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whose browser asks for %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whose link has ?%1=%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whose link has the parameter “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whose link has “%1” without a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the address %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>before %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>using %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>using the browser “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No visitor goes to %1 yet: add a condition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A visitor %1 goes to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No visitor is sent anywhere yet: add a condition and an address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A visitor %1 goes to the address this rule is given.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Linkdeck::Rules::PreviewText</name>
    <message>
        <source>Goes to %1 (rule %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rule matches: the A/B split sends this visitor to one of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rule matches: goes to the destination.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No rule matches: goes to the destination, %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Linkdeck::Rules::RuleText</name>
    <message>
        <source>A rule is written as CONDITIONS -&gt; ADDRESS, as in “device=ios -&gt; https://apps.apple.com/app/id1”; “%1” has no “-&gt;”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown condition “%1”: use device, language, country, city, browser, ip, before, after (each as NAME=VALUE) or param:NAME=VALUE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot send visitors elsewhere by device, language or country; links on this computer and on Shlink can.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Linkdeck::Server::Pg::DbCopy</name>
    <message>
        <source>Nothing was copied: the PostgreSQL database is as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>db:copy needs a target: --to postgresql://USER@HOST:PORT/DATABASE, or Shlink&apos;s variables DB_DRIVER=postgres with DB_HOST, DB_PORT, DB_NAME, DB_USER and DB_PASSWORD (or DB_UNIX_SOCKET).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DB_DRIVER is “%1”: db:copy moves a server to PostgreSQL only (DB_DRIVER=postgres).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DB_PORT wants a port number, not “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>db:copy needs the SQLite file to copy: --from FILE.sqlite.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no SQLite file at “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has schema version %2, and this linkdeck-server&apos;s PostgreSQL schema is version %3: update linkdeck-server to copy it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL database %1 is not empty (it holds %2): db:copy moves a server into an empty database only. Nothing was copied.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” has no table %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL schema has no column %1.%2, which “%3” has: update linkdeck-server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the %1 of “%2”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>db:copy: %1 of %2 %3 (%4%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL refused the %1 of “%2”: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 %3 arrived in PostgreSQL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>db:copy: %1 %2 copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL counts %1 %2 after the copy, and “%3” has %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>db:copy: copied %1 from %2 in %3 s; every table&apos;s count matches.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Linkdeck::Server::Pg::PgClickWriter</name>
    <message>
        <source>A batch of clicks needs its journal and a position after its start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clicks of journal %1 from %2 do not follow on what PostgreSQL has stored (up to %3); nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL stored %1 of %2 clicks; nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Linkdeck::Server::Pg::PgConnection</name>
    <message>
        <source>The PostgreSQL address is not valid: %1. Write it as postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a PostgreSQL address: %2. Write it as postgresql://USER@HOST:PORT/DATABASE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect to PostgreSQL: out of memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect to the PostgreSQL server at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not set the connection to UTF-8.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no connection)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to PostgreSQL at %1 was lost: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no connection to PostgreSQL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL refused a statement:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL refused to start a copy:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not send rows to PostgreSQL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not finish sending rows to PostgreSQL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL refused the rows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The transaction has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PostgreSQL rolled the transaction back; nothing of it was stored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Linkdeck::Server::Pg::PgLinkStore</name>
    <message>
        <source>The back-half “%1” is already used on %2. Choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link no longer exists; it may have been deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The link no longer exists; it may have been deleted already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no tag “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a tag “%1”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Linkdeck::Server::Pg::PgSchema</name>
    <message>
        <source>The PostgreSQL database %1 was set up by a newer version of linkdeck-server (schema version %2; this one knows up to %3). Update linkdeck-server to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL database %1 already has tables named links, clicks or api_keys that linkdeck-server did not create. Use an empty database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not set up the PostgreSQL database %1 for schema version %2; it was left as it was.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Linkdeck::ShlinkProvider</name>
    <message>
        <source>This back-half is already used on %1. Choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this Shlink server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Shlink server did not accept the API key of “%1”. Check it in Preferences &gt; Accounts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Shlink server does not know this link; it may have been deleted there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The Shlink server keeps links with more than %n visit(s); it refused to delete this one.</source>
        <translation>
            <numerusform>The Shlink server keeps links with more than %n visit; it refused to delete this one.</numerusform>
            <numerusform>The Shlink server keeps links with more than %n visits; it refused to delete this one.</numerusform>
        </translation>
    </message>
    <message>
        <source>The Shlink server refused the link: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Shlink server does not know this domain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shlink gives no breakdown by device; its visits carry the browser&apos;s description only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Shlink server has no redirect rules. They need Shlink 4 or later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Shlink server refused the redirect rules: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Shlink server has redirect rules this version of Linkdeck does not know. Update Linkdeck to see and edit them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Linkdeck::Slug</name>
    <message>
        <source>Enter a back-half, or leave it empty for a random one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The back-half is too long: at most %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The back-half cannot contain spaces; use “-” instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The back-half can only contain letters a–z, digits, “-” and “_”; “%1” is not allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is reserved by the link server; choose another back-half.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Linkdeck::SplitTest</name>
    <message numerus="yes">
        <source>Too few clicks to compare the variants yet: %Ln click(s) so far, and the test needs about %1.</source>
        <translation>
            <numerusform>Too few clicks to compare the variants yet: %Ln click so far, and the test needs about %1.</numerusform>
            <numerusform>Too few clicks to compare the variants yet: %Ln clicks so far, and the test needs about %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Variant %1 gets significantly more clicks than its share of visitors (chi-square test, p %2, %Ln click(s)).</source>
        <translation>
            <numerusform>Variant %1 gets significantly more clicks than its share of visitors (chi-square test, p %2, %Ln click).</numerusform>
            <numerusform>Variant %1 gets significantly more clicks than its share of visitors (chi-square test, p %2, %Ln clicks).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The difference between the variants is not significant yet (chi-square test, p %1, %Ln click(s)): each gets about the clicks its share of visitors brings.</source>
        <translation>
            <numerusform>The difference between the variants is not significant yet (chi-square test, p %1, %Ln click): each gets about the clicks its share of visitors brings.</numerusform>
            <numerusform>The difference between the variants is not significant yet (chi-square test, p %1, %Ln clicks): each gets about the clicks its share of visitors brings.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Linkdeck::SyncQueue</name>
    <message>
        <source>Could not keep the change for later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not update the list of changes to send.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Linkdeck::UrlValidator</name>
    <message>
        <source>Enter the web address the short link should open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address contains a line break or another invisible character. Paste it again on one line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links that run a script (%1:) are refused: they can harm the people who click them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Links that carry their own content (data:) are refused: they are a common phishing trick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file: address only works on the computer it points to. Use a web address (https://…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only web addresses (http:// or https://) can be shortened, not “%1:” addresses.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address is incomplete: “%1:” must be followed by “//” and a site name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address has no site name. Enter a full address such as https://example.com/page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address contains a user name or password (before “@”). Such links are refused because they are used to disguise where a link goes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The site name contains a space.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address “%1” is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a valid site name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port “%1” is not valid; it must be a number from 1 to 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address is too long: %1 characters, and at most %2 are allowed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“%1” is not a web address. Enter the site too, such as %1.com or https://%1/.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Linkdeck::UtmPresets</name>
    <message>
        <source>Newsletter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print (QR code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Social media</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid social</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partner or affiliate</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocalServerPanel</name>
    <message>
        <source>Local server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with Linkdeck</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New links</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Random back-half length:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tracking preset for new links:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write tracking values in lower case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port on this computer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://go.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The domain people open this computer&apos;s links at, such as one a reverse proxy answers on; short links, copies and QR codes use it. Empty: this computer only (localhost).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Colours:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QrStudioDialog</name>
    <message>
        <source>QR Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Content:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;set:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remember these settings under a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the code as a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EPS…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CMYK PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A PDF in CMYK with the modules in pure black (K), as print shops ask for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy Image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy SVG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper, gr&amp;id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mar&amp;gin, gap:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Margin around the page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gap between the labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short URL under each code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the label sheet as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the label sheet, with a preview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QrStyleForm</name>
    <message>
        <source>&amp;Error correction:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low (7 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium (15 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quartile (25 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High (30 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minimum &amp;version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the code at least this version (1 to 40), e.g. so that a series of codes has one size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Modules:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Squares</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rounded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dots</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Corner ma&amp;rks:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Square</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Module size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printed width of the code, quiet zone included</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printed size of one module (one square of the code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quiet zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG resol&amp;ution:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> dpi</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Foreground:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#rrggbb, a colour name, or cmyk(c,m,y,k) in percent, e.g. cmyk(0,0,0,100) for pure black</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Background:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transparent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Logo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;ption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional text under the code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the foreground colour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the background colour</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Branded short links, campaign charts and QR codes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the database and settings in &lt;dir&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dir</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linkdeck cannot start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Linkdeck is already open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
