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
    const QCommandLineOption m_breakdowns;
};

// links copy|move --from NAME --to NAME [--filter TEXT] [--on-conflict skip|rename]
// [--mapping FILE.csv]: the links of one account made on another (the same back-half where it
// is free), and for move the old links pointed to the new ones where their service allows it;
// nothing is deleted. Prints each link not made on stderr and the summary on stdout; exits 1
// if any link was not made.
class LinksTransferCommand : public Command
{
public:
    explicit LinksTransferCommand(bool move);

protected:
    int execute(Context &context) override;

private:
    bool m_move;
    const QCommandLineOption m_from;
    const QCommandLineOption m_to;
    const QCommandLineOption m_filter;
    const QCommandLineOption m_onConflict;
    const QCommandLineOption m_mapping;
};

class LinksCopyCommand final : public LinksTransferCommand
{
public:
    LinksCopyCommand()
        : LinksTransferCommand(false)
    {}
};

class LinksMoveCommand final : public LinksTransferCommand
{
public:
    LinksMoveCommand()
        : LinksTransferCommand(true)
    {}
};

}   // namespace Linkdeck::Cli
