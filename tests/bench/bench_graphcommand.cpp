// The headless `rasa-coach graph` command, end to end, on a generated project:
// read the domain and the YAML stories, expand them, build and merge the
// graph, write the JSON file. Each run is a child process that calls
// runGraphCommand() as `rasa-coach graph` does, so that its wall time, CPU
// time and peak memory (ru_maxrss) are those of the command alone. Target:
// 10,000 stories under 1 s wall and under 150 MB (Release build).
//
//     bench_graphcommand [stories=10000] [runs=5]
//     bench_graphcommand --generate DIR [stories=10000]
//                        writes DIR/stories_N.yml and DIR/domain.yml and stops
//                        (for timing the real binary with /usr/bin/time)
//     BENCH_STAGES=1     also times the stages one by one in this process
//
// Stories are generated like tests/data/graph/synthetic_100_stories.yml:
// 2-6 turns, each an intent out of 40 followed by 1-3 actions out of 80
// (60 utter_, 20 action_); synthetic_domain.yml declares them.
#include "cli/graphcommand.h"

#include "graph/graphbuilder.h"
#include "graph/graphexport.h"
#include "graph/graphinput.h"
#include "graph/storyexpander.h"
#include "model/domain.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <ctime>
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <utility>

extern char **environ;

using namespace Coach;
using namespace Qt::StringLiterals;

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

QByteArray storiesYaml(int count, quint32 seed)
{
    QRandomGenerator random{seed};
    QByteArray yaml = "version: \"2.0\"\nstories:\n";
    for (int s = 0; s < count; ++s) {
        yaml += "- story: story_" + QByteArray::number(s) + "\n  steps:\n";
        const int turns = int(random.bounded(2, 7));
        for (int t = 0; t < turns; ++t) {
            yaml += "  - intent: intent_" + QByteArray::number(random.bounded(40)) + '\n';
            const int actions = int(random.bounded(1, 4));
            for (int a = 0; a < actions; ++a) {
                const int n = int(random.bounded(80));
                yaml += n < 60 ? "  - action: utter_" : "  - action: action_";
                yaml += QByteArray::number(n < 60 ? n : n - 60) + '\n';
            }
        }
    }
    return yaml;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size() && file.commit();
}

struct Project
{
    QString stories;
    QString domain;
};

std::optional<Project> generate(const QString &folder, int stories)
{
    Project project{QDir(folder).filePath(u"stories_%1.yml"_s.arg(stories)),
                    QDir(folder).filePath(u"domain.yml"_s)};
    QFile domain(QStringLiteral(COACH_TEST_DATA_DIR "/graph/synthetic_domain.yml"));
    if (!domain.open(QIODevice::ReadOnly) || !writeFile(project.domain, domain.readAll())
        || !writeFile(project.stories, storiesYaml(stories, 42))) {
        return std::nullopt;
    }
    return project;
}

struct Run
{
    int exitCode = -1;
    double wallMs = 0;
    double cpuMs = 0;
    double peakMb = 0;
};

//! Runs this program as `--command ARGS` and measures the child.
Run runChild(const QStringList &arguments)
{
    QList<QByteArray> bytes{QCoreApplication::applicationFilePath().toLocal8Bit(), "--command"};
    for (const QString &argument : arguments)
        bytes.append(argument.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &argument : bytes)
        argv.push_back(argument.data());
    argv.push_back(nullptr);
    Run run;
    QElapsedTimer timer;
    timer.start();
    pid_t pid = 0;
    if (posix_spawn(&pid, argv.front(), nullptr, nullptr, argv.data(), environ) != 0)
        return run;
    int status = 0;
    rusage usage{};
    if (wait4(pid, &status, 0, &usage) != pid)
        return run;
    run.wallMs = double(timer.nsecsElapsed()) / 1e6;
    run.exitCode = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    run.cpuMs = double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) * 1000
        + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000;
    run.peakMb = double(usage.ru_maxrss) / 1024; // kilobytes on Linux
    return run;
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

