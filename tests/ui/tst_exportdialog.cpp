#include "exportdialog.h"
#include "settings.h"

#include "export/domainexporter.h"
#include "session/sessiondocument.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Coach;

class TestExportDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void previewsThenWritesIntoTheProjectFolder();
    void unusableTargetIsExplainedAndNothingIsWritten();
    void markdownOnlyForRasa2();
    void exportingTwiceAndAfterReopeningChangesNoFile();
    void oneMoreTurnReplacesItsStory();
    void trainingStoryIsSkippedWithTheReason();
    void responseClash_data();
    void responseClash();

private:
    void makeDocument(const QString &rasaVersion);
    static bool waitForPreview(ExportDialog &dialog);
    QList<QByteArray> projectFiles() const;

    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<QTemporaryDir> m_project;
    std::unique_ptr<SessionDocument> m_document;
};

void TestExportDialog::init()
{
    m_settings = Settings::createTemporary();
    Settings::setInstance(m_settings.get());
    m_project = std::make_unique<QTemporaryDir>();
    makeDocument(u"3.6.2"_s);
}

void TestExportDialog::cleanup()
{
    m_document.reset();
    Settings::setInstance(nullptr);
    m_settings.reset();
}

void TestExportDialog::makeDocument(const QString &rasaVersion)
{
    m_document = std::make_unique<SessionDocument>();
    m_document->setServerInfo(
        ServerInfo{QUrl(u"http://127.0.0.1:5005"_s), rasaVersion, {}, {}, {}, {}});
    m_document->setProjectFolder(m_project->path());
    const int conversation = m_document->addConversation(u"chat"_s);
    const QString text = u"hello there"_s;
    m_document->appendEvents(conversation,
                             {Event::actionListen(),
                              Event::user(text, ParseData::corrected(text, u"greet"_s, {})),
                              Event::action(u"utter_greet"_s), Event::actionListen()});
}

bool TestExportDialog::waitForPreview(ExportDialog &dialog)
{
    return QTest::qWaitFor([&dialog] { return !dialog.isPreparing(); }, 15000);
}

void TestExportDialog::previewsThenWritesIntoTheProjectFolder()
{
    ExportDialog dialog(m_document.get());
    QVERIFY(waitForPreview(dialog));
    QVERIFY2(dialog.preview().has_value(), qPrintable(dialog.statusText()));
    QCOMPARE(dialog.findChild<QTabWidget *>()->count(), 4); // the stories, one diff per file
    QVERIFY2(dialog.storiesText().contains(u"interactive_story_1: new story"_s),
             qPrintable(dialog.storiesText()));
    QVERIFY(dialog.statusText().contains(u"(new file)"_s));
    QVERIFY(dialog.writeButton()->isEnabled());
    QVERIFY(!QFile::exists(m_project->filePath(u"data/stories.yml"_s))); // a preview writes nothing

    QSignalSpy written(&dialog, &ExportDialog::filesWritten);
    QVERIFY(dialog.writeFiles());
    QCOMPARE(written.size(), 1);
    QFile stories(m_project->filePath(u"data/stories.yml"_s));
    QVERIFY(stories.open(QIODevice::ReadOnly));
    QVERIFY(stories.readAll().contains("  - intent: greet\n  - action: utter_greet\n"));
    QVERIFY(QFile::exists(m_project->filePath(u"data/nlu.yml"_s)));
    QVERIFY(QFile::exists(m_project->filePath(u"domain.yml"_s)));
    // The session remembers where it exported to.
    QCOMPARE(m_document->exportPaths().stories, m_project->filePath(u"data/stories.yml"_s));
}

void TestExportDialog::unusableTargetIsExplainedAndNothingIsWritten()
{
    QDir(m_project->path()).mkpath(u"data/stories.yml"_s); // a folder where the file should go
    ExportDialog dialog(m_document.get());
    QVERIFY(waitForPreview(dialog));
    QVERIFY(!dialog.preview().has_value());
    QVERIFY2(dialog.statusText().contains(u"folder"_s), qPrintable(dialog.statusText()));
    QVERIFY(!dialog.writeButton()->isEnabled());
    QVERIFY(!dialog.writeFiles());
    QVERIFY(!QFile::exists(m_project->filePath(u"data/nlu.yml"_s)));

    // Fixing the path brings the preview back.
    dialog.storiesEdit()->setText(u"data/more_stories.yml"_s);
    dialog.refreshPreview();
    QVERIFY(waitForPreview(dialog));
    QVERIFY2(dialog.preview().has_value(), qPrintable(dialog.statusText()));
}

void TestExportDialog::markdownOnlyForRasa2()
{
    {
        ExportDialog rasa3(m_document.get());
        QVERIFY(!rasa3.markdownBox()->isEnabled());
        QVERIFY(waitForPreview(rasa3));
    }
    makeDocument(u"2.8.34"_s);
    ExportDialog rasa2(m_document.get());
    QVERIFY(rasa2.markdownBox()->isEnabled());
    rasa2.markdownBox()->setChecked(true);
    QCOMPARE(rasa2.storiesEdit()->text(), u"data/stories.md"_s);
    QCOMPARE(rasa2.nluEdit()->text(), u"data/nlu.md"_s);
    QCOMPARE(rasa2.domainEdit()->text(), u"domain.yml"_s); // domains are YAML in every version
    QVERIFY(waitForPreview(rasa2));
    QVERIFY2(rasa2.preview().has_value(), qPrintable(rasa2.statusText()));
    QVERIFY(rasa2.writeFiles());
    QFile stories(m_project->filePath(u"data/stories.md"_s));
    QVERIFY(stories.open(QIODevice::ReadOnly));
    QVERIFY(stories.readAll().contains("* greet\n    - utter_greet\n"));
}

