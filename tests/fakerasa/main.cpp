// fake-rasa: serves a bot folder with Rasa's HTTP API so that Rasa Coach can
// be tried (and tested) without installing Rasa.

#include "fakerasa/fakerasaserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QHostAddress>
#include <QLoggingCategory>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <sys/socket.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using Coach::FakeRasa::FakeRasaServer;
using Coach::FakeRasa::Fault;

namespace {

int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(g_signalPipe[1], &byte, 1);
}

//! Quits the event loop on SIGINT/SIGTERM (self-pipe: the handler only writes
//! a byte, the loop reads it).
void installSignalHandlers(QCoreApplication &app)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [&app] {
        char byte = 0;
        [[maybe_unused]] const ssize_t got = ::read(g_signalPipe[0], &byte, 1);
        app.quit();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    ::sigaction(SIGINT, &action, nullptr);
    ::sigaction(SIGTERM, &action, nullptr);
}

int fail(const QString &message)
{
    std::fprintf(stderr, "fake-rasa: %s\n", qPrintable(message));
    return 2;
}

struct Options
{
    QString bot;
    quint16 port = 5005;
    QHostAddress host{QHostAddress::LocalHost};
    QString token;
    QString jwtSecret;
    QString config;
    QString version = u"3.6.2"_s;
    int latencyMs = 0;
    bool verbose = false;
};

QString readOptions(const QCommandLineParser &parser, Options &options)
{
    if (!parser.isSet(u"bot"_s))
        return QCoreApplication::translate("fake-rasa", "--bot DIR is required");
    options.bot = parser.value(u"bot"_s);
    options.config = parser.value(u"config"_s);
    bool ok = true;
    if (parser.isSet(u"port"_s)) {
        const uint port = parser.value(u"port"_s).toUInt(&ok);
        if (!ok || port > 65535)
            return QCoreApplication::translate("fake-rasa", "invalid --port: %1")
                .arg(parser.value(u"port"_s));
        options.port = quint16(port);
    }
    if (parser.isSet(u"host"_s) && !options.host.setAddress(parser.value(u"host"_s)))
        return QCoreApplication::translate("fake-rasa", "invalid --host: %1")
            .arg(parser.value(u"host"_s));
    if (parser.isSet(u"latency"_s)) {
        options.latencyMs = parser.value(u"latency"_s).toInt(&ok);
        if (!ok || options.latencyMs < 0)
            return QCoreApplication::translate("fake-rasa", "invalid --latency: %1")
                .arg(parser.value(u"latency"_s));
    }
    options.token = parser.value(u"token"_s);
    options.jwtSecret = parser.value(u"jwt-secret"_s);
    if (parser.isSet(u"rasa-version"_s))
        options.version = parser.value(u"rasa-version"_s);
    options.verbose = parser.isSet(u"verbose"_s);
    return QString();
}

void addOptions(QCommandLineParser &parser)
{
    parser.setApplicationDescription(QCoreApplication::translate(
        "fake-rasa", "Serves a Rasa bot folder with a stand-in for `rasa run --enable-api`."));
    parser.addHelpOption();
    parser.addOptions({
        {u"bot"_s, QCoreApplication::translate("fake-rasa", "Bot folder (domain.yml, data/)."),
         u"DIR"_s},
        {u"config"_s,
         QCoreApplication::translate("fake-rasa",
                                     "Pipeline/policy config (default DIR/config.yml)."),
         u"FILE"_s},
        {u"port"_s, QCoreApplication::translate("fake-rasa", "Port (default 5005, 0 = any)."),
         u"N"_s},
        {u"host"_s, QCoreApplication::translate("fake-rasa", "Address (default 127.0.0.1)."),
         u"ADDRESS"_s},
        {u"token"_s, QCoreApplication::translate("fake-rasa", "Require ?token=T."), u"T"_s},
        {u"jwt-secret"_s,
         QCoreApplication::translate("fake-rasa", "Accept HS256 JWTs signed with S."), u"S"_s},
        {u"rasa-version"_s,
         QCoreApplication::translate("fake-rasa", "Version to behave like (default 3.6.2)."),
         u"V"_s},
        {u"latency"_s, QCoreApplication::translate("fake-rasa", "Delay every answer by MS."),
         u"MS"_s},
        {u"verbose"_s, QCoreApplication::translate("fake-rasa", "Log every request.")},
    });
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"fake-rasa"_s);
    QCommandLineParser parser;
    addOptions(parser);
    if (!parser.parse(QCoreApplication::arguments()))
        return fail(parser.errorText());
    if (parser.isSet(u"help"_s)) {
        std::fputs(qPrintable(parser.helpText()), stdout);
        return 0;
    }
    if (!parser.positionalArguments().isEmpty())
        return fail(QCoreApplication::translate("fake-rasa", "unexpected argument: %1")
                        .arg(parser.positionalArguments().first()));
    Options options;
    if (const QString error = readOptions(parser, options); !error.isEmpty())
        return fail(error);
    QLoggingCategory::setFilterRules(options.verbose ? u"coach.fakerasa.debug=true"_s
                                                     : u"qt.httpserver*=false\ncoach.*=false"_s);
    FakeRasaServer server;
    server.setRasaVersion(options.version);
    server.setAuthToken(options.token);
    server.setJwtSecret(options.jwtSecret);
    if (options.latencyMs > 0)
        server.addFault(Fault::latency({}, {}, options.latencyMs));
    if (const Coach::Status status = server.loadBot(options.bot, options.config); !status)
        return fail(status.error().toString());
    server.setHost(options.host);
    if (server.listen(options.port) == 0)
        return fail(QCoreApplication::translate("fake-rasa", "cannot listen on %1:%2: %3")
                        .arg(options.host.toString())
                        .arg(options.port)
                        .arg(server.errorString()));
    installSignalHandlers(app);
    std::printf("fake-rasa listening on %s\n", qPrintable(server.url().toString()));
    std::fflush(stdout);
    return app.exec();
}