QString summary(const QList<double> &values, const char *unit)
{
    return u"median %1 %4 (%2–%3)"_s.arg(median(values), 0, 'f', 0)
        .arg(*std::min_element(values.begin(), values.end()), 0, 'f', 0)
        .arg(*std::max_element(values.begin(), values.end()), 0, 'f', 0)
        .arg(QLatin1StringView(unit));
}

qint64 cpuNowMs()
{
    timespec now{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &now);
    return qint64(now.tv_sec) * 1000 + now.tv_nsec / 1000000;
}

//! The command's stages one by one, in this process (CPU ms each).
void timeStages(const Project &project)
{
    qint64 last = cpuNowMs();
    const auto lap = [&last] {
        const qint64 now = cpuNowMs();
        return now - std::exchange(last, now);
    };
    const Domain domain = Domain::fromFile(project.domain).value();
    const StorySteps steps = readGraphStories({project.stories}, domain).value();
    const qint64 read = lap();
    GraphStrings strings;
    ExpansionOptions expansion;
    expansion.trackerLimit = 100;
    const ExpandedStories expanded = StoryExpander(strings, expansion).expand(steps).value();
    const qint64 expand = lap();
    QList<const GraphSequence *> sequences;
    for (const GraphSequence &sequence : expanded.sequences)
        sequences.append(&sequence);
    const StoryGraph graph = *GraphBuilder(strings).build(sequences, -1);
    const qint64 build = lap();
    const QByteArray json = GraphExport::toJsonText(graph);
    const qint64 write = lap();
    out() << u"stages (CPU): read %1 ms, expand %2 ms, build+merge %3 ms, JSON %4 ms "
             "(%5 KiB)\n"_s.arg(read)
                 .arg(expand)
                 .arg(build)
                 .arg(write)
                 .arg(json.size() / 1024);
}

int measure(int stories, int runs)
{
    QTemporaryDir folder;
    const std::optional<Project> project = generate(folder.path(), stories);
    if (!project) {
        out() << "cannot write the generated project\n";
        return 1;
    }
    const QString output = folder.filePath(u"graph.json"_s);
    const QStringList arguments{u"--stories"_s, project->stories, u"--domain"_s, project->domain,
                                u"--format"_s,  u"json"_s,        u"--output"_s, output};
    QList<double> wall, cpu, peak;
    for (int i = 0; i < runs; ++i) {
        const Run run = runChild(arguments);
        if (run.exitCode != 0) {
            out() << u"the command failed (exit code %1)\n"_s.arg(run.exitCode);
            return 1;
        }
        wall.append(run.wallMs);
        cpu.append(run.cpuMs);
        peak.append(run.peakMb);
    }
    out() << u"graph command, %1 stories (%2 KiB of YAML) → JSON (%3 KiB), %4 runs: wall %5, "
             "CPU %6, peak RSS %7\n"_s.arg(stories)
                 .arg(QFileInfo(project->stories).size() / 1024)
                 .arg(QFileInfo(output).size() / 1024)
                 .arg(runs)
                 .arg(summary(wall, "ms"), summary(cpu, "ms"), summary(peak, "MB"));
    out().flush();
    if (qEnvironmentVariableIsSet("BENCH_STAGES"))
        timeStages(*project);
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments().mid(1);
    if (arguments.value(0) == u"--command")
        return runGraphCommand(arguments.mid(1));
    if (arguments.value(0) == u"--generate") {
        const int stories = arguments.size() > 2 ? arguments.at(2).toInt() : 10000;
        QDir().mkpath(arguments.value(1));
        return generate(arguments.value(1), stories) ? 0 : 1;
    }
    const int stories = arguments.size() > 0 ? arguments.at(0).toInt() : 10000;
    const int runs = arguments.size() > 1 ? arguments.at(1).toInt() : 5;
    return measure(stories, runs);
}
