# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'approvals_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject)
from PySide6.QtGui import (QFont)
from PySide6.QtWidgets import (QAbstractItemView, QGroupBox, QHBoxLayout, QLabel,
    QLineEdit, QPushButton, QSizePolicy, QSpacerItem, QTableView, QVBoxLayout, QWidget)

class Ui_ApprovalsPage(object):
    def setupUi(self, ApprovalsPage):
        if not ApprovalsPage.objectName():
            ApprovalsPage.setObjectName(u"ApprovalsPage")
        ApprovalsPage.resize(1100, 640)
        self.pageLayout = QVBoxLayout(ApprovalsPage)
        self.pageLayout.setSpacing(6)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(12, 10, 12, 8)
        self.headerRow = QHBoxLayout()
        self.headerRow.setSpacing(12)
        self.headerRow.setObjectName(u"headerRow")
        self.titleLabel = QLabel(parent=ApprovalsPage)
        self.titleLabel.setObjectName(u"titleLabel")
        font = QFont()
        font.setPointSize(16)
        font.setBold(True)
        self.titleLabel.setFont(font)

        self.headerRow.addWidget(self.titleLabel)

        self.countLabel = QLabel(parent=ApprovalsPage)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setProperty("textFormat", "PlainText")

        self.headerRow.addWidget(self.countLabel)

        self.headerSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerRow.addItem(self.headerSpacer)

        self.updatedLabel = QLabel(parent=ApprovalsPage)
        self.updatedLabel.setObjectName(u"updatedLabel")
        self.updatedLabel.setProperty("textFormat", "PlainText")

        self.headerRow.addWidget(self.updatedLabel)

        self.refreshButton = QPushButton(parent=ApprovalsPage)
        self.refreshButton.setObjectName(u"refreshButton")
        self.refreshButton.setAutoDefault(False)

        self.headerRow.addWidget(self.refreshButton)


        self.pageLayout.addLayout(self.headerRow)

        self.introLabel = QLabel(parent=ApprovalsPage)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.pageLayout.addWidget(self.introLabel)

        self.pendingView = QTableView(parent=ApprovalsPage)
        self.pendingView.setObjectName(u"pendingView")
        self.pendingView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.pendingView.setTabKeyNavigation(False)
        self.pendingView.setAlternatingRowColors(True)
        self.pendingView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.pendingView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.pendingView.setShowGrid(False)
        self.pendingView.setWordWrap(False)
        self.pendingView.horizontalHeader().setHighlightSections(False)
        self.pendingView.verticalHeader().setVisible(False)
        self.pendingView.verticalHeader().setMinimumSectionSize(20)
        self.pendingView.verticalHeader().setDefaultSectionSize(26)

        self.pageLayout.addWidget(self.pendingView)

        self.decisionBox = QGroupBox(parent=ApprovalsPage)
        self.decisionBox.setObjectName(u"decisionBox")
        self.decisionLayout = QVBoxLayout(self.decisionBox)
        self.decisionLayout.setSpacing(6)
        self.decisionLayout.setObjectName(u"decisionLayout")
        self.detailLabel = QLabel(parent=self.decisionBox)
        self.detailLabel.setObjectName(u"detailLabel")
        self.detailLabel.setProperty("textFormat", "PlainText")
        self.detailLabel.setWordWrap(True)
        self.detailLabel.setProperty("textInteractionFlags", "TextSelectableByMouse")

        self.decisionLayout.addWidget(self.detailLabel)

        self.ownLabel = QLabel(parent=self.decisionBox)
        self.ownLabel.setObjectName(u"ownLabel")
        self.ownLabel.setProperty("textFormat", "PlainText")
        self.ownLabel.setWordWrap(True)

        self.decisionLayout.addWidget(self.ownLabel)

        self.decisionRow = QHBoxLayout()
        self.decisionRow.setSpacing(8)
        self.decisionRow.setObjectName(u"decisionRow")
        self.noteLabel = QLabel(parent=self.decisionBox)
        self.noteLabel.setObjectName(u"noteLabel")

        self.decisionRow.addWidget(self.noteLabel)

        self.noteEdit = QLineEdit(parent=self.decisionBox)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setMaxLength(500)

        self.decisionRow.addWidget(self.noteEdit)

        self.approveButton = QPushButton(parent=self.decisionBox)
        self.approveButton.setObjectName(u"approveButton")
        self.approveButton.setAutoDefault(False)

        self.decisionRow.addWidget(self.approveButton)

        self.rejectButton = QPushButton(parent=self.decisionBox)
        self.rejectButton.setObjectName(u"rejectButton")
        self.rejectButton.setAutoDefault(False)

        self.decisionRow.addWidget(self.rejectButton)


        self.decisionLayout.addLayout(self.decisionRow)

        self.noteError = QLabel(parent=self.decisionBox)
        self.noteError.setObjectName(u"noteError")
        self.noteError.setProperty("textFormat", "PlainText")
        self.noteError.setWordWrap(True)

        self.decisionLayout.addWidget(self.noteError)


        self.pageLayout.addWidget(self.decisionBox)

        self.footerRow = QHBoxLayout()
        self.footerRow.setSpacing(8)
        self.footerRow.setObjectName(u"footerRow")
        self.messageLabel = QLabel(parent=ApprovalsPage)
        self.messageLabel.setObjectName(u"messageLabel")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy.setHorizontalStretch(1)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.messageLabel.sizePolicy().hasHeightForWidth())
        self.messageLabel.setSizePolicy(sizePolicy)
        self.messageLabel.setProperty("textFormat", "PlainText")
        self.messageLabel.setWordWrap(True)
        self.messageLabel.setProperty("textInteractionFlags", "TextSelectableByMouse")

        self.footerRow.addWidget(self.messageLabel)

        self.errorLabel = QLabel(parent=ApprovalsPage)
        self.errorLabel.setObjectName(u"errorLabel")
        sizePolicy.setHeightForWidth(self.errorLabel.sizePolicy().hasHeightForWidth())
        self.errorLabel.setSizePolicy(sizePolicy)
        self.errorLabel.setProperty("textFormat", "PlainText")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setProperty("textInteractionFlags", "TextSelectableByMouse")

        self.footerRow.addWidget(self.errorLabel)


        self.pageLayout.addLayout(self.footerRow)

        self.pageLayout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.pendingView, self.noteEdit)
        QWidget.setTabOrder(self.noteEdit, self.approveButton)
        QWidget.setTabOrder(self.approveButton, self.rejectButton)
        QWidget.setTabOrder(self.rejectButton, self.refreshButton)

        self.retranslateUi(ApprovalsPage)

        QMetaObject.connectSlotsByName(ApprovalsPage)
    # setupUi

    def retranslateUi(self, ApprovalsPage):
        ApprovalsPage.setWindowTitle(QCoreApplication.translate("ApprovalsPage", u"Approvals", None))
        self.titleLabel.setText(QCoreApplication.translate("ApprovalsPage", u"Approvals", None))
        self.countLabel.setText("")
        self.updatedLabel.setText("")
