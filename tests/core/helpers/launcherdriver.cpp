// launcher-driver PROJECT REGISTRY_DIR [RASA]: starts the bot of PROJECT
// with ProjectLauncher (pid files in REGISTRY_DIR; RASA as if chosen in
// Settings) and prints, one per line:
//   STAGE <name>            on every stage change
//   PIDS <pid> <pid>...     the processes it runs, whenever they change
//   READY <url>             once the server answers (the token is not printed)
//   FAILED <message>        then exits 1
// It runs until killed (the tests kill it with SIGKILL) or stdin closes.
#include "project/projectlauncher.h"

#include <QCoreApplication>
#include <QMetaEnum>
#include <QSocketNotifier>

#include <cstdio>
#include <unistd.h>

using namespace Coach;

namespace {

void print(const QString &line)
{
    std::printf("%s\n", qPrintable(line));
    std::fflush(stdout);
}

void printPids(const ProjectLauncher &launcher)
{
    QStringList pids;
    for (qint64 pid : launcher.processIds())
        pids.append(QString::number(pid));
    print(QStringLiteral("PIDS ") + pids.join(QLatin1Char(' ')));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() < 3) {
        std::fprintf(stderr, "usage: launcher-driver PROJECT REGISTRY_DIR [RASA]\n");
        return 2;
    }
    ProjectLauncher launcher;
    launcher.setRegistryDirectory(arguments.at(2));
    launcher.setChosenRasa(arguments.value(3));
    QObject::connect(
        &launcher, &ProjectLauncher::stageChanged, &launcher,
        [&launcher](ProjectLauncher::Stage stage) {
            print(QStringLiteral("STAGE ")
                  + QString::fromLatin1(
                      QMetaEnum::fromType<ProjectLauncher::Stage>().valueToKey(int(stage))));
            printPids(launcher);
        });
    QObject::connect(&launcher, &ProjectLauncher::serverReady, &launcher,
                     [&launcher](const ConnectionSettings &settings) {
                         printPids(launcher);
                         print(QStringLiteral("READY ") + settings.serverUrl.toString());
                     });
    QObject::connect(&launcher, &ProjectLauncher::failed, &app, [](const Error &error) {
        print(QStringLiteral("FAILED ")
              + error.toString().replace(QLatin1Char('\n'), QLatin1Char(' ')));
        QCoreApplication::exit(1);
    });
    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    QObject::connect(&input, &QSocketNotifier::activated, &app, [] {
        char buffer[64];
        if (::read(STDIN_FILENO, buffer, sizeof buffer) <= 0)
            QCoreApplication::quit();
    });
    launcher.start(arguments.at(1));
    return QCoreApplication::exec();
}
