#pragma once

#include <QString>

#include <optional>

namespace Coach {

//! Asks for a password on the controlling terminal without echo; nullopt
//! when there is no terminal (scripts, CI) or the user gave up (EOF).
std::optional<QString> readPasswordFromTerminal(const QString &prompt);

} // namespace Coach
