#include "exportdialog.h"

#include "diffhighlighter.h"
#include "filedialog.h"
#include "inbox/sessioninboxstate.h"
#include "settings.h"

#include "export/domainexporter.h"
#include "session/sessiondocument.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QTabWidget>
#include <QThread>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Coach {

namespace {
const auto GeometryKey = u"Export"_s;

QString withSuffix(const QString &path, const QString &suffix)
{
    const QFileInfo info(path);
    if (path.isEmpty())
        return path;
    return QDir(info.path()).filePath(info.completeBaseName() + suffix);
}
} // namespace

ExportDialog::ExportDialog(SessionDocument *document, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_e2e(new QCheckBox(tr("Write &end-to-end test stories (with the user's text)"), this))
    , m_markdown(new QCheckBox(tr("Use Rasa 2.x &Markdown files (.md)"), this))
    , m_responseClash(new QComboBox(this))
    , m_responseClashRule(new QLabel(responseClashRule(), this))
    , m_status(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_write(new QPushButton(tr("&Write Files"), this))
{
    setWindowTitle(tr("Export Training Data"));
    auto *form = new QFormLayout;
    m_stories = addPathRow(form, tr("&Stories:"), tr("Export Stories To"));
    m_nlu = addPathRow(form, tr("&NLU data:"), tr("Export NLU Data To"));
    m_domain = addPathRow(form, tr("&Domain:"), tr("Export Domain To"));
    form->addRow(QString(), m_e2e);
    form->addRow(QString(), m_markdown);
    m_responseClash->addItem(tr("Keep the domain's text"));
    m_responseClash->addItem(tr("Replace it with the session's text"));
    m_responseClashRule->setWordWrap(true);
    form->addRow(m_responseClashRule);
    form->addRow(tr("Response &clashes:"), m_responseClash);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_previewButton = new QPushButton(tr("&Preview Changes"), this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_previewButton, QDialogButtonBox::ActionRole);
    buttons->addButton(m_write, QDialogButtonBox::AcceptRole);
    m_write->setEnabled(false);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_status);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(buttons);

    fillDefaults();
    connect(m_previewButton, &QPushButton::clicked, this, &ExportDialog::refreshPreview);
    connect(m_write, &QPushButton::clicked, this, [this] {
        if (writeFiles())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_e2e, &QCheckBox::toggled, this, &ExportDialog::refreshPreview);
    connect(m_markdown, &QCheckBox::toggled, this, &ExportDialog::onMarkdownToggled);
    connect(m_responseClash, &QComboBox::currentIndexChanged, this, &ExportDialog::refreshPreview);
    for (QLineEdit *edit : {m_stories, m_nlu, m_domain})
        connect(edit, &QLineEdit::editingFinished, this, &ExportDialog::onPathEdited);
    resize(900, 700);
    if (Settings *settings = Settings::instance())
        restoreGeometry(settings->dialogGeometry(GeometryKey));
    refreshPreview();
}

ExportDialog::~ExportDialog()
{
    // A line edit losing focus while the dialog is torn down emits
    // editingFinished: no preview may start on a half-destroyed dialog.
    for (QLineEdit *edit : {m_stories, m_nlu, m_domain})
        disconnect(edit, nullptr, this, nullptr);
    if (Settings *settings = Settings::instance())
        settings->setDialogGeometry(GeometryKey, saveGeometry());
}

QLineEdit *ExportDialog::addPathRow(QFormLayout *form, const QString &label, const QString &caption)
{
    auto *edit = new QLineEdit(this);
    auto *browse = new QPushButton(tr("Browse…"), this);
    auto *row = new QHBoxLayout;
    row->addWidget(edit, 1);
    row->addWidget(browse);
    // The label's mnemonic (Alt+S, …) focuses the path; a row made of a
    // layout would get a label without buddy, which shows the & instead.
    auto *title = new QLabel(label, this);
    title->setBuddy(edit);
    edit->setAccessibleName(QString(label).remove(u'&'));
    form->addRow(title, row);
    connect(browse, &QPushButton::clicked, this, [this, edit, caption] {
        const QString file = FileDialog::saveFileName(this, caption, absolute(edit->text()),
                                                      tr("Rasa files (*.yml *.yaml *.json *.md)"));
        if (!file.isEmpty()) {
            edit->setText(file);
            refreshPreview();
        }
    });
    return edit;
}

void ExportDialog::fillDefaults()
{
    const ExportPaths paths = m_document->exportPaths();
    const bool rasa2 = m_document->serverInfo().majorVersion() == 2;
    m_stories->setText(paths.stories.isEmpty() ? u"data/stories.yml"_s : paths.stories);
    m_nlu->setText(paths.nlu.isEmpty() ? u"data/nlu.yml"_s : paths.nlu);
    m_domain->setText(paths.domain.isEmpty() ? u"domain.yml"_s : paths.domain);
    m_markdown->setEnabled(rasa2);
    if (!rasa2)
        m_markdown->setToolTip(tr("Rasa 3 reads only YAML training data."));
    if (Settings *settings = Settings::instance()) {
        m_e2e->setChecked(settings->value(Settings::Key::ExportE2e).toBool());
        if (rasa2 && settings->value(Settings::Key::ExportMarkdown).toBool())
            m_markdown->setChecked(true);
    }
}

QString ExportDialog::absolute(const QString &path) const
{
    if (path.isEmpty() || QDir::isAbsolutePath(path))
        return path;
    const QString base =
        m_document->projectFolder().isEmpty() ? QDir::currentPath() : m_document->projectFolder();
    return QDir(base).absoluteFilePath(path);
}

ExportBridge::Request ExportDialog::request() const
{
    ExportBridge::Request request;
    for (const Conversation &conversation : m_document->data().conversations)
        request.conversations.append(
            {conversation.id, conversation.events, conversation.exportRecords});
    request.domain = m_document->domain();
    for (const NewResponse &response : m_document->newResponses())
        request.newResponses.append({response.name, response.variations});
    request.storiesPath = absolute(m_stories->text().trimmed());
    request.nluPath = absolute(m_nlu->text().trimmed());
    request.domainPath = absolute(m_domain->text().trimmed());
    request.testStories = m_e2e->isChecked();
    request.rasaVersion = m_document->serverInfo().rasaVersion;
    request.replaceClashingResponses = m_responseClash->currentIndex() == 1;
    request.extraExamples = SessionInboxState::fromJson(m_document->inbox()).acceptedExamples;
    return request;
}

void ExportDialog::onMarkdownToggled(bool markdown)
{
    const QString suffix = markdown ? u".md"_s : u".yml"_s;
    m_stories->setText(withSuffix(m_stories->text(), suffix));
    m_nlu->setText(withSuffix(m_nlu->text(), suffix));
    refreshPreview();
}

QStringList ExportDialog::paths() const
{
    return {m_stories->text(), m_nlu->text(), m_domain->text()};
}

void ExportDialog::onPathEdited()
{
    // Leaving a field (also by pressing Write) finishes editing it: only a
    // changed path needs a new preview, and a needless one would disable
    // Write under the annotator's key.
    if (paths() != m_previewPaths)
        refreshPreview();
}

void ExportDialog::refreshPreview()
{
    const int generation = ++m_generation;
    m_previewPaths = paths();
    m_preparing = true;
    m_preview.reset();
    m_write->setEnabled(false);
    m_status->setText(tr("Preparing the preview…"));
    // Rendering reads and merges the target files: keep it off the UI thread.
    QPointer<ExportDialog> self(this);
    QThread *thread = QThread::create([self, generation, data = request()] {
        const Result<ExportBridge::Plan> result = ExportBridge::prepare(data);
        QMetaObject::invokeMethod(QCoreApplication::instance(), [self, generation, result] {
            if (self)
                self->onPrepared(generation, result);
        });
    });
    connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    thread->start();
}

void ExportDialog::onPrepared(int generation, const Result<ExportBridge::Plan> &result)
{
    if (generation != m_generation)
        return; // a newer preview is on its way
    m_preparing = false;
    while (m_tabs->count() > 0)
        delete m_tabs->widget(0);
    if (!result) {
        m_status->setText(tr("Cannot export: %1").arg(result.error().toString()));
        Q_EMIT previewReady();
        return;
    }
    m_preview = result.value();
    showPreview(*m_preview);
    Q_EMIT previewReady();
}

void ExportDialog::showPreview(const ExportBridge::Plan &preview)
{
    QStringList lines;
    for (const ExportBridge::File &file : preview.files) {
        auto *view = new QPlainTextEdit(m_tabs);
        view->setReadOnly(true);
        view->setLineWrapMode(QPlainTextEdit::NoWrap);
        view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
        view->setPlainText(file.changed ? file.diff : tr("(no change)"));
        new DiffHighlighter(view->document(), view->palette());
        m_tabs->addTab(view, QFileInfo(file.path).fileName());
        lines.append(tr("%1: %2%3")
                         .arg(QDir::toNativeSeparators(file.path), file.summary,
                              file.exists ? QString() : tr(" (new file)")));
    }
    lines += conflictLines(preview);
    addStoriesTab(preview);
    const bool newRecords = std::any_of(
        preview.records.cbegin(), preview.records.cend(), [this](const StoryRecordUpdate &update) {
            const int index = m_document->conversationIndex(update.conversationId);
            return index >= 0
                && !m_document->conversation(index).exportRecords.contains(update.record);
        });
    if (!preview.hasChanges)
        lines.append(newRecords
                         ? tr("Nothing to write: the files already contain everything. Writing "
                              "keeps that in the session.")
                         : tr("Nothing to write: the files already contain everything."));
    m_status->setText(lines.join(u'\n'));
    m_write->setEnabled(preview.hasChanges || newRecords);
}

QStringList ExportDialog::conflictLines(const ExportBridge::Plan &preview) const
{
    const bool replace = m_responseClash->currentIndex() == 1;
    QStringList lines;
    for (const QString &name : preview.conflictingResponses) {
        lines.append(replace ? tr("Response “%1” already exists in the domain with other text: the "
                                  "session's text replaces it.")
                                   .arg(name)
                             : tr("Response “%1” already exists in the domain with other text: the "
                                  "domain keeps its text.")
                                   .arg(name));
    }
    return lines;
}

void ExportDialog::addStoriesTab(const ExportBridge::Plan &preview)
{
    if (preview.stories.isEmpty())
        return;
    QStringList lines;
    for (const StoryOutcome &outcome : preview.stories)
        lines.append(StoryPlanner::describe(outcome));
    auto *view = new QPlainTextEdit(m_tabs);
    view->setObjectName(u"StoriesList"_s);
    view->setReadOnly(true);
    view->setPlainText(lines.join(u'\n'));
    m_tabs->insertTab(0, view, tr("Stories"));
    m_tabs->setCurrentIndex(0);
}

void ExportDialog::keepRecords(const ExportBridge::Plan &preview)
{
    for (const StoryRecordUpdate &update : preview.records) {
        const int conversation = m_document->conversationIndex(update.conversationId);
        if (conversation >= 0)
            m_document->setExportRecord(conversation, update.record);
    }
}

QString ExportDialog::storiesText() const
{
    const auto *view = m_tabs->findChild<QPlainTextEdit *>(u"StoriesList"_s);
    return view ? view->toPlainText() : QString();
}

QString ExportDialog::responseClashText() const
{
    return m_responseClashRule->text();
}

bool ExportDialog::writeFiles()
{
    if (!m_preview || m_preparing)
        return false;
    QStringList written;
    const Status status = ExportBridge::write(*m_preview, &written);
    if (!status) {
        m_status->setText(tr("Writing failed: %1").arg(status.error().toString()));
        return false;
    }
    keepRecords(*m_preview);
    m_document->setExportPaths(ExportPaths{absolute(m_stories->text().trimmed()),
                                           absolute(m_nlu->text().trimmed()),
                                           absolute(m_domain->text().trimmed())});
    if (Settings *settings = Settings::instance()) {
        settings->setValue(Settings::Key::ExportE2e, m_e2e->isChecked());
        settings->setValue(Settings::Key::ExportMarkdown, m_markdown->isChecked());
    }
    Q_EMIT filesWritten(written);
    return true;
}

QString ExportDialog::statusText() const
{
    return m_status->text();
}

} // namespace Coach
