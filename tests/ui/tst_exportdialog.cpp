#include "exportdialog.h"
#include "settings.h"

#include "session/sessiondocument.h"

#include <QCheckBox>
#include <QDir>
#include <QFile>
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

private:
    void makeDocument(const QString &rasaVersion);
    static bool waitForPreview(ExportDialog &dialog);

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
    m_document->setServerInfo(ServerInfo{QUrl(u"http://127.0.0.1:5005"_s), rasaVersion, {}, {}, {}, {}});
    m_document->setProjectFolder(m_project->path());
    const int conversation = m_document->addConversation(u"chat"_s);
    const QString text = u"hello there"_s;
    m_document->appendEvents(conversation, {Event::actionListen(),
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
    QCOMPARE(dialog.findChild<QTabWidget *>()->count(), 3); // one diff per file
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

QTEST_MAIN(TestExportDialog)
#include "tst_exportdialog.moc"
