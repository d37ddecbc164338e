#pragma once

#include "undostack.h"

#include <QJsonObject>

namespace Coach {

class SessionDocument;

//! An undoable annotator edit of a SessionDocument, as a pair of operation
//! records (the same records the journal stores): redo applies one, undo
//! the other. Consecutive edits of the same note or title merge.
class DocumentEditCommand final : public UndoCommand
{
public:
    DocumentEditCommand(SessionDocument *document, QJsonObject redoOperation,
                        QJsonObject undoOperation, UndoCommandId id, const QString &text);

    void undo() override;
    void redo() override;
    UndoCommandId id() const override { return m_id; }
    bool mergeWith(const UndoCommand &other) override;

private:
    //! What the edit is about (conversation and event), for merging.
    QJsonObject target() const;

    SessionDocument *m_document;
    QJsonObject m_redo;
    QJsonObject m_undo;
    UndoCommandId m_id;
};

} // namespace Coach
