# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'queue_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QRect, QSize)
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QFormLayout,
    QFrame, QHBoxLayout, QLabel, QPushButton, QScrollArea, QSizePolicy, QSpacerItem,
    QSplitter, QTableView, QVBoxLayout, QWidget)

class Ui_QueuePage(object):
    def setupUi(self, QueuePage):
        if not QueuePage.objectName():
            QueuePage.setObjectName(u"QueuePage")
        QueuePage.resize(1256, 700)
        self.pageLayout = QVBoxLayout(QueuePage)
        self.pageLayout.setSpacing(6)
        self.pageLayout.setObjectName(u"pageLayout")
        self.pageLayout.setContentsMargins(12, 10, 12, 8)
        self.headerRow = QHBoxLayout()
        self.headerRow.setSpacing(12)
        self.headerRow.setObjectName(u"headerRow")
        self.titleLabel = QLabel(parent=QueuePage)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty("textFormat", "PlainText")

        self.headerRow.addWidget(self.titleLabel)

        self.countLabel = QLabel(parent=QueuePage)
        self.countLabel.setObjectName(u"countLabel")
        self.countLabel.setProperty("textFormat", "PlainText")

        self.headerRow.addWidget(self.countLabel)

        self.headerSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerRow.addItem(self.headerSpacer)

        self.updatedLabel = QLabel(parent=QueuePage)
        self.updatedLabel.setObjectName(u"updatedLabel")
        self.updatedLabel.setProperty("textFormat", "PlainText")

        self.headerRow.addWidget(self.updatedLabel)

        self.refreshButton = QPushButton(parent=QueuePage)
        self.refreshButton.setObjectName(u"refreshButton")
        self.refreshButton.setAutoDefault(False)

        self.headerRow.addWidget(self.refreshButton)


        self.pageLayout.addLayout(self.headerRow)

        self.filterRow = QHBoxLayout()
        self.filterRow.setSpacing(8)
        self.filterRow.setObjectName(u"filterRow")
        self.typeLabel = QLabel(parent=QueuePage)
        self.typeLabel.setObjectName(u"typeLabel")

        self.filterRow.addWidget(self.typeLabel)

        self.typeCombo = QComboBox(parent=QueuePage)
        self.typeCombo.setObjectName(u"typeCombo")
        self.typeCombo.setMinimumSize(QSize(130, 0))

        self.filterRow.addWidget(self.typeCombo)

        self.filterGap1 = QSpacerItem(16, 10, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.filterRow.addItem(self.filterGap1)

        self.statusLabel = QLabel(parent=QueuePage)
        self.statusLabel.setObjectName(u"statusLabel")

        self.filterRow.addWidget(self.statusLabel)

        self.statusCombo = QComboBox(parent=QueuePage)
        self.statusCombo.setObjectName(u"statusCombo")
        self.statusCombo.setMinimumSize(QSize(130, 0))

        self.filterRow.addWidget(self.statusCombo)

        self.filterGap2 = QSpacerItem(16, 10, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.filterRow.addItem(self.filterGap2)

        self.assignedLabel = QLabel(parent=QueuePage)
        self.assignedLabel.setObjectName(u"assignedLabel")

        self.filterRow.addWidget(self.assignedLabel)

        self.assignedCombo = QComboBox(parent=QueuePage)
        self.assignedCombo.setObjectName(u"assignedCombo")
        self.assignedCombo.setMinimumSize(QSize(150, 0))

        self.filterRow.addWidget(self.assignedCombo)

        self.filterGap3 = QSpacerItem(16, 10, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.filterRow.addItem(self.filterGap3)

        self.overdueCheck = QCheckBox(parent=QueuePage)
        self.overdueCheck.setObjectName(u"overdueCheck")

        self.filterRow.addWidget(self.overdueCheck)

        self.filterSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.filterRow.addItem(self.filterSpacer)


        self.pageLayout.addLayout(self.filterRow)

        self.splitter = QSplitter(parent=QueuePage)
        self.splitter.setObjectName(u"splitter")
        self.splitter.setProperty("orientation", "Vertical")
        self.splitter.setChildrenCollapsible(False)
        self.queueView = QTableView(parent=self.splitter)
        self.queueView.setObjectName(u"queueView")
        self.queueView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.queueView.setTabKeyNavigation(False)
        self.queueView.setAlternatingRowColors(True)
        self.queueView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.queueView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.queueView.setShowGrid(False)
        self.queueView.setWordWrap(False)
        self.splitter.addWidget(self.queueView)
        self.queueView.horizontalHeader().setHighlightSections(False)
        self.queueView.verticalHeader().setVisible(False)
        self.queueView.verticalHeader().setMinimumSectionSize(20)
        self.queueView.verticalHeader().setDefaultSectionSize(26)
        self.detailScroll = QScrollArea(parent=self.splitter)
        self.detailScroll.setObjectName(u"detailScroll")
        self.detailScroll.setFrameShape(QFrame.Shape.NoFrame)
        self.detailScroll.setWidgetResizable(True)
        self.detailBody = QWidget()
        self.detailBody.setObjectName(u"detailBody")
        self.detailBody.setGeometry(QRect(0, 0, 1000, 360))
        self.detailLayout = QVBoxLayout(self.detailBody)
        self.detailLayout.setSpacing(6)
        self.detailLayout.setObjectName(u"detailLayout")
        self.detailLayout.setContentsMargins(2, 6, 6, 6)
        self.detailHeader = QHBoxLayout()
        self.detailHeader.setSpacing(8)
        self.detailHeader.setObjectName(u"detailHeader")
        self.requestTitle = QLabel(parent=self.detailBody)
        self.requestTitle.setObjectName(u"requestTitle")
        self.requestTitle.setProperty("textFormat", "PlainText")
        self.requestTitle.setProperty("textInteractionFlags", "TextSelectableByMouse")

        self.detailHeader.addWidget(self.requestTitle)

        self.statusBadge = QLabel(parent=self.detailBody)
        self.statusBadge.setObjectName(u"statusBadge")
        self.statusBadge.setProperty("textFormat", "PlainText")

        self.detailHeader.addWidget(self.statusBadge)

        self.detailHeaderSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.detailHeader.addItem(self.detailHeaderSpacer)

        self.openMemberButton = QPushButton(parent=self.detailBody)
        self.openMemberButton.setObjectName(u"openMemberButton")
        self.openMemberButton.setAutoDefault(False)

        self.detailHeader.addWidget(self.openMemberButton)

        self.claimButton = QPushButton(parent=self.detailBody)
        self.claimButton.setObjectName(u"claimButton")
        self.claimButton.setAutoDefault(False)

        self.detailHeader.addWidget(self.claimButton)

        self.decideButton = QPushButton(parent=self.detailBody)
        self.decideButton.setObjectName(u"decideButton")
        self.decideButton.setAutoDefault(False)

        self.detailHeader.addWidget(self.decideButton)


        self.detailLayout.addLayout(self.detailHeader)

        self.noticeLabel = QLabel(parent=self.detailBody)
        self.noticeLabel.setObjectName(u"noticeLabel")
        self.noticeLabel.setProperty("textFormat", "PlainText")
        self.noticeLabel.setWordWrap(True)
        self.noticeLabel.setProperty("textInteractionFlags", "TextSelectableByMouse")

        self.detailLayout.addWidget(self.noticeLabel)

        self.placeholderLabel = QLabel(parent=self.detailBody)
        self.placeholderLabel.setObjectName(u"placeholderLabel")
        self.placeholderLabel.setProperty("textFormat", "PlainText")
        self.placeholderLabel.setWordWrap(True)

        self.detailLayout.addWidget(self.placeholderLabel)

        self.detailColumns = QHBoxLayout()
        self.detailColumns.setSpacing(24)
        self.detailColumns.setObjectName(u"detailColumns")
        self.leftColumn = QVBoxLayout()
        self.leftColumn.setSpacing(4)
        self.leftColumn.setObjectName(u"leftColumn")
        self.factsForm = QFormLayout()
        self.factsForm.setObjectName(u"factsForm")
        self.factsForm.setProperty("labelAlignment", "AlignLeading|AlignLeft|AlignTop")
        self.factsForm.setHorizontalSpacing(12)
        self.factsForm.setVerticalSpacing(3)
        self.memberCaption = QLabel(parent=self.detailBody)
        self.memberCaption.setObjectName(u"memberCaption")
        self.memberCaption.setProperty("textFormat", "PlainText")
        self.memberCaption.setProperty(u"caption", True)

        self.factsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.memberCaption)

        self.memberValue = QLabel(parent=self.detailBody)
        self.memberValue.setObjectName(u"memberValue")
        self.memberValue.setProperty("textFormat", "PlainText")
        self.memberValue.setWordWrap(True)
        self.memberValue.setProperty("textInteractionFlags", "TextSelectableByMouse")

        self.factsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.memberValue)

        self.bookingCaption = QLabel(parent=self.detailBody)
        self.bookingCaption.setObjectName(u"bookingCaption")
        self.bookingCaption.setProperty("textFormat", "PlainText")
        self.bookingCaption.setProperty(u"caption", True)

        self.factsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.bookingCaption)

        self.bookingValue = QLabel(parent=self.detailBody)
        self.bookingValue.setObjectName(u"bookingValue")
        self.bookingValue.setProperty("textFormat", "PlainText")
        self.bookingValue.setWordWrap(True)
        self.bookingValue.setProperty("textInteractionFlags", "TextSelectableByMouse")

        self.factsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.bookingValue)

        self.flightCaption = QLabel(parent=self.detailBody)
        self.flightCaption.setObjectName(u"flightCaption")
        self.flightCaption.setProperty("textFormat", "PlainText")
        self.flightCaption.setProperty(u"caption", True)

        self.factsForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.flightCaption)

        self.flightValue = QLabel(parent=self.detailBody)
        self.flightValue.setObjectName(u"flightValue")
        self.flightValue.setProperty("textFormat", "PlainText")
        self.flightValue.setWordWrap(True)
        self.flightValue.setProperty("textInteractionFlags", "TextSelectableByMouse")

        self.factsForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.flightValue)

        self.receivedCaption = QLabel(parent=self.detailBody)
        self.receivedCaption.setObjectName(u"receivedCaption")
        self.receivedCaption.setProperty("textFormat", "PlainText")
        self.receivedCaption.setProperty(u"caption", True)

        self.factsForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.receivedCaption)

        self.receivedValue = QLabel(parent=self.detailBody)
        self.receivedValue.setObjectName(u"receivedValue")
        self.receivedValue.setProperty("textFormat", "PlainText")
        self.receivedValue.setWordWrap(True)
        self.receivedValue.setProperty("textInteractionFlags", "TextSelectableByMouse")

        self.factsForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.receivedValue)

        self.slaCaption = QLabel(parent=self.detailBody)
        self.slaCaption.setObjectName(u"slaCaption")
        self.slaCaption.setProperty("textFormat", "PlainText")
        self.slaCaption.setProperty(u"caption", True)

        self.factsForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.slaCaption)

        self.slaValue = QLabel(parent=self.detailBody)
        self.slaValue.setObjectName(u"slaValue")
        self.slaValue.setProperty("textFormat", "PlainText")
        self.slaValue.setWordWrap(True)
        self.slaValue.setProperty("textInteractionFlags", "TextSelectableByMouse")

        self.factsForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.slaValue)

        self.assigneeCaption = QLabel(parent=self.detailBody)
        self.assigneeCaption.setObjectName(u"assigneeCaption")
        self.assigneeCaption.setProperty("textFormat", "PlainText")
        self.assigneeCaption.setProperty(u"caption", True)

        self.factsForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.assigneeCaption)

        self.assigneeValue = QLabel(parent=self.detailBody)
        self.assigneeValue.setObjectName(u"assigneeValue")
        self.assigneeValue.setProperty("textFormat", "PlainText")
        self.assigneeValue.setWordWrap(True)
        self.assigneeValue.setProperty("textInteractionFlags", "TextSelectableByMouse")

        self.factsForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.assigneeValue)


        self.leftColumn.addLayout(self.factsForm)

        self.messageCaption = QLabel(parent=self.detailBody)
        self.messageCaption.setObjectName(u"messageCaption")
        self.messageCaption.setProperty("textFormat", "PlainText")
        self.messageCaption.setProperty(u"caption", True)

        self.leftColumn.addWidget(self.messageCaption)

        self.customerMessage = QLabel(parent=self.detailBody)
        self.customerMessage.setObjectName(u"customerMessage")
        self.customerMessage.setProperty("textFormat", "PlainText")
        self.customerMessage.setWordWrap(True)
        self.customerMessage.setProperty("textInteractionFlags", "TextSelectableByMouse")

        self.leftColumn.addWidget(self.customerMessage)

        self.duplicatesCaption = QLabel(parent=self.detailBody)
        self.duplicatesCaption.setObjectName(u"duplicatesCaption")
        self.duplicatesCaption.setProperty("textFormat", "PlainText")
        self.duplicatesCaption.setProperty(u"caption", True)

        self.leftColumn.addWidget(self.duplicatesCaption)

        self.duplicatesValue = QLabel(parent=self.detailBody)
        self.duplicatesValue.setObjectName(u"duplicatesValue")
        self.duplicatesValue.setWordWrap(True)

        self.leftColumn.addWidget(self.duplicatesValue)

        self.replyCaption = QLabel(parent=self.detailBody)
        self.replyCaption.setObjectName(u"replyCaption")
        self.replyCaption.setProperty("textFormat", "PlainText")
        self.replyCaption.setProperty(u"caption", True)

        self.leftColumn.addWidget(self.replyCaption)

        self.customerReply = QLabel(parent=self.detailBody)
        self.customerReply.setObjectName(u"customerReply")
        self.customerReply.setProperty("textFormat", "PlainText")
        self.customerReply.setWordWrap(True)
        self.customerReply.setProperty("textInteractionFlags", "TextSelectableByMouse")

        self.leftColumn.addWidget(self.customerReply)

        self.notesCaption = QLabel(parent=self.detailBody)
        self.notesCaption.setObjectName(u"notesCaption")
        self.notesCaption.setProperty("textFormat", "PlainText")
        self.notesCaption.setProperty(u"caption", True)

        self.leftColumn.addWidget(self.notesCaption)

        self.notesValue = QLabel(parent=self.detailBody)
        self.notesValue.setObjectName(u"notesValue")
        self.notesValue.setProperty("textFormat", "PlainText")
        self.notesValue.setWordWrap(True)
        self.notesValue.setProperty("textInteractionFlags", "TextSelectableByMouse")

        self.leftColumn.addWidget(self.notesValue)

        self.leftStretch = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.leftColumn.addItem(self.leftStretch)


        self.detailColumns.addLayout(self.leftColumn)

        self.rightColumn = QVBoxLayout()
        self.rightColumn.setSpacing(4)
        self.rightColumn.setObjectName(u"rightColumn")
        self.checkCaption = QLabel(parent=self.detailBody)
        self.checkCaption.setObjectName(u"checkCaption")
        self.checkCaption.setProperty("textFormat", "PlainText")
        self.checkCaption.setProperty(u"caption", True)

        self.rightColumn.addWidget(self.checkCaption)

        self.flightStatusValue = QLabel(parent=self.detailBody)
        self.flightStatusValue.setObjectName(u"flightStatusValue")
        self.flightStatusValue.setProperty("textFormat", "PlainText")
        self.flightStatusValue.setWordWrap(True)
        self.flightStatusValue.setProperty("textInteractionFlags", "TextSelectableByMouse")

        self.rightColumn.addWidget(self.flightStatusValue)

        self.eu261Label = QLabel(parent=self.detailBody)
        self.eu261Label.setObjectName(u"eu261Label")
        self.eu261Label.setProperty("textFormat", "PlainText")
        self.eu261Label.setProperty("textInteractionFlags", "TextSelectableByMouse")

        self.rightColumn.addWidget(self.eu261Label)

        self.eu261Reasons = QLabel(parent=self.detailBody)
        self.eu261Reasons.setObjectName(u"eu261Reasons")
        self.eu261Reasons.setProperty("textFormat", "PlainText")
        self.eu261Reasons.setWordWrap(True)
        self.eu261Reasons.setProperty("textInteractionFlags", "TextSelectableByMouse")

        self.rightColumn.addWidget(self.eu261Reasons)

        self.fareCaption = QLabel(parent=self.detailBody)
        self.fareCaption.setObjectName(u"fareCaption")
        self.fareCaption.setProperty("textFormat", "PlainText")
        self.fareCaption.setProperty(u"caption", True)

        self.rightColumn.addWidget(self.fareCaption)

        self.fareValue = QLabel(parent=self.detailBody)
        self.fareValue.setObjectName(u"fareValue")
        self.fareValue.setProperty("textFormat", "PlainText")
        self.fareValue.setWordWrap(True)
        self.fareValue.setProperty("textInteractionFlags", "TextSelectableByMouse")

        self.rightColumn.addWidget(self.fareValue)

        self.rightStretch = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.rightColumn.addItem(self.rightStretch)


        self.detailColumns.addLayout(self.rightColumn)

        self.detailColumns.setStretch(0, 1)
        self.detailColumns.setStretch(1, 1)

        self.detailLayout.addLayout(self.detailColumns)

        self.detailStretch = QSpacerItem(20, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.detailLayout.addItem(self.detailStretch)

        self.detailScroll.setWidget(self.detailBody)
        self.splitter.addWidget(self.detailScroll)

        self.pageLayout.addWidget(self.splitter)

        self.pageLayout.setStretch(2, 1)
#if QT_CONFIG(shortcut)
        self.typeLabel.setBuddy(self.typeCombo)
        self.statusLabel.setBuddy(self.statusCombo)
        self.assignedLabel.setBuddy(self.assignedCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.typeCombo, self.statusCombo)
        QWidget.setTabOrder(self.statusCombo, self.assignedCombo)
        QWidget.setTabOrder(self.assignedCombo, self.overdueCheck)
        QWidget.setTabOrder(self.overdueCheck, self.queueView)
        QWidget.setTabOrder(self.queueView, self.openMemberButton)
        QWidget.setTabOrder(self.openMemberButton, self.claimButton)
        QWidget.setTabOrder(self.claimButton, self.decideButton)
        QWidget.setTabOrder(self.decideButton, self.refreshButton)

        self.retranslateUi(QueuePage)

        QMetaObject.connectSlotsByName(QueuePage)
    # setupUi

    def retranslateUi(self, QueuePage):
        QueuePage.setWindowTitle(QCoreApplication.translate("QueuePage", u"Request queue", None))
        self.titleLabel.setText(QCoreApplication.translate("QueuePage", u"Request queue", None))
        self.countLabel.setText("")
        self.updatedLabel.setText("")
#if QT_CONFIG(tooltip)
        self.refreshButton.setToolTip(QCoreApplication.translate("QueuePage", u"Load the queue again (F5); this also happens every 60 seconds.", None))
#endif // QT_CONFIG(tooltip)
        self.refreshButton.setText(QCoreApplication.translate("QueuePage", u"Refresh (F5)", None))
        self.typeLabel.setText(QCoreApplication.translate("QueuePage", u"&Type", None))
#if QT_CONFIG(tooltip)
        self.typeCombo.setToolTip(QCoreApplication.translate("QueuePage", u"Refunds, rebookings or both (Alt+T)", None))
#endif // QT_CONFIG(tooltip)
        self.statusLabel.setText(QCoreApplication.translate("QueuePage", u"&Status", None))
#if QT_CONFIG(tooltip)
        self.statusCombo.setToolTip(QCoreApplication.translate("QueuePage", u"Open requests, or one status (Alt+S)", None))
#endif // QT_CONFIG(tooltip)
        self.assignedLabel.setText(QCoreApplication.translate("QueuePage", u"&Assigned", None))
#if QT_CONFIG(tooltip)
        self.assignedCombo.setToolTip(QCoreApplication.translate("QueuePage", u"Yours, nobody's yet, or everyone's (Alt+A)", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.overdueCheck.setToolTip(QCoreApplication.translate("QueuePage", u"Only requests past their SLA due time (Alt+O)", None))
#endif // QT_CONFIG(tooltip)
        self.overdueCheck.setText(QCoreApplication.translate("QueuePage", u"&Overdue only", None))
#if QT_CONFIG(tooltip)
        self.queueView.setToolTip(QCoreApplication.translate("QueuePage", u"Most urgent first: \u2191/\u2193 to choose; Alt+C claims, Alt+D decides.", None))
#endif // QT_CONFIG(tooltip)
        self.requestTitle.setText("")
        self.statusBadge.setText("")
#if QT_CONFIG(tooltip)
        self.openMemberButton.setToolTip(QCoreApplication.translate("QueuePage", u"Open the member's account in the member view (Alt+M)", None))
#endif // QT_CONFIG(tooltip)
        self.openMemberButton.setText(QCoreApplication.translate("QueuePage", u"Open &member", None))
#if QT_CONFIG(tooltip)
        self.claimButton.setToolTip(QCoreApplication.translate("QueuePage", u"Take this request: it becomes yours to decide (Alt+C)", None))
#endif // QT_CONFIG(tooltip)
        self.claimButton.setText(QCoreApplication.translate("QueuePage", u"&Claim", None))
#if QT_CONFIG(tooltip)
        self.decideButton.setToolTip(QCoreApplication.translate("QueuePage", u"Approve, reject, ask for information or escalate (Alt+D)", None))
#endif // QT_CONFIG(tooltip)
        self.decideButton.setText(QCoreApplication.translate("QueuePage", u"&Decide\u2026", None))
        self.noticeLabel.setText("")
        self.placeholderLabel.setText(QCoreApplication.translate("QueuePage", u"Choose a request in the list.", None))
        self.memberCaption.setText(QCoreApplication.translate("QueuePage", u"Member", None))
        self.memberValue.setText("")
        self.bookingCaption.setText(QCoreApplication.translate("QueuePage", u"Booking", None))
        self.bookingValue.setText("")
        self.flightCaption.setText(QCoreApplication.translate("QueuePage", u"Flight", None))
        self.flightValue.setText("")
        self.receivedCaption.setText(QCoreApplication.translate("QueuePage", u"Received", None))
        self.receivedValue.setText("")
        self.slaCaption.setText(QCoreApplication.translate("QueuePage", u"SLA", None))
        self.slaValue.setText("")
        self.assigneeCaption.setText(QCoreApplication.translate("QueuePage", u"Assigned to", None))
        self.assigneeValue.setText("")
        self.messageCaption.setText(QCoreApplication.translate("QueuePage", u"Customer message", None))
        self.customerMessage.setText("")
        self.duplicatesCaption.setText(QCoreApplication.translate("QueuePage", u"Same ticket", None))
        self.duplicatesValue.setText("")
        self.replyCaption.setText(QCoreApplication.translate("QueuePage", u"Reply to the customer", None))
        self.customerReply.setText("")
        self.notesCaption.setText(QCoreApplication.translate("QueuePage", u"Notes", None))
        self.notesValue.setText("")
        self.checkCaption.setText(QCoreApplication.translate("QueuePage", u"Check", None))
        self.flightStatusValue.setText("")
        self.eu261Label.setText("")
        self.eu261Reasons.setText("")
        self.fareCaption.setText(QCoreApplication.translate("QueuePage", u"Fare rules", None))
        self.fareValue.setText("")
    # retranslateUi

