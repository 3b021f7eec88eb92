#pragma once

#include "cli/command.h"

namespace Linkdeck::Cli {

// accounts add NAME --provider bitly|rebrandly|shlink|cuttly [--api-base URL] [--workspace ID]
// [--domain D] [--token-stdin] [--no-check]: the token goes to the keychain only, after a test
// of the connection.
class AccountsAddCommand final : public Command
{
public:
    AccountsAddCommand();

protected:
    int execute(Context &context) override;

private:
    const QCommandLineOption m_provider;
    const QCommandLineOption m_apiBase;
    const QCommandLineOption m_workspace;
    const QCommandLineOption m_domain;
    const QCommandLineOption m_tokenStdin;
    const QCommandLineOption m_noCheck;
};

// accounts list [--format table|csv|json]: never a token.
class AccountsListCommand final : public Command
{
public:
    AccountsListCommand();

protected:
    int execute(Context &context) override;

private:
    const QCommandLineOption m_format;
};

// accounts remove NAME: the account, its cached links and its token in the keychain.
class AccountsRemoveCommand final : public Command
{
public:
    AccountsRemoveCommand();

protected:
    int execute(Context &context) override;
};

// sync [--account NAME]: reads the links of the remote accounts into the local cache and
// sends the changes kept while offline.
class SyncCommand final : public Command
{
public:
    SyncCommand();

protected:
    int execute(Context &context) override;

private:
    const QCommandLineOption m_account;
};

}   // namespace Linkdeck::Cli
