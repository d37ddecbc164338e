// bench_inbox: the inbox over a PostgreSQL tracker store of 20,000
// conversations (~1,000,000 events) written as Rasa writes them.
//
// Targets (issue 19): the inbox's first page and every `rasa-coach inbox`
// filter under 1 s, opening a 500-turn conversation under 100 ms; beside
// them the naive way, Rasa's own SQLTrackerStore.retrieve per conversation.
//
//   bench_inbox [--conversations N] [--rasa-coach PATH] [--python VENV_PYTHON]
//               [--naive-sample N] [--runs N]
//
// Needs COACH_TEST_POSTGRES_URL (scripts/postgres.sh run …, or a server of
// your own: the superuser URL). The store is generated once per size into
// the database coach_bench_inbox_<N> and reused. CLI runs are whole
// processes (what a script pays), with the app's cache warm; the cold first
// run is reported too.

#include "inbox/inboxfilter.h"
#include "inbox/inboxservice.h"
#include "inbox/inboxsource.h"

#include "testsupport/testdatabase.h"
#include "testsupport/trackerstoregenerator.h"
#include "testsupport/trackerstorewriter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#ifdef COACH_BENCH_WITH_UI // builds without the UI (sanitizer stage) leave the table out
#include "inboxmodel.h"

#include <QApplication>
#include <QScrollBar>
#include <QTableView>
using BenchApplication = QApplication;
#else
using BenchApplication = QCoreApplication;
#endif

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace Coach;
using namespace Coach::TestSupport;
using namespace Qt::StringLiterals;

namespace {

struct Timing
{
    qint64 median = 0;
    qint64 worst = 0;
};

Timing measure(int runs, const std::function<void()> &work)
{
    QList<qint64> times;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        times.append(timer.elapsed());
    }
    std::sort(times.begin(), times.end());
    return {times.at(times.size() / 2), times.last()};
}

void row(const QString &what, const QString &value)
{
    std::printf("| %s | %s |\n", qPrintable(what), qPrintable(value));
    std::fflush(stdout);
}

QString ms(const Timing &timing)
{
    return u"%1 ms (worst %2)"_s.arg(timing.median).arg(timing.worst);
}

//! The benchmark's database: made once per size, reused after.
Result<TrackerStoreAddress> prepareStore(int conversations)
{
    Result<TrackerStoreAddress> server = TestDatabase::serverAddress();
    if (!server)
        return server;
    TrackerStoreAddress store = *server;
    store.database = u"coach_bench_inbox_%1"_s.arg(conversations);
    QSqlDatabase admin = QSqlDatabase::addDatabase(u"QPSQL"_s, u"bench-admin"_s);
    admin.setHostName(server->host);
    admin.setPort(server->port);
    admin.setUserName(server->user);
    admin.setDatabaseName(server->database);
    if (!admin.open())
        return makeError(admin.lastError().text());
    QSqlQuery query(admin);
    query.exec(u"SELECT 1 FROM pg_database WHERE datname = '%1'"_s.arg(store.database));
    if (query.next())
        return store;
    if (!query.exec(u"CREATE DATABASE %1"_s.arg(store.database)))
        return makeError(query.lastError().text());
    QSqlDatabase writer = QSqlDatabase::addDatabase(u"QPSQL"_s, u"bench-writer"_s);
    writer.setHostName(store.host);
    writer.setPort(store.port);
    writer.setUserName(store.user);
    writer.setDatabaseName(store.database);
    if (!writer.open())
        return makeError(writer.lastError().text());
    TrackerStoreGenerator::Options options;
    options.conversations = conversations;
    options.meanTurns = 10;
    options.longConversationTurns = 500;
    options.keepTruth = false;
    TrackerStoreGenerator generator(options);
    QElapsedTimer timer;
    timer.start();
    if (Status status = TrackerStoreWriter(writer).write(generator); !status) {
        query.exec(u"DROP DATABASE %1 WITH (FORCE)"_s.arg(store.database));
        return status.error();
    }
    QSqlQuery(writer).exec(u"VACUUM ANALYZE events"_s);
    row(u"generate and insert the store"_s,
        u"%1 rows in %2 s"_s.arg(generator.rowCount()).arg(timer.elapsed() / 1000));
    return store;
}

