#pragma once

#include "cli/command.h"

namespace Linkdeck::Cli {

// stats clicks|countries|referrers|devices|browsers|os SLUG_OR_CAMPAIGN [--from D] [--to D] [--unit U] [--tz Z]
// [--format json|csv] [--include-bots] [--domain D] [--account NAME]: the clicks of a link or a
// campaign, bucketed in a time zone, as CampaignStats counts them for the GUI too: the redirect
// server's rollups and the link services' figures; --account narrows a campaign to one account.
class StatsCommand final : public Command
{
public:
    StatsCommand();

protected:
    int execute(Context &context) override;

private:
    const QCommandLineOption m_from;
    const QCommandLineOption m_to;
    const QCommandLineOption m_unit;
    const QCommandLineOption m_timeZone;
    const QCommandLineOption m_format;
    const QCommandLineOption m_includeBots;
    const QCommandLineOption m_domain;
    const QCommandLineOption m_account;
};

}   // namespace Linkdeck::Cli
