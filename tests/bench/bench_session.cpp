// bench_session: saving and opening a large session file.
//
// Target: a session with 100 conversations of 200 turns saves and opens in
// under 300 ms each. Prints the file size and the best of five runs for:
// render (JSON text), save (render + QSaveFile), open (read + validate +
// build the document). Run: build/tests/bench/bench_session [conversations turns]

#include "core/helpers/sessionfixtures.h"

#include "session/sessiondocument.h"
#include "session/sessionformat.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <functional>

using namespace Coach;

namespace {

qint64 bestOf(int runs, const std::function<void()> &work)
{
    qint64 best = std::numeric_limits<qint64>::max();
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        work();
        best = std::min(best, timer.elapsed());
    }
    return best;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int conversations = args.size() > 2 ? args.at(1).toInt() : 100;
    const int turns = args.size() > 2 ? args.at(2).toInt() : 200;

    auto document = SessionDocument::fromData(Fixtures::sessionData(conversations, turns));
    qsizetype events = 0;
    for (int i = 0; i < document->conversationCount(); ++i)
        events += document->conversation(i).events.size();
    QTemporaryDir dir;
    const QString file = dir.filePath(QStringLiteral("bench.coach"));

    QJsonObject tree;
    const qint64 build =
        bestOf(5, [&] { tree = SessionFormat::toJson(document->data(), dir.path()); });
    QByteArray text;
    const qint64 serialise =
        bestOf(5, [&] { text = QJsonDocument(tree).toJson(QJsonDocument::Compact); });
    const qint64 parse = bestOf(5, [&] { tree = QJsonDocument::fromJson(text).object(); });
    const qint64 validate = bestOf(5, [&] { (void)SessionFormat::fromJson(tree, dir.path()); });
    std::printf("build tree: %lld ms, serialise: %lld ms, parse: %lld ms, validate: %lld ms\n",
                static_cast<long long>(build), static_cast<long long>(serialise),
                static_cast<long long>(parse), static_cast<long long>(validate));
    const qint64 render =
        bestOf(5, [&] { (void)SessionFormat::render(document->data(), dir.path()); });
    // The first save of a document built in memory serialises every event;
    // afterwards the document keeps the events text and copies it.
    QElapsedTimer firstTimer;
    firstTimer.start();
    if (!document->saveAs(file))
        std::fprintf(stderr, "save failed\n");
    const qint64 firstSave = firstTimer.elapsed();
    const qint64 resave = bestOf(5, [&] {
        if (!document->saveAs(file))
            std::fprintf(stderr, "save failed\n");
    });
    std::unique_ptr<SessionDocument> opened;
    const qint64 open = bestOf(5, [&] {
        Result<std::unique_ptr<SessionDocument>> result = SessionDocument::open(file);
        if (!result || result.value()->conversationCount() != conversations)
            std::fprintf(stderr, "open failed\n");
        else
            opened = std::move(result).value();
    });
    const qint64 firstConversation = bestOf(1, [&] { (void)opened->conversation(0); });
    const qint64 save = bestOf(5, [&] {
        if (!opened->saveAs(file))
            std::fprintf(stderr, "save failed\n");
    });
    const qint64 loadAll = bestOf(1, [&] { (void)opened->data(); });
    std::printf("session: %d conversations x %d turns = %lld events, file %.1f MB\n", conversations,
                turns, static_cast<long long>(events),
                double(QFileInfo(file).size()) / (1024.0 * 1024.0));
    const auto ms = [](qint64 value) { return static_cast<long long>(value); };
    std::printf("full render (every event serialised): %lld ms\n", ms(render));
    std::printf("first save of a document built in memory: %lld ms\n", ms(firstSave));
    std::printf("save again after changes: %lld ms\n", ms(resave));
    std::printf("open: %lld ms (target < 300)\n", ms(open));
    std::printf("save of the opened session: %lld ms (target < 300)\n", ms(save));
    std::printf("first access to a conversation: %lld ms; all conversations: %lld ms\n",
                ms(firstConversation), ms(loadAll));
    if (args.size() > 3) // keep a copy of the file for inspection
        QFile::copy(file, args.at(3));
    return save < 300 && open < 300 ? 0 : 1;
}