QList<QByteArray> TestExportDialog::projectFiles() const
{
    QList<QByteArray> contents;
    for (const QString &name : {u"data/stories.yml"_s, u"data/nlu.yml"_s, u"domain.yml"_s}) {
        QFile file(m_project->filePath(name));
        contents.append(file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray());
    }
    return contents;
}

void TestExportDialog::exportingTwiceAndAfterReopeningChangesNoFile()
{
    {
        ExportDialog first(m_document.get());
        QVERIFY(waitForPreview(first));
        QVERIFY(first.writeFiles());
    }
    QCOMPARE(m_document->conversation(0).exportRecords.size(), 1); // kept in the session
    const QList<QByteArray> written = projectFiles();
    QVERIFY(!written.first().isEmpty());
    {
        ExportDialog second(m_document.get());
        QVERIFY(waitForPreview(second));
        QVERIFY(second.preview().has_value());
        QVERIFY(!second.preview()->hasChanges);
        QVERIFY(!second.writeButton()->isEnabled());
        QVERIFY2(second.storiesText().contains(u"interactive_story_1: unchanged"_s),
                 qPrintable(second.storiesText()));
        QVERIFY(second.statusText().contains(u"Nothing to write"_s));
    }
    const QString file = m_project->filePath(u"session.coach"_s);
    QVERIFY(m_document->saveAs(file).isOk());
    Result<std::unique_ptr<SessionDocument>> reopened = SessionDocument::open(file);
    QVERIFY(reopened.isOk());
    m_document = std::move(reopened).value();
    ExportDialog third(m_document.get());
    QVERIFY(waitForPreview(third));
    QVERIFY(!third.preview()->hasChanges);
    QVERIFY(!third.writeButton()->isEnabled());
    QCOMPARE(projectFiles(), written);
}

void TestExportDialog::oneMoreTurnReplacesItsStory()
{
    {
        ExportDialog first(m_document.get());
        QVERIFY(waitForPreview(first));
        QVERIFY(first.writeFiles());
    }
    const QString text = u"bye"_s;
    m_document->appendEvents(0,
                             {Event::user(text, ParseData::corrected(text, u"goodbye"_s, {})),
                              Event::action(u"utter_goodbye"_s), Event::actionListen()});
    ExportDialog dialog(m_document.get());
    QVERIFY(waitForPreview(dialog));
    QVERIFY2(dialog.storiesText().contains(u"interactive_story_1: replaced"_s),
             qPrintable(dialog.storiesText()));
    QVERIFY(dialog.writeFiles());
    const QByteArray stories = projectFiles().first();
    QCOMPARE(stories.count("- story:"), 1);
    QVERIFY(stories.endsWith("  - intent: goodbye\n  - action: utter_goodbye\n"));
}

void TestExportDialog::trainingStoryIsSkippedWithTheReason()
{
    QDir(m_project->path()).mkpath(u"data"_s);
    QFile rules(m_project->filePath(u"data/rules.yml"_s));
    QVERIFY(rules.open(QIODevice::WriteOnly));
    rules.write("version: \"3.1\"\nrules:\n- rule: greet back\n  steps:\n  - intent: greet\n"
                "  - action: utter_greet\n");
    rules.close();
    ExportDialog dialog(m_document.get());
    QVERIFY(waitForPreview(dialog));
    QVERIFY2(dialog.storiesText().contains(u"skipped"_s)
                 && dialog.storiesText().contains(u"“greet back”"_s)
                 && dialog.storiesText().contains(u"rules.yml"_s),
             qPrintable(dialog.storiesText()));
    QVERIFY(dialog.writeFiles()); // NLU and domain are still written
    QVERIFY(!QFile::exists(m_project->filePath(u"data/stories.yml"_s)));
}

void TestExportDialog::responseClash_data()
{
    QTest::addColumn<int>("choice");
    QTest::addColumn<QString>("says");
    QTest::addColumn<QByteArray>("written");
    QTest::newRow("keep") << 0 << u"the domain keeps its text"_s
                          << QByteArray("  utter_greet:\n  - text: Hello!\n");
    QTest::newRow("replace") << 1 << u"the session's text replaces it"_s
                             << QByteArray("  utter_greet:\n  - text: Hi there!\n");
}

void TestExportDialog::responseClash()
{
    QFETCH(int, choice);
    QFETCH(QString, says);
    QFETCH(QByteArray, written);
    QFile domain(m_project->filePath(u"domain.yml"_s));
    QVERIFY(domain.open(QIODevice::WriteOnly));
    domain.write(
        "version: \"3.1\"\nintents:\n- greet\nresponses:\n  utter_greet:\n  - text: Hello!\n");
    domain.close();
    m_document->setNewResponse(u"utter_greet"_s,
                               QJsonArray{QJsonObject{{u"text"_s, u"Hi there!"_s}}});
    ExportDialog dialog(m_document.get());
    QCOMPARE(dialog.responseClashText(),
             responseClashRule()); // the same words as the CLI and the dialog
    dialog.responseClashBox()->setCurrentIndex(choice);
    QVERIFY(waitForPreview(dialog));
    QVERIFY2(dialog.statusText().contains(says), qPrintable(dialog.statusText()));
    QVERIFY(dialog.writeFiles());
    QVERIFY(projectFiles().at(2).contains(written));
}

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
