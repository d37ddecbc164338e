// Story conflict check speed on a generated bot project of 5,000 stories
// (intents with entities and roles, slots of every type, forms, a few
// checkpoints and OR steps; conflicts among them).
//
//  1. The whole `rasa-coach check --project DIR` (reading domain, stories and
//     config, generating trackers, finding and printing the conflicts), run
//     in-process as the command runs. Target: under 2 s (wall, Release).
//  2. The live check after a turn: the project loaded once, then a
//     conversation of 40 turns, checked after every confirmed action (its
//     parts as exported, its conflicts) and previewed as the action panel
//     does before it. Target: every turn under 50 ms.
//
//     bench_check [stories] [runs]
//     bench_check --write-project DIR [stories]   only write the project (to
//         time the rasa-coach binary or `rasa data validate stories` on it)

#include "cli/checkcommand.h"
#include "conflicts/conflictchecker.h"

#include "testsupport/generatedproject.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <ctime>

using namespace Coach;
using namespace Qt::StringLiterals;

namespace {

constexpr int Intents = 40;
constexpr int Actions = 60;

double cpuSeconds()
{
    return double(std::clock()) / CLOCKS_PER_SEC;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

void benchCommand(const QString &folder, int runs, QTextStream &out)
{
    QList<double> walls, cpus;
    QString lastLine;
    for (int run = 0; run < runs; ++run) {
        QString printed, errors;
        QTextStream sink(&printed), errorSink(&errors);
        QElapsedTimer timer;
        const double cpu = cpuSeconds();
        timer.start();
        const int code = runCheckCommand({u"--project"_s, folder}, sink, errorSink);
        walls.append(double(timer.nsecsElapsed()) / 1e6);
        cpus.append((cpuSeconds() - cpu) * 1000);
        if (code != 0)
            out << "check failed: " << errors << Qt::endl;
        lastLine = printed.trimmed().section(u'\n', -1);
    }
    out << u"rasa-coach check, whole command: median %1 ms wall (min %2, max %3) over %4 runs; "
           "median CPU %5 ms. %6\n"_s.arg(median(walls), 0, 'f', 0)
               .arg(*std::min_element(walls.begin(), walls.end()), 0, 'f', 0)
               .arg(*std::max_element(walls.begin(), walls.end()), 0, 'f', 0)
               .arg(runs)
               .arg(median(cpus), 0, 'f', 0)
               .arg(lastLine);
}

//! A conversation that follows story 0's intents, so it meets conflicts.
void benchLiveCheck(const QString &folder, QTextStream &out)
{
    QElapsedTimer timer;
    timer.start();
    double cpu = cpuSeconds();
    Result<ConflictProject> project = ConflictProject::load(folder);
    if (!project) {
        out << "load failed: " << project.error().toString() << Qt::endl;
        return;
    }
    const qint64 readMs = timer.restart();
    const double readCpu = cpuSeconds() - cpu;
    cpu = cpuSeconds();
    const std::optional<int> history = project->configMaxHistory.value;
    std::unique_ptr<ConflictChecker> checker =
        ConflictChecker::create(std::move(project).value(), history).value();
    out << u"project loaded once: read %1 ms (CPU %2 ms), trackers + index %3 ms (CPU %4 ms), %5 trackers\n"_s
               .arg(readMs)
               .arg(readCpu * 1000, 0, 'f', 0)
               .arg(timer.elapsed())
               .arg((cpuSeconds() - cpu) * 1000, 0, 'f', 0)
               .arg(checker->index().trackerCount());
    QRandomGenerator random(5);
    EventList events{Event::action(u"action_session_start"_s), Event::sessionStarted(),
                     Event::actionListen()};
    QList<double> turns;
    int conflicts = 0;
    for (int turn = 0; turn < 40; ++turn) {
        const QString intent = u"intent_%1"_s.arg(random.bounded(Intents));
        events.append(
            Event::user(u"message %1"_s.arg(turn), ParseData::corrected(u"message"_s, intent, {})));
        const QString action = u"utter_%1"_s.arg(random.bounded(Actions));
        timer.restart();
        // The preview of the predicted action, as the action panel asks.
        EventList preview = events;
        preview.append(Event::action(action));
        checker->setConversation(-2, u"preview"_s, preview, true);
        (void)checker->latestConflict(-2);
        checker->removeConversation(-2);
        // The confirmed action: the conversation's check and its warning.
        events.append(Event::action(action));
        checker->setConversation(0, u"conversation"_s, events, true);
        conflicts += checker->latestConflict(0) ? 1 : 0;
        (void)checker->conversationConflicts(0);
        turns.append(double(timer.nsecsElapsed()) / 1e6);
        events.append(Event::actionListen());
        checker->setConversation(0, u"conversation"_s, events, true);
    }
    timer.restart();
    const qsizetype all = checker->conflicts().size();
    const double panel = double(timer.nsecsElapsed()) / 1e6;
    out << u"live check after a turn (preview + confirmed action + its conflicts): median %1 ms, "
           "worst %2 ms over %3 turns (%4 turns with a conflict)\n"_s.arg(median(turns), 0, 'f', 2)
               .arg(*std::max_element(turns.begin(), turns.end()), 0, 'f', 2)
               .arg(turns.size())
               .arg(conflicts);
    out << u"all conflicts for the panel: %1 ms (%2 conflicts)\n"_s.arg(panel, 0, 'f', 1).arg(all);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList arguments = app.arguments().mid(1);
    if (arguments.value(0) == u"--write-project"_s) {
        const int stories = arguments.value(2, u"5000"_s).toInt();
        return TestSupport::writeGeneratedProject(arguments.value(1), stories) ? 0 : 1;
    }
    const int stories = arguments.value(0, u"5000"_s).toInt();
    const int runs = arguments.value(1, u"5"_s).toInt();
    QTemporaryDir dir;
    if (!TestSupport::writeGeneratedProject(dir.path(), stories)) {
        out << "cannot write the project\n";
        return 1;
    }
    out << u"%1 stories\n"_s.arg(stories);
    benchCommand(dir.path(), runs, out);
    benchLiveCheck(dir.path(), out);
    return 0;
}
