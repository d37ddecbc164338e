// bench_replay: `rasa-coach replay` of 1,000 annotated turns against the
// fake-rasa program, and in the same run a minimal raw client (plain
// QNetworkAccessManager, nothing parsed) sending exactly the same requests,
// in the same order per conversation and with the same concurrency.
//
// Target: the replay's wall time is within 1.2x of the raw client's.
// Each run starts a fresh fake-rasa process for each client; the two
// clients take turns, and the median of the runs is compared.
// Run: build-rel/tests/bench/bench_replay [turns] [runs]   (default 1000 5)

#include "cli/replaycommand.h"
#include "core/helpers/replayfixtures.h"
#include "replay/replayer.h"
#include "replay/replayplanner.h"

#include "fakerasa/fakerasaserver.h"
#include "rasa/rasaclient.h"
#include "session/sessionformat.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <sys/resource.h>

using namespace Coach;
using namespace Qt::StringLiterals;

namespace {

const QString Bot = QStringLiteral(COACH_SOURCE_DIR "/resources/examples/moodbot");

//! One conversation's requests, in the order they have to be sent.
using RequestGroup = QList<FakeRasa::RecordedRequest>;

//! Annotates moodbot conversations of ten turns until `turns` turns exist.
bool annotate(int turns, const QString &file)
{
    FakeRasa::FakeRasaServer server;
    if (!server.loadBot(Bot) || server.listen() == 0)
        return false;
    Testing::ScriptedAnnotator annotator;
    annotator.serverUrl = server.url();
    if (!annotator.connect())
        return false;
    const QStringList script{u"hello"_s, u"I am sad"_s, u"yes"_s, u"I am great"_s,  u"bye"_s,
                             u"hi"_s,    u"I am sad"_s, u"no"_s,  u"hello there"_s, u"goodbye"_s};
    for (int turn = 0; turn < turns; ++turn) {
        if (turn > 0 && turn % script.size() == 0) {
            if (!annotator.session->newConversation()
                || !annotator.reach(InteractiveSession::State::AwaitingUserMessage))
                return false;
        }
        if (!Testing::talk(annotator, script.at(turn % script.size()))) {
            std::fprintf(stderr, "annotating: %s\n", qPrintable(annotator.why));
            return false;
        }
    }
    return bool(annotator.document->saveAs(file));
}

//! The replay's requests, one group per scratch conversation: recorded by
//! an in-process server while one part at a time is replayed.
QList<RequestGroup> captureRequests(const QString &file)
{
    FakeRasa::FakeRasaServer server;
    if (!server.loadBot(Bot) || server.listen() == 0)
        return {};
    Result<SessionData> data = SessionFormat::readFile(file);
    RasaClient client(server.url());
    Replayer replayer(&client);
    replayer.setMaxInFlight(1);
    QEventLoop loop;
    QObject::connect(&replayer, &Replayer::finished, &loop, &QEventLoop::quit);
    QObject::connect(&replayer, &Replayer::failed, &loop, &QEventLoop::quit);
    replayer.start({ReplayPlanner::session(file, data.value())});
    loop.exec();
    QList<RequestGroup> groups{{}};
    for (const FakeRasa::RecordedRequest &request : server.requests()) {
        groups.last().append(request);
        // A part ends with the restart of its scratch conversation.
        if (request.body == R"({"event":"restart"})")
            groups.append(RequestGroup());
    }
    groups.removeLast();
    return groups;
}

//! A fake-rasa program on a free port; stops when destroyed.
class FakeRasaProcess
{
public:
    FakeRasaProcess()
    {
        m_process.start(QStringLiteral(COACH_FAKE_RASA), {u"--bot"_s, Bot, u"--port"_s, u"0"_s});
        QElapsedTimer timer;
        timer.start();
        static const QRegularExpression listening(u"listening on (http://\\S+)"_s);
        while (timer.elapsed() < 20000 && m_url.isEmpty() && m_process.waitForReadyRead(1000)) {
            const auto match =
                listening.match(QString::fromUtf8(m_process.readAllStandardOutput()));
            if (match.hasMatch())
                m_url = QUrl(match.captured(1));
        }
    }
    ~FakeRasaProcess()
    {
        m_process.terminate();
        m_process.waitForFinished(5000);
    }
    FakeRasaProcess(const FakeRasaProcess &) = delete;
    FakeRasaProcess &operator=(const FakeRasaProcess &) = delete;

