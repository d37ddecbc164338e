#include "export/yamltexteditor.h"
#include "model/yamlreader.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Coach;
using namespace Qt::StringLiterals;

class TestYamlTextEditor : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void outlinesSections();
    void appendsToSequences_data();
    void appendsToSequences();
    void appendsToMappings_data();
    void appendsToMappings();
    void insertsAfterBlockScalars();
    void keepsCrlf();
    void refusesEditsThatBreakTheFile();
    void refusesFilesItCannotEdit_data();
    void refusesFilesItCannotEdit();
};

void TestYamlTextEditor::outlinesSections()
{
    const QByteArray text =
        "version: \"3.1\"\n# about nlu\nnlu:\n- intent: greet\n  examples: |\n    - hi\n"
        "    # still an example\n\n  # a comment\n- intent: bye\n  examples: |-\n    - bye\n"
        "\n# rules below\nrules: []\n";
    Result<YamlTextEditor> editor = YamlTextEditor::open(text);
    QVERIFY2(editor.isOk(), qPrintable(editor.error().toString()));
    QCOMPARE(editor->sections().size(), 3);
    const YamlTextEditor::Node *nlu = editor->section(u"nlu"_s);
    QVERIFY(nlu);
    QCOMPARE(nlu->line, 2);
    QCOMPARE(nlu->endLine, 11); // the column-0 comment belongs to "rules"
    QCOMPARE(nlu->style, YamlTextEditor::Style::BlockSequence);
    QCOMPARE(nlu->indent, 0);
    QCOMPARE(nlu->children.size(), 2);
    const YamlTextEditor::Node &examples = nlu->children.first().children.at(1);
    QCOMPARE(examples.key, u"examples"_s);
    QCOMPARE(examples.style, YamlTextEditor::Style::BlockScalar);
    QCOMPARE(examples.indent, 4);
    QCOMPARE(examples.endLine, 6); // "# still an example" is text of the block
    QCOMPARE(examples.value.toString(), u"- hi\n# still an example\n"_s);
    QCOMPARE(editor->section(u"rules"_s)->style, YamlTextEditor::Style::FlowSequence);
    QCOMPARE(editor->childIndent(u"nlu"_s, 7), 0);
    QCOMPARE(editor->childIndent(u"rules"_s, 7), 7);
}

void TestYamlTextEditor::appendsToSequences_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("indentless") << QByteArray("intents:\n- a\n\nactions:\n- x\n")
                                << QByteArray("intents:\n- a\n- new\n\nactions:\n- x\n");
    QTest::newRow("indented, trailing comment")
        << QByteArray("intents:\n  - a\n  # keep\n# next\nb: 1\n")
        << QByteArray("intents:\n  - a\n  # keep\n  - new\n# next\nb: 1\n");
    QTest::newRow("empty key") << QByteArray("intents:\nb: 1\n")
                               << QByteArray("intents:\n- new\nb: 1\n");
    QTest::newRow("explicit null") << QByteArray("intents: null # none yet\nb: 1\n")
                                   << QByteArray("intents:  # none yet\n- new\nb: 1\n");
    QTest::newRow("flow") << QByteArray("intents: [a, {b: {use_entities: []}}]\n")
                          << QByteArray("intents: [a, {b: {use_entities: []}}, new]\n");
    QTest::newRow("multi-line flow") << QByteArray("intents: [\n  a,\n  'b]'\n]\n")
                                     << QByteArray("intents: [\n  a,\n  'b]', new\n]\n");
    QTest::newRow("empty flow") << QByteArray("intents: []\nb: 1\n")
                                << QByteArray("intents:\n- new\nb: 1\n");
    QTest::newRow("missing") << QByteArray("b: 1\n") << QByteArray("b: 1\nintents:\n- new\n");
    QTest::newRow("missing, no final newline")
        << QByteArray("b: 1") << QByteArray("b: 1\nintents:\n- new\n");
    QTest::newRow("empty file") << QByteArray() << QByteArray("intents:\n- new\n");
    QTest::newRow("last line without newline")
        << QByteArray("intents:\n- a") << QByteArray("intents:\n- a\n- new\n");
    QTest::newRow("duplicate key: the last one")
        << QByteArray("intents:\n- a\nintents:\n- b\n")
        << QByteArray("intents:\n- a\nintents:\n- b\n- new\n");
}

void TestYamlTextEditor::appendsToSequences()
{
    QFETCH(QByteArray, text);
    QFETCH(QByteArray, expected);
    Result<YamlTextEditor> editor = YamlTextEditor::open(text);
    QVERIFY2(editor.isOk(), qPrintable(editor.error().toString()));
    const QString indent(editor->childIndent(u"intents"_s, 0), u' ');
    Status status =
        editor.value().appendToSequence(u"intents"_s, indent + u"- new\n"_s, {u"new"_s});
    QVERIFY2(status.isOk(), qPrintable(status.error().toString()));
    QCOMPARE(editor->text(), expected);
    QVERIFY(parseYaml(editor->text()).isOk());
}

