#include "inbox/inboxindex.h"
#include "inbox/nluinbox.h"

#include "testsupport/testdata.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Coach;
using namespace Qt::StringLiterals;

// The NLU inbox: typed messages whose text the project does not have,
// grouped by text, least confident first.
class TestNluInbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void groupsUnknownTypedTexts();
    void readsTheProjectsExamples();

private:
    static void add(InboxIndex &index, qint64 id, const QString &sender, const QString &text,
                    const QString &intent, std::optional<double> confidence);
};

void TestNluInbox::add(InboxIndex &index, qint64 id, const QString &sender, const QString &text,
                       const QString &intent, std::optional<double> confidence)
{
    EventRow row;
    row.id = id;
    row.senderId = sender;
    row.typeName = u"user"_s;
    row.timestamp = 1000.0 + id;
    row.intentName = intent;
    InboxIndex::UserData data;
    data.text = text;
    data.folded = text.toCaseFolded();
    data.confidence = confidence;
    index.addRow(row, data);
}

void TestNluInbox::groupsUnknownTypedTexts()
{
    InboxIndex index;
    add(index, 1, u"a"_s, u"hello there"_s, u"greet"_s, 0.9);
    add(index, 2, u"b"_s, u"  hello there "_s, u"goodbye"_s, 0.4); // the same text, predicted later
    add(index, 3, u"b"_s, u"known already"_s, u"greet"_s, 0.1);
    add(index, 4, u"c"_s, u"/restart"_s, u"restart"_s, 1.0);
    add(index, 5, u"c"_s, u"EXTERNAL: greet"_s, u"greet"_s, std::nullopt);
    add(index, 6, u"c"_s, u"I am sad"_s, u"bot_challenge"_s, 0.28);
    add(index, 7, u"d"_s, u"Grüße"_s, u"greet"_s, 0.4);
    add(index, 8, u"d"_s, QString(), u"greet"_s, 0.2);
    const QList<NluInboxItem> items = NluInbox::build(index, {u"known already"_s});
    QCOMPARE(items.size(), 3);
    QCOMPARE(items.at(0).text, u"I am sad"_s);
    QCOMPARE(items.at(1).text, u"hello there"_s); // 0.4, twice: before Grüße (0.4, once)
    QCOMPARE(items.at(1).count, 2);
    QCOMPARE(items.at(1).intent, u"goodbye"_s);
    QCOMPARE(items.at(1).messageId, 2);
    QCOMPARE(items.at(1).senderId, u"b"_s);
    QCOMPARE(items.at(2).text, u"Grüße"_s);
}

void TestNluInbox::readsTheProjectsExamples()
{
    QTemporaryDir dir;
    QVERIFY(QDir(dir.path()).mkpath(u"data/more"_s));
    const auto write = [&dir](const QString &name, const QByteArray &content) {
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(content);
    };
    write(u"data/nlu.yml"_s,
          "version: \"3.1\"\nnlu:\n- intent: greet\n  examples: |\n    - hey\n    - hello "
          "[Ada](name)\n");
    write(u"data/stories.yml"_s,
          "version: \"3.1\"\nstories:\n- story: s\n  steps:\n  - intent: greet\n");
    write(u"data/more/old.md"_s, "## intent:deny\n- no way\n");
    const Result<QSet<QString>> texts = NluInbox::projectTexts(dir.path());
    QVERIFY2(texts, qPrintable(texts.error().toString()));
    QCOMPARE(*texts, (QSet<QString>{u"hey"_s, u"hello Ada"_s, u"no way"_s}));
    write(u"data/broken.yml"_s, "version: \"3.1\"\nnlu:\n- intent: x\n  examples: {a: b}\n");
    const Result<QSet<QString>> broken = NluInbox::projectTexts(dir.path());
    QVERIFY(!broken);
    QVERIFY(broken.error().toString().contains(u"broken.yml"_s));
}

QTEST_GUILESS_MAIN(TestNluInbox)
#include "tst_nluinbox.moc"
