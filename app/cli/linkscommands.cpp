#include "cli/linkscommands.h"

#include <algorithm>
#include <iostream>
#include <string>

#include <QHash>
#include <QList>
#include <QLocale>
#include <QTextStream>
#include <QUrl>

#include "cli/output.h"
#include "cli/remote.h"
#include "core/links/linklimits.h"
#include "core/links/linkpassword.h"
#include "core/links/linkpreview.h"
#include "core/links/linkquery.h"
#include "core/links/linksplit.h"
#include "core/links/ruletext.h"
#include "core/links/urlvalidator.h"
#include "core/links/utm.h"
#include "core/providers/linkprovider.h"
#include "core/providers/providerregistry.h"
#include "core/storage/accountrepository.h"
#include "core/sync/backend.h"

using namespace Qt::StringLiterals;

namespace Linkdeck::Cli {

QString normalisedDomain(const QString &input)
{
    const QString trimmed = input.trimmed();
    if (trimmed.isEmpty())
        return QString();
    const QUrl url(u"http://"_s + trimmed, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty() || !url.userInfo().isEmpty() || !url.path().isEmpty() || url.hasQuery()
        || url.hasFragment())
        return QString();
    // authority(): the host in lower case and punycode, brackets around IPv6, and the port.
    return url.authority(QUrl::FullyEncoded);
}

// Limits (issue 15) ----------------------------------------------------------------------

namespace {

QString whenHelp()
{
    return Tr::tr("WHEN is YYYY-MM-DD or YYYY-MM-DDTHH:MM (a space for the T is fine), in your time zone unless it "
                  "ends in Z or an offset such as +01:00.");
}

// A --starts or --expires value as a time in UTC, or nullopt. A date alone is the start of that
// local day; for an end (endOfDay), the end of it: --expires 2026-12-31 works all that day.
std::optional<QDateTime> parseWhen(const QString &text, bool endOfDay)
{
    const QString typed = text.trimmed();
    if (typed.size() == 10) {
        const QDate day = QDate::fromString(typed, Qt::ISODate);
        if (!day.isValid())
            return std::nullopt;
        return QDateTime(endOfDay ? day.addDays(1) : day, QTime(0, 0), Qt::LocalTime).toUTC();
    }
    QString iso = typed;
    if (iso.size() > 10 && iso.at(10) == u' ')
        iso[10] = u'T';
    const QDateTime when = QDateTime::fromString(iso, Qt::ISODate);
    if (!when.isValid() || iso.size() < 16)
        return std::nullopt;
    return when.toUTC();
}

// Applies the limit options that are set to `link`; a usage error's sentence when one cannot be
// read. The options to clear them (update only) may be null.
QString applyLimits(const QCommandLineParser &parser, Link &link, const QCommandLineOption &starts,
                    const QCommandLineOption &expires, const QCommandLineOption &maxClicks,
                    const QCommandLineOption &fallback, const QCommandLineOption *noStart = nullptr,
                    const QCommandLineOption *noExpiry = nullptr, const QCommandLineOption *noMaxClicks = nullptr,
                    const QCommandLineOption *noFallback = nullptr)
{
    const auto both = [&](const QCommandLineOption &set, const QCommandLineOption *clear) {
        return clear && parser.isSet(set) && parser.isSet(*clear);
    };
    if (both(starts, noStart) || both(expires, noExpiry) || both(maxClicks, noMaxClicks) || both(fallback, noFallback))
        return Tr::tr("An option and its --no- option cannot be given together, e.g. --expires and --no-expiry.");
    if (parser.isSet(starts)) {
        const auto when = parseWhen(parser.value(starts), false);
        if (!when)
            return Tr::tr("--starts needs a date such as 2026-12-24 or 2026-12-24T18:00, not “%1”.")
                .arg(parser.value(starts));
        link.validSince = when;
    }
    if (parser.isSet(expires)) {
        const auto when = parseWhen(parser.value(expires), true);
        if (!when)
            return Tr::tr("--expires needs a date such as 2026-12-31 or 2026-12-31T23:59, not “%1”.")
                .arg(parser.value(expires));
        link.expiresAt = when;
    }
    if (parser.isSet(maxClicks)) {
        bool ok = false;
        const qint64 n = parser.value(maxClicks).toLongLong(&ok);
        if (!ok || n < 1)
            return Tr::tr("--max-clicks needs a whole number of clicks, at least 1, not “%1”.")
                .arg(parser.value(maxClicks));
        link.maxClicks = n;
    }
    if (parser.isSet(fallback))
        link.fallbackUrl = parser.value(fallback);
    if (noStart && parser.isSet(*noStart))
        link.validSince.reset();
    if (noExpiry && parser.isSet(*noExpiry))
        link.expiresAt.reset();
    if (noMaxClicks && parser.isSet(*noMaxClicks))
        link.maxClicks.reset();
    if (noFallback && parser.isSet(*noFallback))
        link.fallbackUrl.clear();
    return {};
}

// Passwords (issue 15) -------------------------------------------------------------------

// The first line of stdin as typed (only its line break taken off: spaces are part of a
// password); the copy in std::string is wiped.
QString readPasswordLine()
{
    std::string line;
    std::getline(std::cin, line);
    if (!line.empty() && line.back() == '\r')
        line.pop_back();
    QString password = QString::fromLocal8Bit(line);
    std::fill(line.begin(), line.end(), '\0');
    return password;
}

// Social previews (issue 15): the options that are set, applied to `link`.
void applyPreview(const QCommandLineParser &parser, Link &link, const QCommandLineOption &title,
                  const QCommandLineOption &description, const QCommandLineOption &image,
                  const QCommandLineOption *noPreview = nullptr)
{
    if (noPreview && parser.isSet(*noPreview)) {
        link.previewTitle.clear();
        link.previewDescription.clear();
        link.previewImage.clear();
    }
    if (parser.isSet(title))
        link.previewTitle = parser.value(title);
    if (parser.isSet(description))
        link.previewDescription = parser.value(description);
    if (parser.isSet(image))
        link.previewImage = parser.value(image);
}

// A/B split (issue 15): each --variant URL=PERCENT is a destination beside the link's own,
// which keeps what is left of 100%; --no-split removes the split. A usage problem, or empty.
QString applySplit(const QCommandLineParser &parser, Link &link, const QCommandLineOption &variant,
                   const QCommandLineOption *noSplit = nullptr)
{
    if (noSplit && parser.isSet(*noSplit)) {
        if (parser.isSet(variant))
            return Tr::tr("--variant and --no-split cannot be given together.");
        link.variants.clear();
        return {};
    }
    if (!parser.isSet(variant))
        return {};
    QList<Link::Variant> others;
    int taken = 0;
    for (const QString &value : parser.values(variant)) {
        const qsizetype equals = value.lastIndexOf(u'=');
        bool ok = false;
        const int percent = equals > 0 ? value.mid(equals + 1).trimmed().toInt(&ok) : 0;
        if (!ok)
            return Tr::tr("--variant takes an address and its share of the visitors in percent, as in "
                          "--variant https://shop.example/b=30.");
        others.append({value.left(equals).trimmed(), percent});
        taken += percent;
    }
    link.variants = QList<Link::Variant>{{link.destination, 100 - taken}} + others;
    return {};
}

// Targeting rules (issue 15): each --rule "CONDITIONS -> URL" in order; a problem, or empty.
QString readRules(const QCommandLineParser &parser, const QCommandLineOption &rule, QList<Rules::Rule> *rules)
{
    const QStringList texts = parser.values(rule);
    for (qsizetype i = 0; i < texts.size(); ++i) {
        QString why;
        const std::optional<Rules::Rule> parsed = Rules::RuleText::parse(texts.at(i), int(i) + 1, &why);
        if (!parsed)
            return Tr::tr("Rule %1: %2").arg(i + 1).arg(why);
        rules->append(*parsed);
    }
    return {};
}

QString noRulesHere(const Account &account)
{
    return Rules::RuleText::unsupported(serviceName(account.provider));
}

QString splitText(const Link &link)
{
    QStringList parts;
    for (qsizetype i = 0; i < link.variants.size(); ++i)
        parts << u"%1 %2% %3"_s.arg(LinkSplit::letter(int(i) + 1))
                     .arg(link.variants.at(i).percent)
                     .arg(link.variants.at(i).url);
    return parts.join(u", "_s);
}

QString noPasswordsHere(const Account &account)
{
    return Tr::tr("%1 cannot protect a link by a password; only links on this computer can.")
        .arg(serviceName(account.provider));
}

}   // namespace

// links create ---------------------------------------------------------------------------

LinksCreateCommand::LinksCreateCommand()
    : Command(u"links create"_s, u"links create URL [options]"_s,
              Tr::tr("Creates a short link and prints it: on this computer, or with --account on a link service. "
                     "An address without a scheme gets https://; the UTM options are added to its query, replacing "
                     "those it has. When the service cannot be reached, the link is kept and created by \"sync\". "
                     "A link can start and end at a time and stop after a number of clicks; on this computer it then "
                     "sends visitors to --fallback, or shows a page saying it has ended.")
                  + u' ' + whenHelp())
    , m_slug(u"slug"_s, Tr::tr("The back-half; random if not given."), u"slug"_s)
    , m_domain(u"domain"_s, Tr::tr("The short link's domain."), u"domain"_s)
    , m_title(u"title"_s, Tr::tr("A title for your link list."), u"title"_s)
    , m_tag(u"tag"_s, Tr::tr("A tag; repeat for several."), u"tag"_s)
    , m_utmSource(u"utm-source"_s, Tr::tr("utm_source, e.g. newsletter."), u"value"_s)
    , m_utmMedium(u"utm-medium"_s, Tr::tr("utm_medium, e.g. email."), u"value"_s)
    , m_utmCampaign(u"utm-campaign"_s, Tr::tr("utm_campaign, e.g. spring-sale."), u"value"_s)
    , m_utmTerm(u"utm-term"_s, Tr::tr("utm_term."), u"value"_s)
    , m_utmContent(u"utm-content"_s, Tr::tr("utm_content."), u"value"_s)
    , m_lowercaseUtm(u"lowercase-utm"_s, Tr::tr("Write the UTM values in lower case."))
    , m_starts(u"starts"_s, Tr::tr("The link works from this time on."), u"when"_s)
    , m_expires(u"expires"_s, Tr::tr("The link has ended from this time on (a date alone: after that day)."), u"when"_s)
    , m_maxClicks(u"max-clicks"_s, Tr::tr("The link has ended after N clicks."), u"n"_s)
    , m_fallback(u"fallback"_s,
                 Tr::tr("Where visitors go before the start and after the end (this computer's links only)."), u"url"_s)
    , m_passwordStdin(u"password-stdin"_s,
                      Tr::tr("Visitors must type a password, read from the first line of stdin, before they are "
                             "redirected (this computer's links only). Only its hash is kept."))
    , m_previewTitle(u"preview-title"_s,
                     Tr::tr("The title link previews show (LinkedIn, Facebook, X, Slack, ...; this computer's links "
                            "only)."),
                     u"text"_s)
    , m_previewDescription(u"preview-description"_s, Tr::tr("The description link previews show."), u"text"_s)
    , m_previewImage(u"preview-image"_s, Tr::tr("The address of the image link previews show."), u"url"_s)
    , m_variant(u"variant"_s,
                Tr::tr("An A/B split: another destination and its share of the visitors in percent (URL=PERCENT); "
                       "repeat for up to nine. URL keeps the rest (this computer's links only)."),
                u"url=percent"_s)
    , m_rule(u"rule"_s,
             Tr::tr("A targeting rule, \"CONDITIONS -> URL\", e.g. \"device=ios -> https://apps.apple.com/app/id1\" "
                    "or \"language=de, country=AT -> https://shop.example/at\" (device, language, country, city, "
                    "browser, ip, before, after, param:NAME=VALUE); repeat for several, the first that matches wins."),
             u"rule"_s)
    , m_account(u"account"_s, Tr::tr("The account to create it in (default: This computer)."), u"name"_s)
{
    m_parser.addOptions({m_slug,
                         m_domain,
                         m_title,
                         m_tag,
                         m_utmSource,
                         m_utmMedium,
                         m_utmCampaign,
                         m_utmTerm,
                         m_utmContent,
                         m_lowercaseUtm,
                         m_starts,
                         m_expires,
                         m_maxClicks,
                         m_fallback,
                         m_passwordStdin,
                         m_previewTitle,
                         m_previewDescription,
                         m_previewImage,
                         m_variant,
                         m_rule,
                         m_account});
    m_parser.addPositionalArgument(u"URL"_s, Tr::tr("The address the short link opens."));
}

int LinksCreateCommand::execute(Context &context)
{
    const QStringList positional = m_parser.positionalArguments();
    if (positional.size() != 1)
        return usageError(context, Tr::tr("links create needs exactly one URL."));

    const UrlCheck check = UrlValidator::check(positional.first());
    if (!check.ok)
        return context.fail(check.reason);
    Link draft;
    const std::optional<QString> domain = domainOption(context, m_domain);
    if (!domain)
        return Failure;
    draft.domain = *domain;
    const Utm utm{m_parser.value(m_utmSource), m_parser.value(m_utmMedium), m_parser.value(m_utmCampaign),
                  m_parser.value(m_utmTerm), m_parser.value(m_utmContent)};
    draft.destination = utm.applyTo(check.url, m_parser.isSet(m_lowercaseUtm));
    draft.slug = m_parser.value(m_slug);
    draft.title = m_parser.value(m_title);
    draft.tags = m_parser.values(m_tag);
    if (const QString problem = applyLimits(m_parser, draft, m_starts, m_expires, m_maxClicks, m_fallback);
        !problem.isEmpty())
        return usageError(context, problem);
    if (const QString problem = LinkLimits::problem(draft); !problem.isEmpty())
        return context.fail(problem);
    applyPreview(m_parser, draft, m_previewTitle, m_previewDescription, m_previewImage);
    if (const QString problem = LinkPreview::problem(draft); !problem.isEmpty())
        return context.fail(problem);
    if (const QString problem = applySplit(m_parser, draft, m_variant); !problem.isEmpty())
        return usageError(context, problem);
    if (const QString problem = LinkSplit::problem(draft); !problem.isEmpty())
        return context.fail(problem);
    QList<Rules::Rule> rules;
    if (const QString problem = readRules(m_parser, m_rule, &rules); !problem.isEmpty())
        return context.fail(problem);

    Backend *backend = context.backend();
    if (!backend)
        return Failure;
    const std::optional<Account> account = context.account(m_parser.value(m_account));
    if (!account)
        return Failure;
    LinkProvider *provider = context.provider(*account);
    if (!provider)
        return Failure;
    using C = LinkProvider::Capability;
    if (!provider->can(C::CreateLinks))
        return context.fail(refusal(*account, Refusal::Create));
    if (!draft.slug.isEmpty() && !provider->can(C::CustomSlug))
        return context.fail(refusal(*account, Refusal::CustomSlug));
    if (!draft.title.isEmpty() && !provider->can(C::Title))
        return context.fail(refusal(*account, Refusal::Title));
    if (!draft.tags.isEmpty() && !provider->can(C::Tags))
        return context.fail(refusal(*account, Refusal::Tags));
    if (!rules.isEmpty() && !provider->can(C::RedirectRules))
        return context.fail(noRulesHere(*account));
    QString password;
    if (m_parser.isSet(m_passwordStdin)) {
        if (!provider->can(C::Password))
            return context.fail(noPasswordsHere(*account));
        password = readPasswordLine();
        if (const QString problem = LinkPassword::problem(password); !problem.isEmpty())
            return context.fail(problem);
    }
    const Result<Link> created =
        await(password.isEmpty() ? provider->create(draft) : provider->createProtected(draft, password));
    if (!created)
        return context.fail(created.error().message);
    if (!rules.isEmpty()) {
        if (const auto stored = await(provider->setRedirectRules(*created, rules)); !stored)
            return context.fail(Tr::tr("The link %1 was created, but not its rules: %2")
                                    .arg(created->shortUrl, stored.error().message));
    }
    if (created->syncState != SyncState::Synced) {
        context.note(Tr::tr("Saved offline: the link will be created on %1 when the network is back.")
                         .arg(serviceName(account->provider)));
        return Success;
    }
    context.out() << forTerminal(created->shortUrl) << Qt::endl;
    return Success;
}

// links list -----------------------------------------------------------------------------

LinksListCommand::LinksListCommand()
    : Command(u"links list"_s, u"links list [--format table|csv|json] [--filter TEXT] [--limit N] [--account NAME]"_s,
              Tr::tr("Lists the links of an account, newest first. The links of a link service are read from it "
                     "first; when it cannot be reached, those kept on this computer are listed. The table shows "
                     "local times; CSV and JSON give times in ISO 8601 UTC, and JSON lists tags as an array."))
    , m_format(u"format"_s,
               Tr::tr("table (default), csv or json. CSV joins tags with \"; \". The table shows control "
                      "characters as escapes (\\x1b); CSV and JSON give the data exactly, for programs."),
               u"format"_s, u"table"_s)
    , m_filter(u"filter"_s, Tr::tr("Only links whose back-half, destination, title, tags or campaign contain TEXT."),
               u"text"_s)
    , m_limit(u"limit"_s, Tr::tr("At most N links."), u"n"_s)
    , m_account(u"account"_s, Tr::tr("The account whose links to list (default: This computer)."), u"name"_s)
{
    m_parser.addOptions({m_format, m_filter, m_limit, m_account});
}

int LinksListCommand::execute(Context &context)
{
    if (!m_parser.positionalArguments().isEmpty())
        return usageError(context,
                          Tr::tr("links list takes no arguments, only options: “%1”.")
                              .arg(m_parser.positionalArguments().join(u' ')));
    const std::optional<ListFormat> format = listFormatFromName(m_parser.value(m_format));
    if (!format)
        return usageError(context,
                          Tr::tr("Unknown format “%1”: use table, csv or json.").arg(m_parser.value(m_format)));
    qint64 max = -1;
    if (m_parser.isSet(m_limit)) {
        bool ok = false;
        max = m_parser.value(m_limit).toLongLong(&ok);
        if (!ok || max < 0)
            return usageError(context, Tr::tr("--limit needs a number of links."));
    }

    Backend *backend = context.backend();
    if (!backend)
        return Failure;
    const std::optional<Account> account = context.account(m_parser.value(m_account));
    if (!account)
        return Failure;
    if (const auto pulled = pullIfListable(context, *backend, *account)) {
        if (!pulled->ok)
            context.warn(pulled->message);   // offline: the links kept here are listed
    } else if (ProviderRegistry::info(account->provider).remote) {
        context.warn(refusal(*account, Refusal::List));
    }
    QHash<qint64, QString> accountNames;
    for (const Account &a : backend->accounts().all())
        accountNames.insert(a.id, a.name);

    LinkQuery query;
    query.text = m_parser.value(m_filter);
    query.accountId = account->id;
    query.sortKey = LinkQuery::SortKey::Created;
    query.order = Qt::DescendingOrder;
    const std::unique_ptr<LinkWriter> writer = LinkWriter::create(*format, context.out(), accountNames);

    // Page by page, so that a million links never sit in memory at once. Each page continues
    // after the last link written, as "created at or before it, skipping the ones of that same
    // instant already written" (the order is created_at, then id): an OFFSET into the whole
    // result would make every page slower than the one before.
    qint64 written = 0;
    qint64 skip = 0;
    int pageSize = FirstPageSize;
    bool first = true;
    while (max < 0 || written < max) {
        const int want = max < 0 ? pageSize : int(std::min<qint64>(pageSize, max - written));
        pageSize = std::min(pageSize * 2, MaxPageSize);
        const QList<Link> page = backend->links().fetch(query, skip, want);
        if (first) {
            writer->begin(page);
            first = false;
        }
        for (const Link &link : page)
            writer->write(link);
        written += page.size();
        if (page.size() < want || context.out().status() != QTextStream::Ok)   // the end, or a full disk
            break;
        const QDateTime last = page.constLast().createdAt;
        const qint64 sameInstant =
            std::count_if(page.cbegin(), page.cend(), [&](const Link &link) { return link.createdAt == last; });
        // A page wholly of the previous page's last instant adds to the links to skip.
        skip = query.createdTo == last ? skip + sameInstant : sameInstant;
        query.createdTo = last;
    }
    if (first)
        writer->begin({});
    writer->end();
    context.out().flush();
    if (context.out().status() != QTextStream::Ok)
        return context.fail(Tr::tr("Could not write the list to the output."));
    return Success;
}

// links update ---------------------------------------------------------------------------

LinksUpdateCommand::LinksUpdateCommand()
    : Command(
        u"links update"_s,
        u"links update SLUG [--domain D] [--url URL] [--title T] [--tag T]... [--new-slug S] [--starts WHEN] "
        u"[--expires WHEN] [--max-clicks N] [--fallback URL] [--no-start] [--no-expiry] [--no-max-clicks] "
        u"[--no-fallback] [--password-stdin] [--no-password] [--preview-title T] [--preview-description D] "
        u"[--preview-image URL] [--no-preview] [--variant URL=PERCENT]... [--no-split] [--rule R]... [--no-rules] [--account NAME]"_s,
        Tr::tr("Changes a link found by its back-half and prints its short URL. Each link service allows "
               "other changes; what it does not allow is refused before anything is sent. The --no- options "
               "remove a start, an end, a click limit or the fallback address.")
            + u' ' + whenHelp())
    , m_domain(u"domain"_s, Tr::tr("The short link's domain (default: the account's, or the only one with SLUG)."),
               u"domain"_s)
    , m_url(u"url"_s, Tr::tr("The new destination."), u"url"_s)
    , m_title(u"title"_s, Tr::tr("The new title."), u"title"_s)
    , m_tag(u"tag"_s, Tr::tr("A tag, replacing the link's tags; repeat for several."), u"tag"_s)
    , m_newSlug(u"new-slug"_s, Tr::tr("A new back-half."), u"slug"_s)
    , m_starts(u"starts"_s, Tr::tr("The link works from this time on."), u"when"_s)
    , m_noStart(u"no-start"_s, Tr::tr("The link works at once (removes the start)."))
    , m_expires(u"expires"_s, Tr::tr("The link has ended from this time on (a date alone: after that day)."), u"when"_s)
    , m_noExpiry(u"no-expiry"_s, Tr::tr("The link never ends by date (removes the end)."))
    , m_maxClicks(u"max-clicks"_s, Tr::tr("The link has ended after N clicks."), u"n"_s)
    , m_noMaxClicks(u"no-max-clicks"_s, Tr::tr("Removes the click limit."))
    , m_fallback(u"fallback"_s,
                 Tr::tr("Where visitors go before the start and after the end (this computer's links only)."), u"url"_s)
    , m_noFallback(u"no-fallback"_s, Tr::tr("Removes the fallback address: an ended link shows a page saying so."))
    , m_passwordStdin(u"password-stdin"_s,
                      Tr::tr("Protects the link by a new password, read from the first line of stdin (this "
                             "computer's links only)."))
    , m_noPassword(u"no-password"_s, Tr::tr("Removes the password: visitors are redirected at once."))
    , m_previewTitle(u"preview-title"_s, Tr::tr("The title link previews show (this computer's links only)."),
                     u"text"_s)
    , m_previewDescription(u"preview-description"_s, Tr::tr("The description link previews show."), u"text"_s)
    , m_previewImage(u"preview-image"_s, Tr::tr("The address of the image link previews show."), u"url"_s)
    , m_noPreview(u"no-preview"_s, Tr::tr("Removes the link's preview: crawlers are redirected like people."))
    , m_variant(u"variant"_s,
                Tr::tr("An A/B split, replacing the link's: another destination and its share of the visitors in "
                       "percent (URL=PERCENT); repeat for up to nine. The link's destination keeps the rest."),
                u"url=percent"_s)
    , m_noSplit(u"no-split"_s, Tr::tr("Removes the A/B split: every visitor goes to the destination."))
    , m_rule(u"rule"_s,
             Tr::tr("A targeting rule, \"CONDITIONS -> URL\", replacing the link's rules; repeat for several (see "
                    "links create)."),
             u"rule"_s)
    , m_noRules(u"no-rules"_s, Tr::tr("Removes the link's targeting rules."))
    , m_account(u"account"_s, Tr::tr("The link's account (default: This computer)."), u"name"_s)
{
    m_parser.addOptions({m_domain,
                         m_url,
                         m_title,
                         m_tag,
                         m_newSlug,
                         m_starts,
                         m_noStart,
                         m_expires,
                         m_noExpiry,
                         m_maxClicks,
                         m_noMaxClicks,
                         m_fallback,
                         m_noFallback,
                         m_passwordStdin,
                         m_noPassword,
                         m_previewTitle,
                         m_previewDescription,
                         m_previewImage,
                         m_noPreview,
                         m_variant,
                         m_noSplit,
                         m_rule,
                         m_noRules,
                         m_account});
    m_parser.addPositionalArgument(u"SLUG"_s, Tr::tr("The back-half of the link to change."));
}

int LinksUpdateCommand::execute(Context &context)
{
    if (m_parser.positionalArguments().size() != 1)
        return usageError(context, Tr::tr("links update needs exactly one back-half."));
    bool limits = false;
    for (const QCommandLineOption *o :
         {&m_starts, &m_noStart, &m_expires, &m_noExpiry, &m_maxClicks, &m_noMaxClicks, &m_fallback, &m_noFallback})
        limits = limits || m_parser.isSet(*o);
    const bool preview = m_parser.isSet(m_previewTitle) || m_parser.isSet(m_previewDescription)
        || m_parser.isSet(m_previewImage) || m_parser.isSet(m_noPreview);
    const bool split = m_parser.isSet(m_variant) || m_parser.isSet(m_noSplit);
    const bool rulesChange = m_parser.isSet(m_rule) || m_parser.isSet(m_noRules);
    if (m_parser.isSet(m_rule) && m_parser.isSet(m_noRules))
        return usageError(context, Tr::tr("--rule and --no-rules cannot be given together."));
    QList<Rules::Rule> rules;
    if (const QString problem = readRules(m_parser, m_rule, &rules); !problem.isEmpty())
        return context.fail(problem);
    const bool fields = m_parser.isSet(m_url) || m_parser.isSet(m_title) || m_parser.isSet(m_tag)
        || m_parser.isSet(m_newSlug) || limits || preview || split;
    const bool passwordChange = m_parser.isSet(m_passwordStdin) || m_parser.isSet(m_noPassword);
    if (!fields && !passwordChange && !rulesChange)
        return usageError(context,
                          Tr::tr("links update needs something to change: --url, --title, --tag, --new-slug, a "
                                 "limit (--starts, --expires, --max-clicks, --fallback or their --no- options), "
                                 "--password-stdin, --no-password, a --preview- option, --no-preview, --variant, "
                                 "--no-split, --rule or --no-rules."));
    if (m_parser.isSet(m_passwordStdin) && m_parser.isSet(m_noPassword))
        return usageError(context, Tr::tr("--password-stdin and --no-password cannot be given together."));
    Link limited;   // the limit options read once here, so that a typo is a usage error before any lookup
    if (const QString problem = applyLimits(m_parser, limited, m_starts, m_expires, m_maxClicks, m_fallback, &m_noStart,
                                            &m_noExpiry, &m_noMaxClicks, &m_noFallback);
        !problem.isEmpty())
        return usageError(context, problem);
    const QString slug = m_parser.positionalArguments().first();
    const std::optional<QString> domainGiven = domainOption(context, m_domain);
    if (!domainGiven)
        return Failure;
    QString domain = *domainGiven;
    QString destination;
    if (m_parser.isSet(m_url)) {
        const UrlCheck check = UrlValidator::check(m_parser.value(m_url));
        if (!check.ok)
            return context.fail(check.reason);
        destination = check.url;
    }

    Backend *backend = context.backend();
    if (!backend)
        return Failure;
    const std::optional<Account> account = context.account(m_parser.value(m_account));
    if (!account)
        return Failure;
    LinkProvider *provider = context.provider(*account);
    if (!provider)
        return Failure;
    using C = LinkProvider::Capability;
    if (!provider->can(C::UpdateDestination) && !provider->can(C::UpdateTitle) && !provider->can(C::UpdateTags)
        && !provider->can(C::EditSlug))
        return context.fail(refusal(*account, Refusal::Update));
    if (m_parser.isSet(m_url) && !provider->can(C::UpdateDestination))
        return context.fail(refusal(*account, Refusal::UpdateDestination));
    if (m_parser.isSet(m_title) && !provider->can(C::UpdateTitle))
        return context.fail(refusal(*account, Refusal::UpdateTitle));
    if (m_parser.isSet(m_tag) && !provider->can(C::UpdateTags))
        return context.fail(refusal(*account, Refusal::UpdateTags));
    if (m_parser.isSet(m_newSlug) && !provider->can(C::EditSlug))
        return context.fail(refusal(*account, Refusal::EditSlug));
    if (passwordChange && !provider->can(C::Password))
        return context.fail(noPasswordsHere(*account));
    if (rulesChange && !provider->can(C::RedirectRules))
        return context.fail(noRulesHere(*account));

    const Result<Link> found = findLink(context, *backend, *account, domain, slug);
    if (!found)
        return context.fail(found.error().message);
    QString password;   // read once the link is known, so that a typo in SLUG does not eat it
    if (m_parser.isSet(m_passwordStdin)) {
        password = readPasswordLine();
        if (const QString problem = LinkPassword::problem(password); !problem.isEmpty())
            return context.fail(problem);
    }
    if (!fields) {   // only the password, the rules, or both
        Link current = *found;
        if (passwordChange) {
            const Result<Link> changed = await(provider->setPassword(current, password));
            if (!changed)
                return context.fail(changed.error().message);
            current = *changed;
        }
        if (rulesChange) {
            if (const auto stored = await(provider->setRedirectRules(current, rules)); !stored)
                return context.fail(stored.error().message);
        }
        context.out() << forTerminal(current.shortUrl) << Qt::endl;
        return Success;
    }
    Link edited = *found;
    if (m_parser.isSet(m_url))
        edited.destination = destination;
    if (m_parser.isSet(m_title))
        edited.title = m_parser.value(m_title);
    if (m_parser.isSet(m_tag))
        edited.tags = m_parser.values(m_tag);
    if (m_parser.isSet(m_newSlug))
        edited.slug = m_parser.value(m_newSlug);
    applyLimits(m_parser, edited, m_starts, m_expires, m_maxClicks, m_fallback, &m_noStart, &m_noExpiry, &m_noMaxClicks,
                &m_noFallback);
    if (const QString problem = LinkLimits::problem(edited); !problem.isEmpty())
        return context.fail(problem);
    applyPreview(m_parser, edited, m_previewTitle, m_previewDescription, m_previewImage, &m_noPreview);
    if (const QString problem = LinkPreview::problem(edited); !problem.isEmpty())
        return context.fail(problem);
    if (const QString problem = applySplit(m_parser, edited, m_variant, &m_noSplit); !problem.isEmpty())
        return usageError(context, problem);
    if (!edited.variants.isEmpty())
        edited.variants.first().url = edited.destination;   // A follows a new --url
    if (const QString problem = LinkSplit::problem(edited); !problem.isEmpty())
        return context.fail(problem);
    const Result<Link> updated = await(provider->update(edited));
    if (!updated)
        return context.fail(updated.error().message);
    if (passwordChange) {
        if (const Result<Link> changed = await(provider->setPassword(*updated, password)); !changed)
            return context.fail(Tr::tr("The link was changed, but not its password: %1").arg(changed.error().message));
    }
    if (rulesChange) {
        if (const auto stored = await(provider->setRedirectRules(*updated, rules)); !stored)
            return context.fail(Tr::tr("The link was changed, but not its rules: %1").arg(stored.error().message));
    }
    if (updated->syncState != SyncState::Synced) {
        context.note(Tr::tr("Saved offline: the change will be sent to %1 when the network is back.")
                         .arg(serviceName(account->provider)));
        return Success;
    }
    context.out() << forTerminal(updated->shortUrl) << Qt::endl;
    return Success;
}

// links show -----------------------------------------------------------------------------

LinksShowCommand::LinksShowCommand()
    : Command(u"links show"_s, u"links show SLUG [--domain D] [--account NAME]"_s,
              Tr::tr("Shows a link found by its back-half: its addresses, title, tags, clicks, limits and whether "
                     "visitors must type a password. Times are local."))
    , m_domain(u"domain"_s, Tr::tr("The short link's domain (default: the account's, or the only one with SLUG)."),
               u"domain"_s)
    , m_account(u"account"_s, Tr::tr("The link's account (default: This computer)."), u"name"_s)
{
    m_parser.addOptions({m_domain, m_account});
    m_parser.addPositionalArgument(u"SLUG"_s, Tr::tr("The back-half of the link to show."));
}

int LinksShowCommand::execute(Context &context)
{
    if (m_parser.positionalArguments().size() != 1)
        return usageError(context, Tr::tr("links show needs exactly one back-half."));
    const std::optional<QString> domain = domainOption(context, m_domain);
    if (!domain)
        return Failure;
    Backend *backend = context.backend();
    if (!backend)
        return Failure;
    const std::optional<Account> account = context.account(m_parser.value(m_account));
    if (!account)
        return Failure;
    const Result<Link> found = findLink(context, *backend, *account, *domain, m_parser.positionalArguments().first());
    if (!found)
        return context.fail(found.error().message);
    const Link &link = *found;
    const auto when = [](const std::optional<QDateTime> &t) {
        return t ? QLocale().toString(t->toLocalTime(), QLocale::ShortFormat) : Tr::tr("none");
    };
    const QList<std::pair<QString, QString>> rows{
        {Tr::tr("Short URL"), link.shortUrl},
        {Tr::tr("Destination"), link.destination},
        {Tr::tr("Title"), link.title},
        {Tr::tr("Tags"), link.tags.join(u", "_s)},
        {Tr::tr("Clicks"), QString::number(link.clicks)},
        {Tr::tr("Starts"), when(link.validSince)},
        {Tr::tr("Ends"), when(link.expiresAt)},
        {Tr::tr("Max clicks"), link.maxClicks ? QString::number(*link.maxClicks) : Tr::tr("none")},
        {Tr::tr("Fallback"), link.fallbackUrl.isEmpty() ? Tr::tr("none") : link.fallbackUrl},
        {Tr::tr("Password protected"), link.passwordProtected ? Tr::tr("yes") : Tr::tr("no")},
        {Tr::tr("Preview title"), link.previewTitle.isEmpty() ? Tr::tr("none") : link.previewTitle},
        {Tr::tr("Preview description"), link.previewDescription.isEmpty() ? Tr::tr("none") : link.previewDescription},
        {Tr::tr("Preview image"), link.previewImage.isEmpty() ? Tr::tr("none") : link.previewImage},
        {Tr::tr("A/B split"), link.variants.isEmpty() ? Tr::tr("none") : splitText(link)},
    };
    for (const auto &[name, value] : rows)
        context.out() << forTerminal(name + u": "_s + value) << Qt::endl;
    // The targeting rules, where the service keeps any (asked from it; a failure is said, not fatal).
    if (LinkProvider *provider = context.provider(*account);
        provider && provider->can(LinkProvider::Capability::RedirectRules)) {
        const auto rules = await(provider->redirectRules(link));
        if (!rules)
            context.out() << forTerminal(Tr::tr("Rules: could not be read: %1").arg(rules.error().message)) << Qt::endl;
        else if (rules->isEmpty())
            context.out() << forTerminal(Tr::tr("Rules: none")) << Qt::endl;
        for (qsizetype i = 0; rules && i < rules->size(); ++i)
            context.out() << forTerminal(Tr::tr("Rule %1: %2").arg(i + 1).arg(Rules::RuleText::format(rules->at(i))))
                          << Qt::endl;
    }
    return Success;
}

// links delete ---------------------------------------------------------------------------

LinksDeleteCommand::LinksDeleteCommand()
    : Command(u"links delete"_s, u"links delete SLUG [--domain D] [--account NAME]"_s,
              Tr::tr("Deletes a link by its back-half; upper and lower case are the same."))
    , m_domain(u"domain"_s, Tr::tr("The short link's domain (default: the account's, or the only one with SLUG)."),
               u"domain"_s)
    , m_account(u"account"_s, Tr::tr("The link's account (default: This computer)."), u"name"_s)
{
    m_parser.addOptions({m_domain, m_account});
    m_parser.addPositionalArgument(u"SLUG"_s, Tr::tr("The back-half of the link to delete."));
}

int LinksDeleteCommand::execute(Context &context)
{
    if (m_parser.positionalArguments().size() != 1)
        return usageError(context, Tr::tr("links delete needs exactly one back-half."));
    const QString slug = m_parser.positionalArguments().first();
    const std::optional<QString> domainGiven = domainOption(context, m_domain);
    if (!domainGiven)
        return Failure;
    QString domain = *domainGiven;
    Backend *backend = context.backend();
    if (!backend)
        return Failure;
    const std::optional<Account> account = context.account(m_parser.value(m_account));
    if (!account)
        return Failure;
    LinkProvider *provider = context.provider(*account);
    if (!provider)
        return Failure;
    if (!provider->can(LinkProvider::Capability::DeleteLinks))
        return context.fail(refusal(*account, Refusal::Delete));
    const Result<Link> link = findLink(context, *backend, *account, domain, slug);
    if (!link)
        return context.fail(link.error().message);
    const Result<void> removed = await(provider->remove(*link));
    if (!removed)
        return context.fail(removed.error().message);
    if (const std::optional<Link> kept = backend->links().find(link->id);
        kept && kept->syncState == SyncState::PendingDelete) {
        context.note(Tr::tr("Saved offline: the link will be deleted on %1 when the network is back.")
                         .arg(serviceName(account->provider)));
        return Success;
    }
    context.out() << forTerminal(Tr::tr("Deleted %1").arg(link->shortUrl)) << Qt::endl;
    return Success;
}

}   // namespace Linkdeck::Cli
