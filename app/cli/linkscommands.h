#pragma once

#include "cli/command.h"

namespace Linkdeck::Cli {

// host[:port] as Link::domain keeps it (lower case, punycode), or empty if input is not one.
QString normalisedDomain(const QString &input);

// links create URL [--slug S] [--domain D] [--title T] [--tag T]... [--utm-* X] [--lowercase-utm]
// [--starts WHEN] [--expires WHEN] [--max-clicks N] [--fallback URL] [--account NAME]. Prints the short URL alone on stdout; a link kept offline for a service
// that could not be reached prints nothing there and says so on stderr.
class LinksCreateCommand final : public Command
{
public:
    LinksCreateCommand();

protected:
    int execute(Context &context) override;

private:
    const QCommandLineOption m_slug;
    const QCommandLineOption m_domain;
    const QCommandLineOption m_title;
    const QCommandLineOption m_tag;
    const QCommandLineOption m_utmSource;
    const QCommandLineOption m_utmMedium;
    const QCommandLineOption m_utmCampaign;
    const QCommandLineOption m_utmTerm;
    const QCommandLineOption m_utmContent;
    const QCommandLineOption m_lowercaseUtm;
    const QCommandLineOption m_starts;
    const QCommandLineOption m_expires;
    const QCommandLineOption m_maxClicks;
    const QCommandLineOption m_fallback;
    const QCommandLineOption m_passwordStdin;
    const QCommandLineOption m_previewTitle;
    const QCommandLineOption m_previewDescription;
    const QCommandLineOption m_previewImage;
    const QCommandLineOption m_variant;
    const QCommandLineOption m_rule;
    const QCommandLineOption m_account;
};

// links list [--format table|csv|json] [--filter TEXT] [--limit N] [--account NAME], newest
// first, streamed. An account with a link service is read from the service first.
class LinksListCommand final : public Command
{
public:
    LinksListCommand();
    // Pages grow from the first to the largest size: the first lines come at once, and a
    // filtered listing, whose every page repeats the full-text search, needs fewer pages.
    static constexpr int FirstPageSize = 1000;
    static constexpr int MaxPageSize = 16000;

protected:
    int execute(Context &context) override;

private:
    const QCommandLineOption m_format;
    const QCommandLineOption m_filter;
    const QCommandLineOption m_limit;
    const QCommandLineOption m_account;
};

// links update SLUG [--domain D] [--url URL] [--title T] [--tag T]... [--new-slug S] [--starts WHEN |
// --no-start] [--expires WHEN | --no-expiry] [--max-clicks N | --no-max-clicks] [--fallback URL |
// --no-fallback] [--account NAME]
class LinksUpdateCommand final : public Command
{
public:
    LinksUpdateCommand();

protected:
    int execute(Context &context) override;

private:
    const QCommandLineOption m_domain;
    const QCommandLineOption m_url;
    const QCommandLineOption m_title;
    const QCommandLineOption m_tag;
    const QCommandLineOption m_newSlug;
    const QCommandLineOption m_starts;
    const QCommandLineOption m_noStart;
    const QCommandLineOption m_expires;
    const QCommandLineOption m_noExpiry;
    const QCommandLineOption m_maxClicks;
    const QCommandLineOption m_noMaxClicks;
    const QCommandLineOption m_fallback;
    const QCommandLineOption m_noFallback;
    const QCommandLineOption m_passwordStdin;
    const QCommandLineOption m_noPassword;
    const QCommandLineOption m_previewTitle;
    const QCommandLineOption m_previewDescription;
    const QCommandLineOption m_previewImage;
    const QCommandLineOption m_noPreview;
    const QCommandLineOption m_variant;
    const QCommandLineOption m_noSplit;
    const QCommandLineOption m_rule;
    const QCommandLineOption m_noRules;
    const QCommandLineOption m_account;
};

// links show SLUG [--domain D] [--account NAME]: one link's fields, one "Name: value" line
// each, whether it asks for a password included.
class LinksShowCommand final : public Command
{
public:
    LinksShowCommand();

protected:
    int execute(Context &context) override;

private:
    const QCommandLineOption m_domain;
    const QCommandLineOption m_account;
};

// links delete SLUG [--domain D] [--account NAME]
class LinksDeleteCommand final : public Command
{
public:
    LinksDeleteCommand();

protected:
    int execute(Context &context) override;

private:
    const QCommandLineOption m_domain;
    const QCommandLineOption m_account;
};

}   // namespace Linkdeck::Cli
