#pragma once

#include "exportbridge.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;

namespace Coach {

class SessionDocument;

//! Export of the session's stories, NLU examples and domain additions
//! (spec §6) with a preview: every target file is rendered off the UI
//! thread and shown as a unified diff, and a list says which stories are
//! new, replace their earlier version, are unchanged or are skipped as
//! duplicates of training stories; nothing is written until "Write files",
//! which also keeps the export records in the session. Paths are checked as
//! Rasa checks them (§6.1) and shown with the reason when they do not fit.
//! Options: end-to-end test stories, Markdown files for Rasa 2.x, and what
//! to do with a new response named like a domain response.
class ExportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportDialog)

public:
    explicit ExportDialog(SessionDocument *document, QWidget *parent = nullptr);
    ~ExportDialog() override;

    //! Renders the preview again (asynchronously) from the current fields.
    void refreshPreview();
    void onPathEdited();
    QStringList paths() const;
    bool isPreparing() const { return m_preparing; }
    std::optional<ExportBridge::Plan> preview() const { return m_preview; }
    //! Writes the previewed files; true on success.
    bool writeFiles();

    QLineEdit *storiesEdit() const { return m_stories; }
    QLineEdit *nluEdit() const { return m_nlu; }
    QLineEdit *domainEdit() const { return m_domain; }
    QCheckBox *endToEndBox() const { return m_e2e; }
    QCheckBox *markdownBox() const { return m_markdown; }
    //! Keep the domain's text (0) or replace it with the session's (1).
    QComboBox *responseClashBox() const { return m_responseClash; }
    //! The rule for response clashes, as shown beside the choice.
    QString responseClashText() const;
    //! One line per story part (StoryPlanner::describe).
    QString storiesText() const;
    QString statusText() const;
    QPushButton *writeButton() const { return m_write; }
    QPushButton *previewButton() const { return m_previewButton; }

Q_SIGNALS:
    void previewReady();
    void filesWritten(const QStringList &paths);

private:
    QLineEdit *addPathRow(QFormLayout *form, const QString &label, const QString &caption);
    void fillDefaults();
    ExportBridge::Request request() const;
    QString absolute(const QString &path) const;
    void onPrepared(int generation, const Result<ExportBridge::Plan> &result);
    void showPreview(const ExportBridge::Plan &preview);
    void addStoriesTab(const ExportBridge::Plan &preview);
    QStringList conflictLines(const ExportBridge::Plan &preview) const;
    void keepRecords(const ExportBridge::Plan &preview);
    void onMarkdownToggled(bool markdown);

    SessionDocument *m_document = nullptr;
    QLineEdit *m_stories = nullptr;
    QLineEdit *m_nlu = nullptr;
    QLineEdit *m_domain = nullptr;
    QCheckBox *m_e2e = nullptr;
    QCheckBox *m_markdown = nullptr;
    QComboBox *m_responseClash = nullptr;
    QLabel *m_responseClashRule = nullptr;
    QLabel *m_status = nullptr;
    QTabWidget *m_tabs = nullptr;
    QPushButton *m_write = nullptr;
    QPushButton *m_previewButton = nullptr;
    std::optional<ExportBridge::Plan> m_preview;
    int m_generation = 0;
    QStringList m_previewPaths; //!< the paths of the newest preview asked for
    bool m_preparing = false;
};

} // namespace Coach
