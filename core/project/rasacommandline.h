#pragma once

#include "managedprocess.h"
#include "rasainstallation.h"
#include "result.h"

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

namespace Coach {

//! What `rasa run` of a launched server gets.
struct ServerOptions
{
    quint16 port = 0;
    QString model; //!< absolute path
    QString endpoints; //!< empty: none
    QString authToken;
};

//! The command lines Rasa Coach runs. Servers listen on 127.0.0.1 only:
//! 3.x gets `--interface 127.0.0.1`; 2.x has no such option and always
//! binds 0.0.0.0, so its Python interpreter runs a small wrapper that
//! makes Sanic bind 127.0.0.1 before handing over to Rasa's own main().
//! The same wrapper takes the auth token from the environment, so that it
//! does not show in the process list (`ps`) for other users; a Rasa that
//! is not a Python script (no interpreter known) gets it as an argument.
//! The action server (Rasa SDK 2.8 and 3.6) reads its interface from
//! SANIC_HOST.
namespace RasaCommandLine {

//! `rasa train` in the project.
ProcessCommand train(const RasaInstallation &rasa, const QStringList &trainArguments,
                     const QProcessEnvironment &base);
//! `rasa run --enable-api …`; fails for a 2.x Rasa whose interpreter is
//! unknown (it could not be kept off the network).
Result<ProcessCommand> server(const RasaInstallation &rasa, const ServerOptions &options,
                              const QProcessEnvironment &base);
//! `rasa run actions --actions actions --port PORT`.
ProcessCommand actionServer(const RasaInstallation &rasa, quint16 port,
                            const QProcessEnvironment &base);

//! Environment variables the wrapper reads (and removes).
inline constexpr QLatin1StringView TokenVariable{"RASA_COACH_AUTH_TOKEN"};
inline constexpr QLatin1StringView LoopbackVariable{"RASA_COACH_LOOPBACK"};

} // namespace RasaCommandLine

} // namespace Coach
