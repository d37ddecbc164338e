#pragma once

#include "exportbridge.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QTabWidget;

namespace Coach {

class SessionDocument;

//! Export of the session's stories, NLU examples and domain additions
//! (spec §6) with a preview: every target file is rendered off the UI
//! thread and shown as a unified diff; nothing is written until "Write
//! files". Paths are checked as Rasa checks them (§6.1) and shown with the
//! reason when they do not fit. Options: end-to-end test stories, and
//! Markdown files for Rasa 2.x.
class ExportDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ExportDialog)

public:
    explicit ExportDialog(SessionDocument *document, QWidget *parent = nullptr);
    ~ExportDialog() override;

    //! Renders the preview again (asynchronously) from the current fields.
    void refreshPreview();
    bool isPreparing() const { return m_preparing; }
    std::optional<ExportBridge::Plan> preview() const { return m_preview; }
    //! Writes the previewed files; true on success.
    bool writeFiles();

    QLineEdit *storiesEdit() const { return m_stories; }
    QLineEdit *nluEdit() const { return m_nlu; }
    QLineEdit *domainEdit() const { return m_domain; }
    QCheckBox *endToEndBox() const { return m_e2e; }
    QCheckBox *markdownBox() const { return m_markdown; }
    QString statusText() const;
    QPushButton *writeButton() const { return m_write; }

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
    void onMarkdownToggled(bool markdown);

    SessionDocument *m_document = nullptr;
    QLineEdit *m_stories = nullptr;
    QLineEdit *m_nlu = nullptr;
    QLineEdit *m_domain = nullptr;
    QCheckBox *m_e2e = nullptr;
    QCheckBox *m_markdown = nullptr;
    QLabel *m_status = nullptr;
    QTabWidget *m_tabs = nullptr;
    QPushButton *m_write = nullptr;
    std::optional<ExportBridge::Plan> m_preview;
    int m_generation = 0;
    bool m_preparing = false;
};

} // namespace Coach
