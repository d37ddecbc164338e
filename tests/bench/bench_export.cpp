// Export speed: 10,000 conversations of 20 turns each (user messages with
// entities, slots, actions, bot utterances) to new stories, NLU and domain
// files. Target: under 1 s from the start of prepare() to the last file
// written (wall time, Release build; the export uses every core). CPU time of
// the process is printed beside it: the build machine is shared, and CPU time
// shows what a single core would need.
//
//     bench_export [conversations] [turns]
//     BENCH_STAGES=1   also time the stages of prepare() one by one
//     BENCH_REPEAT=n   run prepare() n times (for profilers)

#include "export/domainexporter.h"
#include "export/exporter.h"
#include "export/nluexporter.h"
#include "export/nluwriter.h"
#include "export/storybuilder.h"
#include "export/yamlstorywriter.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <ctime>

using namespace Coach;
using namespace Qt::StringLiterals;

namespace {

struct Turn
{
    QString intent;
    QString action;
    QString slot;
};

const QList<Turn> &turns()
{
    static const QList<Turn> list{
        {u"greet"_s, u"utter_greet"_s, {}},
        {u"book_table"_s, u"restaurant_form"_s, u"city"_s},
        {u"inform"_s, u"action_check_availability"_s, u"people"_s},
        {u"affirm"_s, u"utter_confirm"_s, {}},
        {u"ask_price"_s, u"action_price"_s, u"price"_s},
    };
    return list;
}

Event userEvent(int conversation, int turn, const QString &intent)
{
    const QString city = turn % 2 ? u"Berlin"_s : u"Paris"_s;
    const QString text =
        u"%1 for %2 people in %3"_s.arg(intent).arg(conversation % 97 + turn).arg(city);
    const int start = int(text.size() - city.size());
    QJsonObject entity = Entity::onSpan(u"city"_s, city, start, int(text.size()),
                                        turn % 3 ? QString() : u"destination"_s)
                             .toJson();
    entity.insert("extractor"_L1, u"DIETClassifier"_s);
    entity.insert("confidence_entity"_L1, 0.97);
    ParseData parseData = ParseData::corrected(text, intent, {Entity(entity)});
    parseData.setIntentRanking({{intent, 0.95, {}}});
    return Event::user(text, parseData, 1700000000.0 + turn, u"rest"_s);
}

EventList conversation(int index, int turnCount)
{
    EventList events{Event::action(u"action_session_start"_s), Event::sessionStarted(),
                     Event::actionListen()};
    for (int turn = 0; turn < turnCount; ++turn) {
        const Turn &kind = turns().at(turn % turns().size());
        events.append(userEvent(index, turn, kind.intent));
        if (!kind.slot.isEmpty())
            events.append(Event::slot(
                kind.slot, kind.slot == "price"_L1 ? QJsonValue(12.5) : QJsonValue(turn)));
        events.append(Event::action(kind.action, u"TEDPolicy"_s, 0.9));
        events.append(Event::bot(u"Reply to turn %1"_s.arg(turn)));
        events.append(Event::actionListen());
    }
    return events;
}

//! CPU time of this process in ms: the machine may be shared, so wall
//! time alone would measure the neighbours too.
qint64 cpuMs()
{
    timespec time{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time);
    return qint64(time.tv_sec) * 1000 + time.tv_nsec / 1000000;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    const int conversations = arguments.size() > 1 ? arguments.at(1).toInt() : 10000;
    const int turnCount = arguments.size() > 2 ? arguments.at(2).toInt() : 20;
    QTextStream out(stdout);

    QElapsedTimer timer;
    timer.start();
    QTemporaryDir dir;
    ExportInput input;
    for (int i = 0; i < conversations; ++i)
        input.conversations.append(ExportConversation{u"c%1"_s.arg(i), conversation(i, turnCount)});
    input.domain = Domain::fromYaml("version: \"3.1\"\nslots:\n  price: {type: float}\n").value();
    input.newResponses = {{u"utter_confirm"_s, QJsonArray{QJsonObject{{u"text"_s, u"Done."_s}}}}};
    input.options.storiesPath = dir.filePath(u"data/stories.yml"_s);
    input.options.nluPath = dir.filePath(u"data/nlu.yml"_s);
    input.options.domainPath = dir.filePath(u"domain.yml"_s);
    const qint64 generated = timer.restart();

    if (qEnvironmentVariableIsSet("BENCH_STAGES")) {
        // The stages of prepare() one by one (CPU ms), to see where time goes.
        qint64 last = cpuMs();
        const auto lap = [&last]() {
            const qint64 now = cpuMs();
            return now - std::exchange(last, now);
        };
        const QList<ConversationParts> parts = StoryBuilder::parts(input.conversations);
        const qint64 split = lap();
        const StorySteps steps = StoryBuilder::build(parts);
        const qint64 built = lap();
        const QString storiesText = YamlStoryWriter(StoryWriterOptions()).render(steps);
        const qint64 rendered = lap();
        QList<TrainingExample> examples;
        for (const ExportConversation &conversation : std::as_const(input.conversations))
            examples += NluData::collect(conversation.events);
        const qint64 collected = lap();
        const QByteArray nluText =
            NluExporter::merge(std::nullopt, u"nlu.yml"_s, examples).value().content;
        const qint64 nluRendered = lap();
        const DomainAdditions additions =
            DomainExporter::collect(parts, examples, input.domain, input.newResponses);
        const qint64 domainCollected = lap();
        out << "stages (CPU ms): applied parts " << split << ", story steps " << built
            << ", render stories " << rendered << ", collect NLU " << collected << ", render NLU "
            << nluRendered << ", collect domain " << domainCollected << " (" << storiesText.size()
            << " characters of stories, " << nluText.size() << " bytes of NLU, "
            << additions.intents.size() << " intents)" << Qt::endl;
    }

    qint64 cpu = cpuMs();
    timer.restart();
    Result<ExportPreview> preview = Exporter::prepare(input);
    for (int i = 1; i < qEnvironmentVariableIntValue("BENCH_REPEAT"); ++i) // for profilers
        preview = Exporter::prepare(input);
    const qint64 prepared = timer.restart();
    const qint64 preparedCpu = cpuMs() - cpu;
    cpu = cpuMs();
    if (!preview) {
        out << "prepare failed: " << preview.error().toString() << Qt::endl;
        return 1;
    }
    Status written = Exporter::write(*preview);
    const qint64 wrote = timer.restart();
    const qint64 wroteCpu = cpuMs() - cpu;
    if (!written) {
        out << "write failed: " << written.error().toString() << Qt::endl;
        return 1;
    }
    qint64 bytes = 0;
    QCryptographicHash checksum(QCryptographicHash::Sha1); // equal runs must write equal files
    for (const FileChange &file : preview->files) {
        bytes += file.newContent.size();
        checksum.addData(file.newContent);
    }
    const QString diff = preview->files.first().diff();
    const qint64 diffed = timer.restart();

    out << conversations << " conversations x " << turnCount << " turns ("
        << conversations * (3 + turnCount * 5) << " events), " << bytes / 1024
        << " KiB written, sha1 " << checksum.result().toHex().left(12) << "\n";
    out << "  generate input: " << generated << " ms\n";
    out << "  prepare (render stories, NLU, domain): " << prepared << " ms wall, " << preparedCpu
        << " ms CPU\n";
    out << "  write (QSaveFile): " << wrote << " ms wall, " << wroteCpu << " ms CPU\n";
    out << "  export total: " << prepared + wrote << " ms wall (target < 1000 ms, "
        << QThread::idealThreadCount() << " cores), " << preparedCpu + wroteCpu << " ms CPU\n";
    out << "  preview diff of the stories file (" << diff.size() / 1024 << " KiB): " << diffed
        << " ms\n";
    return prepared + wrote < 1000 ? 0 : 2;
}
