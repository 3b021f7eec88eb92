#pragma once

#include "cli/command.h"

namespace Linkdeck::Cli {

// host[:port] as Link::domain keeps it (lower case, punycode), or empty if input is not one.
QString normalisedDomain(const QString &input);

// links create URL [--slug S] [--domain D] [--title T] [--tag T]... [--utm-* X] [--lowercase-utm]
// Prints the short URL alone on stdout.
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
};

// links list [--format table|csv|json] [--filter TEXT] [--limit N], newest first, streamed.
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
};

// links delete SLUG [--domain D]
class LinksDeleteCommand final : public Command
{
public:
    LinksDeleteCommand();

protected:
    int execute(Context &context) override;

private:
    const QCommandLineOption m_domain;
};

} // namespace Linkdeck::Cli
