// rasa-coach: command line, application setup and the headless subcommands.
#include "aboutdialog.h"
#include "cli/checkcommand.h"
#include "cli/exportcommand.h"
#include "cli/graphcommand.h"
#include "cli/inboxcommand.h"
#include "cli/replaycommand.h"
#include "inbox/trackerstoreaddress.h"
#include "keyringstore.h"
#include "launchercontroller.h"
#include "mainwindow.h"
#include "screenshottour.h"
#include "settings.h"
#include "shortcutsdialog.h"
#include "translations.h"

#include "rasa/rasaclient.h"
#include "session/sessiondocument.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QTimer>

#include <algorithm>
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
    QString dialogShots;
    bool startServer = false;
    bool exitWhenConnected = false;
    bool smokeTest = false;
    bool measureStartup = false;
};

//! --lang CODE / --lang=CODE, read before the parser so that its help text
//! is already translated; else RASA_COACH_LANG.
QString languageOverride(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        if (arguments.at(i) == u"--lang" && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (arguments.at(i).startsWith(u"--lang="))
            return arguments.at(i).mid(7);
    }
    return qEnvironmentVariable("RASA_COACH_LANG");
}

void installTranslators(const Coach::Settings &settings)
{
    const QString code =
        Coach::Translations::choose(languageOverride(QApplication::arguments()),
                                    settings.value(Coach::Settings::Key::Language).toString());
    if (!Coach::Translations::install(code))
        std::fprintf(stderr, "rasa-coach: no translation for '%s'\n", qPrintable(code));
}

Options parseOptions(const QCoreApplication &app)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main",
        "Teach a Rasa chatbot by talking to it.\n\nHeadless: rasa-coach export … | "
        "rasa-coach graph … | rasa-coach check … | rasa-coach replay … | rasa-coach inbox … "
        "(see rasa-coach COMMAND --help)."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(u"file"_s, QApplication::translate("main", "A session to open."),
                                 u"[FILE.coach]"_s);
    const QCommandLineOption server(
        u"server"_s, QApplication::translate("main", "Connect to this Rasa server."), u"URL"_s);
    const QCommandLineOption tokenEnv(
        u"token-env"_s,
        QApplication::translate("main", "Read the auth token from this environment variable."),
        u"VAR"_s);
    const QCommandLineOption jwtEnv(
        u"jwt-env"_s, QApplication::translate("main", "Read a JWT from this environment variable."),
        u"VAR"_s);
    const QCommandLineOption project(
        u"project"_s, QApplication::translate("main", "The bot project folder."), u"DIR"_s);
    const QCommandLineOption startServer(
        u"start-server"_s,
        QApplication::translate("main",
                                "Train the bot of --project, start its Rasa server "
                                "(and action server) and connect to it."));
    const QCommandLineOption conversation(
        u"conversation-id"_s, QApplication::translate("main", "Conversation id to talk in."),
        u"ID"_s);
    const QCommandLineOption lang(
        u"lang"_s,
        QApplication::translate("main", "Use this language (en, de, es) instead of the setting."),
        u"CODE"_s);
    QCommandLineOption smoke(
        u"smoke-test"_s, u"Start, open FILE if given, print its conversation count and exit."_s);
    smoke.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption measure(u"measure-startup"_s,
                               u"Print the milliseconds until the window is shown, then exit."_s);
    measure.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption exitConnected(
        u"exit-when-connected"_s,
        u"Print the server's Rasa version once connected and exit (1 if starting failed)."_s);
    exitConnected.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption tour(u"screenshot-tour"_s,
                            u"Drive a short conversation and save screenshots into DIR."_s,
                            u"DIR"_s);
    tour.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption tourSession(u"tour-save-session"_s,
                                   u"Save the tour's session to FILE at the end."_s, u"FILE"_s);
    tourSession.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption dialogShots(u"dialog-screenshots"_s,
                                   u"Save PNGs of the Help dialogs into DIR and exit."_s, u"DIR"_s);
    dialogShots.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOptions({server, tokenEnv, jwtEnv, project, startServer, conversation, lang, smoke,
                       measure, exitConnected, tour, tourSession, dialogShots});
    parser.process(app);

    Options options;
    options.sessionFile = parser.positionalArguments().value(0);
    options.server = parser.value(server);
    options.tokenEnv = parser.value(tokenEnv);
    options.jwtEnv = parser.value(jwtEnv);
    options.project = parser.value(project);
    options.startServer = parser.isSet(startServer);
    options.exitWhenConnected = parser.isSet(exitConnected);
    options.conversationId = parser.value(conversation);
    options.smokeTest = parser.isSet(smoke);
    options.screenshotFolder = parser.value(tour);
    options.tourSession = parser.value(tourSession);
    options.dialogShots = parser.value(dialogShots);
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
        : QObject(parent), m_timer(timer), m_quit(quit)
    { }

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

//! --exit-when-connected: for scripts and tests of --start-server / --server.
void exitWhenConnected(Coach::MainWindow &window)
{
    QObject::connect(window.session(), &Coach::InteractiveSession::connected, &window,
                     [](const Coach::ServerInfo &info) {
                         std::printf("connected: Rasa %s\n", qPrintable(info.rasaVersion));
                         std::fflush(stdout);
                         QApplication::exit(0);
                     });
    QObject::connect(window.launcherController()->launcher(), &Coach::ProjectLauncher::failed,
                     &window, [](const Coach::Error &error) {
                         std::fprintf(stderr, "rasa-coach: %s\n", qPrintable(error.toString()));
                         QApplication::exit(1);
                     });
}