void TestYamlTextEditor::appendsToMappings_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QByteArray>("expected");
    const QByteArray entry = "utter_new:\n  - text: hi\n";
    QTest::newRow("block")
        << QByteArray("responses:\n  utter_a:\n  - text: a\nactions: []\n")
        << QByteArray(
               "responses:\n  utter_a:\n  - text: a\n  utter_new:\n  - text: hi\nactions: []\n");
    QTest::newRow("flow") << QByteArray("responses: {utter_a: [{text: a}]}\n")
                          << QByteArray(
                                 "responses: {utter_a: [{text: a}], utter_new: [{text: hi}]}\n");
    QTest::newRow("empty flow") << QByteArray("responses: {}\n")
                                << QByteArray("responses:\n  utter_new:\n  - text: hi\n");
    QTest::newRow("missing") << QByteArray("intents: []\n")
                             << QByteArray("intents: []\nresponses:\n  utter_new:\n  - text: hi\n");
}

void TestYamlTextEditor::appendsToMappings()
{
    QFETCH(QByteArray, text);
    QFETCH(QByteArray, expected);
    Result<YamlTextEditor> editor = YamlTextEditor::open(text);
    QVERIFY(editor.isOk());
    const QString indent(editor->childIndent(u"responses"_s, 2), u' ');
    Status status = editor.value().appendToMapping(
        u"responses"_s, indent + u"utter_new:\n"_s + indent + u"- text: hi\n"_s,
        {u"utter_new: [{text: hi}]"_s});
    QVERIFY2(status.isOk(), qPrintable(status.error().toString()));
    QCOMPARE(editor->text(), expected);
}

void TestYamlTextEditor::insertsAfterBlockScalars()
{
    const QByteArray text =
        "nlu:\n- intent: greet\n  examples: |\n    - hi\n\n  metadata: {a: 1}\n";
    Result<YamlTextEditor> editor = YamlTextEditor::open(text);
    QVERIFY(editor.isOk());
    const YamlTextEditor::Node &examples =
        editor->section(u"nlu"_s)->children.first().children.at(1);
    QVERIFY(editor.value().insertAfterLine(examples.endLine, u"    - hello\n"_s).isOk());
    QCOMPARE(
        editor->text(),
        QByteArray(
            "nlu:\n- intent: greet\n  examples: |\n    - hi\n    - hello\n\n  metadata: {a: 1}\n"));
    const QJsonObject item =
        parseYaml(editor->text())->toObject().value("nlu"_L1).toArray().first().toObject();
    QCOMPARE(item.value("examples"_L1).toString(), u"- hi\n- hello\n"_s);
}

void TestYamlTextEditor::keepsCrlf()
{
    Result<YamlTextEditor> editor = YamlTextEditor::open("a:\r\n- x\r\nb: 1\r\n");
    QVERIFY(editor.isOk());
    QCOMPARE(editor->lineEnding(), QByteArray("\r\n"));
    QVERIFY(editor.value().appendToSequence(u"a"_s, u"- y\n- z\n"_s, {}).isOk());
    QCOMPARE(editor->text(), QByteArray("a:\r\n- x\r\n- y\r\n- z\r\nb: 1\r\n"));
}

void TestYamlTextEditor::refusesEditsThatBreakTheFile()
{
    const QByteArray text = "a:\n  - x\n";
    Result<YamlTextEditor> editor = YamlTextEditor::open(text);
    QVERIFY(editor.isOk());
    Status status = editor.value().appendToSequence(u"a"_s, u"- wrong indent\n"_s, {});
    QVERIFY(!status.isOk());
    QCOMPARE(editor->text(), text); // unchanged
    QVERIFY(!editor.value().appendToMapping(u"a"_s, u"k: v\n"_s, {}).isOk());
    Result<YamlTextEditor> flow = YamlTextEditor::open("a: [x]\n");
    QVERIFY(!flow.value().appendToSequence(u"a"_s, u"- y\n"_s, {}).isOk()); // no flow form given
}

void TestYamlTextEditor::refusesFilesItCannotEdit_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("invalid") << QByteArray("a: [\n");
    QTest::newRow("top-level list") << QByteArray("- a\n");
    QTest::newRow("top-level scalar") << QByteArray("just text\n");
    QTest::newRow("flow mapping") << QByteArray("{a: 1}\n");
}

void TestYamlTextEditor::refusesFilesItCannotEdit()
{
    QFETCH(QByteArray, text);
    Result<YamlTextEditor> editor = YamlTextEditor::open(text, u"f.yml"_s);
    QVERIFY(!editor.isOk());
    QVERIFY(editor.error().toString().contains("f.yml"_L1));
}

QTEST_GUILESS_MAIN(TestYamlTextEditor)
#include "tst_yamltexteditor.moc"
