#pragma once

#include <QStringList>

namespace wh::cli {

// `wh account SUBCOMMAND ...`: the accounts of the manager viewer (reports/Accounts.h). The command
// line is the machine administrator's tool, so it acts as an admin (the log names it "wh:USER").
//
//   wh account add NAME --role leader|manager|admin [--sites S1,S2] [--display-name TEXT]
//                  [--password-file F] --db FILE
//   wh account list --db FILE
//   wh account passwd NAME [--password-file F] --db FILE
//   wh account role NAME --role leader|manager|admin [--sites S1,S2] --db FILE
//   wh account disable NAME --db FILE      (enable NAME: the reverse)
//
// Passwords: the first line of --password-file, else of stdin; on a terminal the password is asked
// for twice without echo. Never an option value (it would stay in the shell's history and `ps`).
// `list` prints a tab-separated table with a header: name, role, sites ("*" for an admin), display
// name, state, created, last sign-in (local time; "-" for never).
// Every subcommand takes --lang ja|en and --log-level LEVEL. Returns the process exit code: 0
// success, 1 failure (a clear message on stderr: a short password, an unknown site, a duplicate
// name, the last admin, the store), 2 usage error.
int runAccount(const QStringList &arguments);

// Whether the command line is `wh account ...`.
bool isAccountCommand(const QStringList &arguments);

} // namespace wh::cli