void benchIndex(const TrackerStoreAddress &store, const QString &cacheFile, int runs)
{
    qint64 rows = 0, conversations = 0;
    const Timing cold = measure(1, [&] {
        InboxSource source;
        if (source.open(store) && source.refresh()) {
            rows = source.index().rowCount();
            conversations = source.index().conversations().size();
        }
    });
    row(u"index the store, cold (%1 rows, %2 conversations; no cache)"_s.arg(rows).arg(
            conversations),
        ms(cold));
    {
        InboxSource source;
        if (!source.open(store, {}, cacheFile) || !source.refresh())
            row(u"writing the cache"_s, u"FAILED"_s);
    }
    const Timing page = measure(runs, [&] {
        InboxSource source;
        if (!source.open(store, {}, cacheFile) || !source.refresh())
            return;
        const QList<int> order = InboxQuery::run(source.index(), InboxFilter());
        qint64 turns = 0;
        for (int i : order.mid(0, 100))
            turns += source.index().conversations().at(i).userTurns;
        Q_UNUSED(turns)
    });
    row(u"inbox first page (connect, load cache, check for new rows, sort, 100 rows)"_s, ms(page));
    InboxSource source;
    if (!source.open(store)) {
        row(u"opening the store"_s, u"FAILED"_s);
        return;
    }
    qsizetype events = 0;
    const Timing open = measure(runs, [&] {
        events = source.reader().readConversation(u"long-conversation"_s).valueOr({}).events.size();
    });
    row(u"open a 500-turn conversation (%1 events, parsed)"_s.arg(events), ms(open));
    const Timing tail = measure(runs, [&] {
        events = source.reader()
                     .readConversation(u"long-conversation"_s, 0, 200)
                     .valueOr({})
                     .events.size();
    });
    row(u"its last 200 events (what is shown at once)"_s, ms(tail));
}

#ifdef COACH_BENCH_WITH_UI
//! The inbox table over every conversation: sorting into the model, then
//! scrolling from top to bottom a screen at a time, each step painted.
void benchScrolling(const TrackerStoreAddress &store)
{
    InboxSource source;
    if (!source.open(store) || !source.refresh())
        return;
    const auto index = std::make_shared<const InboxIndex>(source.index());
    InboxModel model;
    QTableView view;
    view.resize(1280, 800);
    view.setModel(&model);
    view.show();
    const Timing load = measure(3, [&] { model.setIndex(index); });
    row(u"inbox table: sort %1 conversations into the model"_s.arg(model.matchCount()), ms(load));
    QScrollBar *bar = view.verticalScrollBar();
    QList<qint64> steps;
    int guard = 0;
    while (guard++ < 100000) {
        QElapsedTimer timer;
        timer.start();
        bar->setValue(bar->value() + bar->pageStep());
        view.viewport()->repaint();
        QCoreApplication::processEvents(); // fetchMore runs here when the end is near
        steps.append(timer.elapsed());
        if (bar->value() >= bar->maximum() && !model.canFetchMore({}))
            break;
    }
    std::sort(steps.begin(), steps.end());
    row(u"inbox table: scroll all %1 rows a screen at a time (%2 steps, painted)"_s
            .arg(model.rowCount())
            .arg(steps.size()),
        u"median %1 ms, slowest %2 ms per step"_s.arg(steps.at(steps.size() / 2))
            .arg(steps.last()));
}
#endif

