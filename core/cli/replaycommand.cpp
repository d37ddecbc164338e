#include "replaycommand.h"

#include "replay/replayer.h"
#include "replay/replayplanner.h"
#include "replay/replayreport.h"
#include "replay/replaytext.h"

#include "rasa/rasaclient.h"
#include "session/sessionformat.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QTextStream>

#include <optional>

using namespace Qt::StringLiterals;

namespace Coach {

namespace {

//! The command's texts (a context lupdate sees).
class ReplayCommand
{
    Q_DECLARE_TR_FUNCTIONS(Coach::ReplayCommand)
};

enum ExitCode { AllAgree = 0, SomeDiffer = 1, Failed = 2 };

struct Options
{
    QStringList files;
    QUrl server;
    QString token;
    QString jwt;
    int jobs = Replayer::DefaultMaxInFlight;
    std::chrono::milliseconds timeout = RasaClient::DefaultTimeout;
    QList<QPair<QString, ReplayReport::Format>> reports;
};

void addOptions(QCommandLineParser &parser)
{
    parser.addPositionalArgument(u"files"_s, ReplayCommand::tr("Session files (.coach) to replay."),
                                 u"FILE.coach…"_s);
    parser.addOptions({
        {u"server"_s,
         ReplayCommand::tr("The Rasa server (default: the one the sessions were "
                           "recorded against)."),
         u"URL"_s},
        {u"token-env"_s, ReplayCommand::tr("Read the auth token from this environment variable."),
         u"VAR"_s},
        {u"jwt-env"_s, ReplayCommand::tr("Read a JWT from this environment variable."), u"VAR"_s},
        {u"jobs"_s, ReplayCommand::tr("Conversations replayed at the same time (default 4)."),
         u"N"_s},
        {u"timeout"_s, ReplayCommand::tr("Seconds to wait for each answer (default 300)."),
         u"SECONDS"_s},
        {u"report"_s,
         ReplayCommand::tr("Write a report: .json, .xml (JUnit) or .html; repeatable."), u"FILE"_s},
    });
    parser.addHelpOption();
}

Result<QString> environmentValue(const QString &variable)
{
    const QString value = qEnvironmentVariable(qPrintable(variable));
    if (value.isEmpty())
        return makeError(ReplayCommand::tr("the environment variable %1 is not set").arg(variable));
    return value;
}

Result<int> positiveNumber(const QCommandLineParser &parser, const QString &name, int fallback)
{
    if (!parser.isSet(name))
        return fallback;
    bool ok = false;
    const int value = parser.value(name).toInt(&ok);
    if (!ok || value < 1 || value > 1000)
        return makeError(ReplayCommand::tr("--%1 needs a number from 1 to 1000").arg(name));
    return value;
}

Status readCredentials(const QCommandLineParser &parser, Options &options)
{
    for (const auto &[name, target] :
         {std::pair{u"token-env"_s, &options.token}, std::pair{u"jwt-env"_s, &options.jwt}}) {
        if (!parser.isSet(name))
            continue;
        Result<QString> value = environmentValue(parser.value(name));
        if (!value)
            return value.error();
        *target = value.value();
    }
    return {};
}

Status readReports(const QCommandLineParser &parser, Options &options)
{
    for (const QString &file : parser.values(u"report"_s)) {
        const std::optional<ReplayReport::Format> format = ReplayReport::formatOf(file);
        if (!format)
            return makeError(ReplayCommand::tr("a report must end in .json, .xml or .html"), file);
        options.reports.append({file, *format});
    }
    return {};
}

Result<Options> readOptions(const QCommandLineParser &parser)
{
    Options options;
    options.files = parser.positionalArguments();
    if (options.files.isEmpty())
        return makeError(ReplayCommand::tr("give at least one session file (.coach)"));
    if (parser.isSet(u"server"_s)) {
        Result<QUrl> url = RasaClient::serverUrlFromUserInput(parser.value(u"server"_s));
        if (!url)
            return url.error();
        options.server = url.value();
    }
    const Result<int> jobs = positiveNumber(parser, u"jobs"_s, options.jobs);
    const Result<int> timeout = positiveNumber(parser, u"timeout"_s, 300);
    if (!jobs || !timeout)
        return jobs ? timeout.error() : jobs.error();
    options.jobs = jobs.value();
    options.timeout = std::chrono::seconds(timeout.value());
    if (Status status = readCredentials(parser, options); !status)
        return status.error();
    if (Status status = readReports(parser, options); !status)
        return status.error();
    return options;
}

//! Plans every file; the server they were recorded against when all agree.
Result<QList<ReplaySession>> planSessions(const QStringList &files, QUrl *recordedServer)
{
    QList<ReplaySession> sessions;
    for (const QString &file : files) {
        Result<SessionData> data = SessionFormat::readFile(file);
        if (!data)
            return makeError(data.error().message, file);
        const QUrl url = data->server.url;
        if (sessions.isEmpty())
            *recordedServer = url;
        else if (url != *recordedServer)
            *recordedServer = QUrl();
        sessions.append(ReplayPlanner::session(file, data.value()));
    }
    return sessions;
}

//! Runs the replay to the end; the run, or the server's error.
Result<ReplayRun> replay(RasaClient &client, const Options &options, QList<ReplaySession> sessions)
{
    Replayer replayer(&client);
    replayer.setMaxInFlight(options.jobs);
    ReplayRun run;
    run.started = QDateTime::currentDateTime();
    QElapsedTimer timer;
    timer.start();
    std::optional<ApiError> failure;
    QEventLoop loop;
    QObject::connect(&replayer, &Replayer::finished, &loop, &QEventLoop::quit);
    QObject::connect(&replayer, &Replayer::failed, &loop, [&](const ApiError &error) {
        failure = error;
        loop.quit();
    });
    replayer.start(std::move(sessions));
    loop.exec();
    if (failure)
        return failure->toError();
    run.elapsedMs = timer.elapsed();
    run.sessions = replayer.sessions();
    run.server = client.displayUrl(client.baseUrl());
    run.rasaVersion = replayer.serverVersion();
    run.model = replayer.modelName();
    return run;
}

void printDifferences(const ReplayRun &run, QTextStream &out)
{
    for (const ReplaySession &session : run.sessions) {
        for (const ReplayPart &part : session.parts) {
            for (const ReplayTurn &turn : part.turns) {
                if (turn.agrees())
                    continue;
                out << ReplayText::turnTitle(session.file, part, turn) << Qt::endl;
                for (const QString &line : ReplayText::differences(turn))
                    out << u"    "_s << line << Qt::endl;
            }
        }
    }
    out << ReplayCommand::tr("Replayed against Rasa %1 at %2, model %3.")
               .arg(run.rasaVersion, run.server, run.model)
        << Qt::endl
        << ReplayText::summary(ReplaySummary::of(run.sessions)) << Qt::endl;
}

Status writeReports(const ReplayRun &run, const Options &options)
{
    for (const auto &[file, format] : options.reports) {
        if (Status status = ReplayReport::write(file, ReplayReport::render(format, run)); !status)
            return status;
    }
    return {};
}

int fail(QTextStream &err, const Error &error)
{
    err << "rasa-coach replay: " << error.toString() << Qt::endl;
    return Failed;
}

int run(const Options &options, QTextStream &out, QTextStream &err)
{
    QUrl recordedServer;
    Result<QList<ReplaySession>> sessions = planSessions(options.files, &recordedServer);
    if (!sessions)
        return fail(err, sessions.error());
    const QUrl server = options.server.isEmpty() ? recordedServer : options.server;
    if (server.isEmpty())
        return fail(err, makeError(ReplayCommand::tr("give the Rasa server with --server")));
    RasaClient client(server);
    client.setAuthToken(options.token);
    client.setJwt(options.jwt);
    client.setTimeout(options.timeout);
    Result<ReplayRun> result = replay(client, options, std::move(sessions).value());
    if (!result)
        return fail(err, result.error());
    printDifferences(result.value(), out);
    if (Status status = writeReports(result.value(), options); !status)
        return fail(err, status.error());
    return ReplaySummary::of(result->sessions).differing == 0 ? AllAgree : SomeDiffer;
}

} // namespace

int runReplayCommand(const QStringList &arguments)
{
    QTextStream out(stdout);
    QTextStream err(stderr);
    QCommandLineParser parser;
    parser.setApplicationDescription(ReplayCommand::tr(
        "Replay annotated sessions against the model the Rasa server has loaded now. Exit code "
        "0: every turn agrees, 1: some turns differ, 2: an error."));
    addOptions(parser);
    if (!parser.parse(QStringList{u"rasa-coach replay"_s} + arguments))
        return fail(err, makeError(parser.errorText()));
    if (parser.isSet(u"help"_s)) {
        out << parser.helpText();
        return AllAgree;
    }
    Result<Options> options = readOptions(parser);
    if (!options)
        return fail(err, options.error());
    return run(options.value(), out, err);
}

} // namespace Coach
