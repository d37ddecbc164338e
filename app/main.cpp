// rasa-coach: command line, application setup and the headless subcommands.
#include "export/exportcommand.h"
#include "mainwindow.h"
#include "rasa/rasaclient.h"
#include "screenshottour.h"
#include "settings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QStatusBar>
#include <QTimer>
#include <QTranslator>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

struct Options
{
    QString sessionFile;
    QString server;
    QString tokenEnv;
    QString jwtEnv;
    QString project;
    QString conversationId;
    QString screenshotFolder;
    QString tourSession;
    bool smokeTest = false;
    bool measureStartup = false;
};

void installTranslators(QApplication &app)
{
    // Translations are embedded as :/i18n/rasa-coach_<lang>.qm once they exist.
    auto *ours = new QTranslator(&app);
    if (ours->load(QLocale(), u"rasa-coach"_s, u"_"_s, u":/i18n"_s))
        QApplication::installTranslator(ours);
    auto *qt = new QTranslator(&app);
    if (qt->load(QLocale(), u"qtbase"_s, u"_"_s,
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(qt);
}

Options parseOptions(const QApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Teach a Rasa chatbot by talking to it.\n\nHeadless: rasa-coach export … | "
                "rasa-coach graph … (see rasa-coach export --help)."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(u"file"_s, QApplication::translate("main", "A session to open."),
                                 u"[FILE.coach]"_s);
    const QCommandLineOption server(u"server"_s,
                                    QApplication::translate("main", "Connect to this Rasa server."),
                                    u"URL"_s);
    const QCommandLineOption tokenEnv(
        u"token-env"_s,
        QApplication::translate("main", "Read the auth token from this environment variable."),
        u"VAR"_s);
    const QCommandLineOption jwtEnv(
        u"jwt-env"_s, QApplication::translate("main", "Read a JWT from this environment variable."),
        u"VAR"_s);
    const QCommandLineOption project(
        u"project"_s, QApplication::translate("main", "The bot project folder."), u"DIR"_s);
    const QCommandLineOption conversation(
        u"conversation-id"_s, QApplication::translate("main", "Conversation id to talk in."),
        u"ID"_s);
    QCommandLineOption smoke(u"smoke-test"_s, u"Start offscreen, process events, exit 0."_s);
    smoke.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption measure(u"measure-startup"_s,
                               u"Print the milliseconds until the window is shown, then exit."_s);
    measure.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption tour(u"screenshot-tour"_s,
                            u"Drive a short conversation and save screenshots into DIR."_s,
                            u"DIR"_s);
    tour.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption tourSession(u"tour-save-session"_s,
                                   u"Save the tour's session to FILE at the end."_s, u"FILE"_s);
    tourSession.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions(
        {server, tokenEnv, jwtEnv, project, conversation, smoke, measure, tour, tourSession});
    parser.process(app);

    Options options;
    options.sessionFile = parser.positionalArguments().value(0);
    options.server = parser.value(server);
    options.tokenEnv = parser.value(tokenEnv);
    options.jwtEnv = parser.value(jwtEnv);
    options.project = parser.value(project);
    options.conversationId = parser.value(conversation);
    options.smokeTest = parser.isSet(smoke);
    options.screenshotFolder = parser.value(tour);
    options.tourSession = parser.value(tourSession);
    options.measureStartup = parser.isSet(measure);
    return options;
}

int fail(const QString &message)
{
    std::fprintf(stderr, "rasa-coach: %s\n", qPrintable(message));
    return 2;
}

//! Prints how long the start took once the window has painted.
class StartupProbe final : public QObject
{
public:
    StartupProbe(const QElapsedTimer &timer, bool quit, QObject *parent)
        : QObject(parent), m_timer(timer), m_quit(quit) { }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_done) {
            m_done = true;
            std::printf("startup: %lld ms to first painted window\n",
                        static_cast<long long>(m_timer.elapsed()));
            std::fflush(stdout);
            if (m_quit)
                QTimer::singleShot(0, qApp, [] { QApplication::exit(0); });
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QElapsedTimer m_timer;
    bool m_quit;
    bool m_done = false;
};

int startConnection(Coach::MainWindow &window, const Options &options)
{
    const auto url = Coach::RasaClient::serverUrlFromUserInput(options.server);
    if (!url)
        return fail(url.error().message);
    Coach::ConnectionSettings settings;
    settings.serverUrl = url.value();
    settings.conversationId = options.conversationId;
    if (!options.tokenEnv.isEmpty())
        settings.authToken = qEnvironmentVariable(qPrintable(options.tokenEnv));
    if (!options.jwtEnv.isEmpty())
        settings.jwt = qEnvironmentVariable(qPrintable(options.jwtEnv));
    const Coach::Status status = window.connectToServer(settings, options.project);
    if (!status)
        return fail(status.error().message);
    return 0;
}

int runHeadless(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList rest = QCoreApplication::arguments().mid(2);
    const QString command = QCoreApplication::arguments().at(1);
    if (command == u"export")
        return Coach::runExportCommand(rest);
    // TODO(lead): wire `graph` when branch `graph` is merged:
    //   #include "graph/graphcommand.h" and
    //   if (command == u"graph") return Coach::runGraphCommand(rest);
    return fail(u"the '%1' command is not available in this build"_s.arg(command));
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer startTimer;
    startTimer.start();
    if (argc > 1 && (qstrcmp(argv[1], "export") == 0 || qstrcmp(argv[1], "graph") == 0))
        return runHeadless(argc, argv);

    QApplication::setOrganizationName(u"RasaCoach"_s);
    QApplication::setOrganizationDomain(u"rasacoach.org"_s);
    QApplication::setApplicationName(u"Rasa Coach"_s);
    QApplication::setApplicationVersion(QStringLiteral(COACH_VERSION));
    QApplication::setDesktopFileName(u"org.rasacoach.RasaCoach"_s);
    QApplication app(argc, argv);
    QApplication::setWindowIcon(QIcon(u":/icons/rasa-coach.svg"_s));
    installTranslators(app);
    const Options options = parseOptions(app);

    Coach::Settings settings;
    Coach::Settings::setInstance(&settings);
    Coach::MainWindow window;
    if (options.measureStartup || options.smokeTest)
        window.installEventFilter(new StartupProbe(startTimer, true, &window));
    window.show();
    if (options.smokeTest) {
        QApplication::processEvents();
        return 0;
    }
    if (!options.sessionFile.isEmpty()) {
        const Coach::Status status = window.openSession(options.sessionFile);
        if (!status)
            window.statusBar()->showMessage(status.error().toString());
    } else if (!options.measureStartup && options.screenshotFolder.isEmpty()) {
        QTimer::singleShot(0, &window, [&window] { window.offerRecovery(); });
    }
    if (!options.server.isEmpty()) {
        if (const int rc = startConnection(window, options); rc != 0)
            return rc;
    }
    if (!options.screenshotFolder.isEmpty()) {
        auto *tour = new Coach::ScreenshotTour(&window, options.screenshotFolder, &window);
        tour->setSessionFile(options.tourSession);
        tour->start();
    }
    return QApplication::exec();
}