#if QT_CONFIG(tooltip)
        self.refreshButton.setToolTip(QCoreApplication.translate("ApprovalsPage", u"Load the pending credits again (F5); this also happens every 30 seconds.", None))
#endif // QT_CONFIG(tooltip)
        self.refreshButton.setText(QCoreApplication.translate("ApprovalsPage", u"Refresh (F5)", None))
        self.introLabel.setText(QCoreApplication.translate("ApprovalsPage", u"Credits above an agent's limit wait here, oldest first, until a supervisor other than the requester approves or rejects exactly what was proposed.", None))
#if QT_CONFIG(tooltip)
        self.pendingView.setToolTip(QCoreApplication.translate("ApprovalsPage", u"Pending credits, oldest first: \u2191/\u2193 to choose, then Alt+A to approve or Alt+J to reject.", None))
#endif // QT_CONFIG(tooltip)
        self.decisionBox.setTitle(QCoreApplication.translate("ApprovalsPage", u"Selected credit", None))
        self.detailLabel.setText("")
        self.ownLabel.setText("")
        self.noteLabel.setText(QCoreApplication.translate("ApprovalsPage", u"&Note", None))
#if QT_CONFIG(tooltip)
        self.noteEdit.setToolTip(QCoreApplication.translate("ApprovalsPage", u"Optional when approving; required when rejecting: the requester reads it (Alt+N).", None))
#endif // QT_CONFIG(tooltip)
        self.noteEdit.setPlaceholderText(QCoreApplication.translate("ApprovalsPage", u"optional to approve, required to reject", None))
        self.approveButton.setText(QCoreApplication.translate("ApprovalsPage", u"&Approve", None))
        self.rejectButton.setText(QCoreApplication.translate("ApprovalsPage", u"Re&ject", None))
        self.noteError.setText("")
        self.messageLabel.setText("")
        self.errorLabel.setText("")
    # retranslateUi