    QUrl url() const { return m_url; }

private:
    QProcess m_process;
    QUrl m_url;
};

//! Sends every group's requests in order, `jobs` groups at a time, reading
//! each answer whole and parsing nothing. Milliseconds, or -1 on an error.
qint64 rawClient(const QUrl &base, const QList<RequestGroup> &groups, int jobs)
{
    QNetworkAccessManager network;
    QEventLoop loop;
    int nextGroup = 0;
    int running = 0;
    bool failed = false;
    std::function<void(int, int)> send = [&](int group, int index) {
        if (index == groups.at(group).size()) {
            --running;
            if (nextGroup < groups.size()) {
                ++running;
                send(nextGroup++, 0);
            } else if (running == 0) {
                loop.quit();
            }
            return;
        }
        const FakeRasa::RecordedRequest &recorded = groups.at(group).at(index);
        QUrl url = base;
        url.setPath(recorded.path);
        url.setQuery(recorded.query);
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/json"_ba);
        QNetworkReply *reply = recorded.method == u"GET"_s ? network.get(request)
                                                           : network.post(request, recorded.body);
        QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply, group, index] {
            failed = failed || reply->error() != QNetworkReply::NoError;
            reply->readAll();
            reply->deleteLater();
            send(group, index + 1);
        });
    };
    QElapsedTimer timer;
    timer.start();
    for (; nextGroup < std::min(jobs, int(groups.size())); ++nextGroup) {
        ++running;
        send(nextGroup, 0);
    }
    loop.exec();
    return failed ? -1 : timer.elapsed();
}

//! The whole `rasa-coach replay` command, in this process. Milliseconds.
qint64 replayCommand(const QUrl &server, const QString &file, int jobs)
{
    QElapsedTimer timer;
    timer.start();
    const int code = runReplayCommand(
        {file, u"--server"_s, server.toString(), u"--jobs"_s, QString::number(jobs)});
    return code == 0 || code == 1 ? timer.elapsed() : -1;
}

//! CPU time this process has used (user + system), in milliseconds.
qint64 cpuMilliseconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return (qint64(usage.ru_utime.tv_sec) + usage.ru_stime.tv_sec) * 1000
        + (usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1000;
}

qint64 median(QList<qint64> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int turns = args.size() > 1 ? args.at(1).toInt() : 1000;
    const int runs = args.size() > 2 ? args.at(2).toInt() : 5;
    const int jobs = 4;
    QTemporaryDir dir;
    const QString file = dir.filePath(u"bench.coach"_s);
    if (!annotate(turns, file))
        return 2;
    const QList<RequestGroup> groups = captureRequests(file);
    qsizetype requests = 0;
    for (const RequestGroup &group : groups)
        requests += group.size();
    std::printf("%d turns, %lld conversations, %lld requests, %d at a time\n", turns,
                static_cast<long long>(groups.size()), static_cast<long long>(requests), jobs);

    QList<qint64> replayTimes;
    QList<qint64> rawTimes;
    QList<qint64> replayCpu;
    QList<qint64> rawCpu;
    for (int run = 0; run < runs; ++run) {
        for (int side = 0; side < 2; ++side) {
            const FakeRasaProcess server;
            const bool replayFirst = run % 2 == 0;
            const bool replaySide = (side == 0) == replayFirst;
            const qint64 cpuBefore = cpuMilliseconds();
            const qint64 ms = replaySide ? replayCommand(server.url(), file, jobs)
                                         : rawClient(server.url(), groups, jobs);
            (replaySide ? replayCpu : rawCpu).append(cpuMilliseconds() - cpuBefore);
            if (ms < 0 || server.url().isEmpty()) {
                std::fprintf(stderr, "run %d failed\n", run);
                return 2;
            }
            (replaySide ? replayTimes : rawTimes).append(ms);
        }
        std::printf(
            "run %d: replay %lld ms (client CPU %lld ms), raw client %lld ms (CPU %lld ms)\n",
            run + 1, static_cast<long long>(replayTimes.last()),
            static_cast<long long>(replayCpu.last()), static_cast<long long>(rawTimes.last()),
            static_cast<long long>(rawCpu.last()));
    }
    const double ratio = double(median(replayTimes)) / double(median(rawTimes));
    std::printf("median: replay %lld ms, raw client %lld ms, ratio %.2f (target <= 1.20): %s\n",
                static_cast<long long>(median(replayTimes)),
                static_cast<long long>(median(rawTimes)), ratio, ratio <= 1.2 ? "PASS" : "FAIL");
    return ratio <= 1.2 ? 0 : 1;
}
