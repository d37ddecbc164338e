#pragma once

#include "inbox/offlinecorrection.h"

#include <QDialog>
#include <QPointer>

#include <memory>

class QLabel;
class QStackedWidget;

namespace Coach {

class ActionPanel;
class AnnotationPanel;
class SessionDocument;

//! "Correct it": a real user's conversation answered turn by turn with the
//! panels of live annotation (NLU question, action question), against the
//! session's domain, without a server. When every turn is answered (or the
//! rest kept as it is), the corrected conversation is added to the session
//! (addedConversation()), ready to export.
class InboxCorrectionDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(InboxCorrectionDialog)

public:
    InboxCorrectionDialog(const QString &senderId, const EventList &events,
                          SessionDocument *document, QWidget *parent = nullptr);
    ~InboxCorrectionDialog() override;

    const OfflineCorrection &correction() const { return *m_correction; }
    AnnotationPanel *annotationPanel() const { return m_annotation; }
    ActionPanel *actionPanel() const { return m_action; }
    //! The conversation's index in the session once it was added, else -1.
    int addedConversation() const { return m_added; }
    QString statusText() const;

    void keepRest();

private:
    void answered(const Status &status);
    void showQuestion();
    void finish();

    std::unique_ptr<OfflineCorrection> m_correction;
    QPointer<SessionDocument> m_document;
    AnnotationPanel *m_annotation = nullptr;
    ActionPanel *m_action = nullptr;
    QStackedWidget *m_pages = nullptr;
    QLabel *m_progress = nullptr;
    QLabel *m_error = nullptr;
    int m_added = -1;
};

} // namespace Coach
