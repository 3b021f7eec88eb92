#pragma once

#include "cli/command.h"

namespace Linkdeck::Cli {

// links import FILE [--account NAME] [--domain D] [--dry-run] [--on-conflict skip|rename|update]
// [--format csv|tsv|json|xlsx] [--report FILE.csv]. Prints a line for each row that was not imported
// (invalid, failed, skipped) on stderr and a summary on stdout; exits 1 if any row was not
// imported or the file could not be read (then nothing was changed).
class LinksImportCommand final : public Command
{
public:
    LinksImportCommand();

protected:
    int execute(Context &context) override;

private:
    const QCommandLineOption m_account;
    const QCommandLineOption m_domain;
    const QCommandLineOption m_dryRun;
    const QCommandLineOption m_onConflict;
    const QCommandLineOption m_format;
    const QCommandLineOption m_report;
};

// links export [--account NAME] [--filter TEXT] --format csv|json|xlsx -o FILE: every field and
// the click totals, oldest first; the file is replaced only once it is complete.
class LinksExportCommand final : public Command
{
public:
    LinksExportCommand();

protected:
    int execute(Context &context) override;

private:
    const QCommandLineOption m_account;
    const QCommandLineOption m_filter;
    const QCommandLineOption m_format;
    const QCommandLineOption m_output;
};

}   // namespace Linkdeck::Cli