void benchCommand(const TrackerStoreAddress &store, const QString &program, int runs)
{
    QTemporaryDir cacheHome;
    const auto inbox = [&](const QStringList &flags) {
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(u"XDG_CACHE_HOME"_s, cacheHome.path());
        process.setProcessEnvironment(environment);
        process.start(program,
                      QStringList{u"inbox"_s, u"--tracker-store"_s, store.displayName()} + flags);
        process.waitForFinished(600000);
        if (process.exitCode() != 0)
            std::fprintf(stderr, "bench_inbox: %s\n", process.readAllStandardError().constData());
        return QJsonDocument::fromJson(process.readAllStandardOutput())
            .object()
            .value("total"_L1)
            .toInt();
    };
    const QStringList json{u"--format"_s, u"json"_s};
    row(u"`rasa-coach inbox --format json`, first run (builds the cache)"_s,
        ms(measure(1, [&] { inbox(json); })));
    const QList<QStringList> filters{
        {},
        {u"--intent"_s, u"greet"_s},
        {u"--intent"_s, u"bot_challenge"_s, u"--intent"_s, u"nlu_fallback"_s},
        {u"--action"_s, u"utter_cheer_up"_s},
        {u"--below"_s, u"0.4"_s},
        {u"--since"_s, u"2024-05-20"_s},
        {u"--until"_s, u"2024-05-25T12:00:00Z"_s},
        {u"--min-turns"_s, u"15"_s},
        {u"--text"_s, u"zürich"_s},
        {u"--text"_s, u"50%_"_s},
        {u"--intent"_s, u"greet"_s, u"--action"_s, u"utter_happy"_s, u"--below"_s, u"0.8"_s,
         u"--since"_s, u"2024-05-10"_s, u"--min-turns"_s, u"5"_s, u"--text"_s, u"e"_s},
        {u"--limit"_s, u"50"_s},
    };
    for (const QStringList &flags : filters) {
        int total = 0;
        const Timing timing = measure(runs, [&] { total = inbox(flags + json); });
        row(u"`rasa-coach inbox %1` (%2 matches)"_s.arg(flags.join(u' ')).arg(total), ms(timing));
    }
    row(u"`rasa-coach inbox --format csv`"_s, ms(measure(runs, [&] {
            inbox({u"--format"_s, u"csv"_s});
        })));
}

void benchNaive(const TrackerStoreAddress &store, const QString &python, int sample)
{
    QProcess process;
    process.start(python,
                  {QStringLiteral(COACH_SOURCE_DIR "/tests/bench/naive_retrieve.py"), u"--host"_s,
                   store.host, u"--port"_s, QString::number(store.port), u"--db"_s, store.database,
                   u"--user"_s, store.user, u"--sample"_s, QString::number(sample)});
    process.waitForFinished(-1);
    const QJsonObject result =
        QJsonDocument::fromJson(process.readAllStandardOutput().trimmed().split('\n').last())
            .object();
    if (result.isEmpty()) {
        std::fprintf(stderr, "bench_inbox: naive_retrieve.py: %s\n",
                     process.readAllStandardError().constData());
        return;
    }
    row(u"naive: Rasa's SQLTrackerStore.retrieve of the 500-turn conversation (%1 events)"_s.arg(
            result.value("long_conversation_events"_L1).toInt()),
        u"%1 ms"_s.arg(result.value("long_conversation_ms"_L1).toInt()));
    row(u"naive: list the inbox by keys() + retrieve per conversation (%1 of %2 retrieved)"_s
            .arg(result.value("retrieved"_L1).toInt())
            .arg(result.value("conversations"_L1).toInt()),
        u"%1 ms (all: ≈ %2 s)"_s.arg(result.value("listing_ms"_L1).toInt())
            .arg(result.value("listing_all_ms_estimate"_L1).toInt() / 1000));
}

} // namespace

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", qEnvironmentVariable("QT_QPA_PLATFORM", u"offscreen"_s).toUtf8());
    BenchApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions({{u"conversations"_s, u"Conversations in the store."_s, u"N"_s, u"20000"_s},
                       {u"rasa-coach"_s, u"The rasa-coach program for the CLI runs."_s, u"path"_s},
                       {u"python"_s, u"A Rasa venv's python for the naive way."_s, u"path"_s},
                       {u"naive-sample"_s, u"Conversations the naive way retrieves (0: all)."_s,
                        u"N"_s, u"1000"_s},
                       {u"runs"_s, u"Runs per measurement."_s, u"N"_s, u"5"_s}});
    parser.process(app);
    const int runs = parser.value(u"runs"_s).toInt();
    Result<TrackerStoreAddress> store = prepareStore(parser.value(u"conversations"_s).toInt());
    if (!store) {
        std::fprintf(stderr, "bench_inbox: %s\n", qPrintable(store.error().toString()));
        return 1;
    }
    std::printf("| what | measured |\n| --- | --- |\n");
    QTemporaryDir cache;
    benchIndex(*store, cache.filePath(u"bench.index"_s), runs);
#ifdef COACH_BENCH_WITH_UI
    benchScrolling(*store);
#endif
    if (parser.isSet(u"rasa-coach"_s))
        benchCommand(*store, parser.value(u"rasa-coach"_s), runs);
    if (parser.isSet(u"python"_s))
        benchNaive(*store, parser.value(u"python"_s), parser.value(u"naive-sample"_s).toInt());
    return 0;
}