//! --project DIR [--start-server]: the project feeds the story graph and
//! the export paths; with --start-server its bot is trained and served.
int openProject(Coach::MainWindow &window, const Options &options)
{
    if (options.startServer && options.project.isEmpty())
        return fail(QApplication::translate("main", "--start-server needs --project DIR."));
    if (options.startServer && !options.server.isEmpty())
        return fail(QApplication::translate("main", "Use either --server or --start-server."));
    if (options.startServer)
        window.launcherController()->startProject(options.project);
    else if (!options.project.isEmpty() && options.server.isEmpty())
        window.document()->setProjectFolder(QFileInfo(options.project).absoluteFilePath());
    return 0;
}

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

//! --smoke-test: the window comes up; a session file given is opened and
//! its conversation count printed (the packaging test checks it).
int smokeTest(Coach::MainWindow &window, const QString &sessionFile)
{
    QApplication::processEvents();
    if (sessionFile.isEmpty())
        return 0;
    const Coach::Status status = window.openSession(sessionFile);
    if (!status)
        return fail(status.error().toString());
    std::printf("session: %d conversations\n", window.document()->conversationCount());
    return 0;
}

//! --dialog-screenshots DIR: the About and Keyboard Shortcuts dialogs as
//! PNGs (for the documentation and for checking translations by eye).
int saveDialogScreenshots(Coach::MainWindow &window, const QString &folder)
{
    QDir().mkpath(folder);
    Coach::AboutDialog about(&window);
    Coach::ShortcutsDialog shortcuts(&window, &window);
    bool ok = true;
    for (QDialog *dialog : {static_cast<QDialog *>(&about), static_cast<QDialog *>(&shortcuts)}) {
        dialog->show();
        QApplication::processEvents();
        const QString name = dialog->objectName().toLower().remove(u"dialog"_s);
        ok = dialog->grab().save(QDir(folder).filePath(name + u".png"_s)) && ok;
    }
    return ok ? 0 : fail(u"could not write the screenshots into %1"_s.arg(folder));
}

void setApplicationInfo()
{
    QCoreApplication::setOrganizationName(u"RasaCoach"_s);
    QCoreApplication::setOrganizationDomain(u"rasacoach.org"_s);
    QCoreApplication::setApplicationName(u"Rasa Coach"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(COACH_VERSION));
}

//! A first argument that is a word, not an option or a file to open, names
//! a headless subcommand (known or not).
bool isCommand(const char *argument)
{
    const QByteArrayView word(argument);
    return !word.isEmpty()
        && std::all_of(word.begin(), word.end(), [](char c) { return c >= 'a' && c <= 'z'; })
        && !QFileInfo::exists(QString::fromLocal8Bit(argument));
}

//! --help or --version (or their short forms) anywhere before "--".
bool asksForHelpOrVersion(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView argument(argv[i]);
        if (argument == "--")
            return false;
        for (const char *option : {"-h", "-?", "--help", "--help-all", "-v", "--version"}) {
            if (argument == option)
                return true;
        }
    }
    return false;
}

//! The subcommands, the help and the version need no window, so no display
//! (CI machines have none): they run on a QCoreApplication.
int runHeadless(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    setApplicationInfo();
    const Coach::Settings settings;
    installTranslators(settings); // headless messages in the user's language too
    if (argc < 2 || !isCommand(argv[1])) {
        parseOptions(app); // prints the help or the version and exits
        return 0;
    }
    const QStringList rest = QCoreApplication::arguments().mid(2);
    const QString command = QCoreApplication::arguments().at(1);
    if (command == u"export")
        return Coach::runExportCommand(rest);
    if (command == u"check")
        return Coach::runCheckCommand(rest);
    if (command == u"replay")
        return Coach::runReplayCommand(rest);
    if (command == u"inbox") {
        Coach::setInboxPasswordLookup([](const Coach::TrackerStoreAddress &address) {
            return Coach::KeyringStore::isAvailable()
                ? Coach::KeyringStore::read(Coach::KeyringStore::databaseKey(address))
                : QString();
        });
        return Coach::runInboxCommand(rest);
    }
    if (command == u"graph")
        return Coach::runGraphCommand(rest);
    return fail(QCoreApplication::translate("main", "unknown command '%1' (see rasa-coach --help)")
                    .arg(command));
}

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer startTimer;
    startTimer.start();
    if ((argc > 1 && isCommand(argv[1])) || asksForHelpOrVersion(argc, argv))
        return runHeadless(argc, argv);

    setApplicationInfo();
    QApplication::setDesktopFileName(u"org.rasacoach.RasaCoach"_s);
    QApplication app(argc, argv);
    QApplication::setWindowIcon(QIcon(u":/icons/rasa-coach.svg"_s));
    Coach::Settings settings;
    Coach::Settings::setInstance(&settings);
    installTranslators(settings);
    const Options options = parseOptions(app);

    Coach::MainWindow window;
    if (options.measureStartup || options.smokeTest)
        window.installEventFilter(new StartupProbe(startTimer, true, &window));
    window.show();
    if (options.smokeTest)
        return smokeTest(window, options.sessionFile);
    if (!options.dialogShots.isEmpty())
        return saveDialogScreenshots(window, options.dialogShots);
    if (!options.sessionFile.isEmpty()) {
        window.openFile(options.sessionFile);
    } else if (!options.measureStartup && options.screenshotFolder.isEmpty()) {
        QTimer::singleShot(0, &window, [&window] { window.offerRecovery(); });
    }
    if (options.exitWhenConnected)
        exitWhenConnected(window);
    if (const int rc = openProject(window, options); rc != 0)
        return rc;
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
