#include "rasacommandline.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Coach::RasaCommandLine {

namespace {

// Runs Rasa's command line after two adjustments asked for through the
// environment: the auth token as an argument (it never appears in the
// process list), and every Sanic server bound to 127.0.0.1 (Rasa 2.x).
const auto WrapperCode = uR"(import os, sys
token = os.environ.pop("RASA_COACH_AUTH_TOKEN", None)
if token:
    sys.argv += ["--auth-token", token]
if os.environ.pop("RASA_COACH_LOOPBACK", None):
    import sanic
    _run = sanic.Sanic.run
    def _loopback_run(self, *args, **kwargs):
        if args:
            args = ("127.0.0.1",) + tuple(args[1:])
        else:
            kwargs["host"] = "127.0.0.1"
        return _run(self, *args, **kwargs)
    sanic.Sanic.run = _loopback_run
from rasa.__main__ import main
sys.argv[0] = "rasa"
sys.exit(main())
)"_s;

ProcessCommand direct(const RasaInstallation &rasa, const QStringList &arguments,
                      const QProcessEnvironment &base)
{
    return {rasa.program, rasa.arguments(arguments), base};
}

ProcessCommand wrapped(const RasaInstallation &rasa, const QStringList &arguments,
                       const QProcessEnvironment &base)
{
    return {rasa.python, QStringList{u"-c"_s, WrapperCode} + arguments, base};
}

} // namespace

ProcessCommand train(const RasaInstallation &rasa, const QStringList &trainArguments,
                     const QProcessEnvironment &base)
{
    return direct(rasa, trainArguments, base);
}

Result<ProcessCommand> server(const RasaInstallation &rasa, const ServerOptions &options,
                              const QProcessEnvironment &base)
{
    QStringList arguments{u"run"_s,     u"--enable-api"_s,
                          u"--port"_s,  QString::number(options.port),
                          u"--model"_s, options.model};
    if (!options.endpoints.isEmpty())
        arguments += {u"--endpoints"_s, options.endpoints};
    if (rasa.majorVersion() >= 3)
        arguments += {u"--interface"_s, u"127.0.0.1"_s};
    if (rasa.python.isEmpty()) {
        if (rasa.majorVersion() < 3)
            return makeError(QCoreApplication::translate(
                                 "Coach::RasaCommandLine",
                                 "Rasa %1 cannot be told to listen on 127.0.0.1 only, and its "
                                 "Python interpreter is unknown. Choose the Python interpreter "
                                 "Rasa is installed in under Settings › Rasa Executable.")
                                 .arg(rasa.version),
                             rasa.location());
        return direct(rasa, arguments + QStringList{u"--auth-token"_s, options.authToken}, base);
    }
    ProcessCommand command = wrapped(rasa, arguments, base);
    command.environment.insert(TokenVariable, options.authToken);
    if (rasa.majorVersion() < 3)
        command.environment.insert(LoopbackVariable, u"1"_s);
    return command;
}

ProcessCommand actionServer(const RasaInstallation &rasa, quint16 port,
                            const QProcessEnvironment &base)
{
    const QStringList arguments{u"run"_s,     u"actions"_s, u"--actions"_s,
                                u"actions"_s, u"--port"_s,  QString::number(port)};
    ProcessCommand command =
        rasa.python.isEmpty() ? direct(rasa, arguments, base) : wrapped(rasa, arguments, base);
    command.environment.insert(u"SANIC_HOST"_s, u"127.0.0.1"_s);
    return command;
}

} // namespace Coach::RasaCommandLine
