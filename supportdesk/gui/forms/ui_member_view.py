# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'member_view.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtWidgets import (QAbstractItemView, QFormLayout, QGroupBox, QHBoxLayout,
    QLabel, QPushButton, QSizePolicy, QSpacerItem, QTableView, QVBoxLayout)

class Ui_MemberView(object):
    def setupUi(self, MemberView):
        if not MemberView.objectName():
            MemberView.setObjectName(u"MemberView")
        MemberView.resize(1100, 640)
        self.viewLayout = QVBoxLayout(MemberView)
        self.viewLayout.setSpacing(6)
        self.viewLayout.setObjectName(u"viewLayout")
        self.viewLayout.setContentsMargins(12, 10, 12, 8)
        self.headerRow = QHBoxLayout()
        self.headerRow.setSpacing(12)
        self.headerRow.setObjectName(u"headerRow")
        self.nameLabel = QLabel(parent=MemberView)
        self.nameLabel.setObjectName(u"nameLabel")
        self.nameLabel.setProperty("textFormat", "PlainText")
        self.nameLabel.setProperty("textInteractionFlags", "TextSelectableByMouse")

        self.headerRow.addWidget(self.nameLabel)

        self.tierLabel = QLabel(parent=MemberView)
        self.tierLabel.setObjectName(u"tierLabel")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.tierLabel.sizePolicy().hasHeightForWidth())
        self.tierLabel.setSizePolicy(sizePolicy)
        self.tierLabel.setProperty("textFormat", "PlainText")
        self.tierLabel.setProperty("alignment", "AlignCenter")

        self.headerRow.addWidget(self.tierLabel)

        self.headerSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.headerRow.addItem(self.headerSpacer)

        self.creditButton = QPushButton(parent=MemberView)
        self.creditButton.setObjectName(u"creditButton")
        self.creditButton.setAutoDefault(False)

        self.headerRow.addWidget(self.creditButton)

        self.bookAwardButton = QPushButton(parent=MemberView)
        self.bookAwardButton.setObjectName(u"bookAwardButton")
        self.bookAwardButton.setAutoDefault(False)

        self.headerRow.addWidget(self.bookAwardButton)

        self.upgradeButton = QPushButton(parent=MemberView)
        self.upgradeButton.setObjectName(u"upgradeButton")
        self.upgradeButton.setAutoDefault(False)

        self.headerRow.addWidget(self.upgradeButton)

        self.balanceBlock = QVBoxLayout()
        self.balanceBlock.setSpacing(0)
        self.balanceBlock.setObjectName(u"balanceBlock")
        self.balanceCaption = QLabel(parent=MemberView)
        self.balanceCaption.setObjectName(u"balanceCaption")
        self.balanceCaption.setProperty("alignment", "AlignRight|AlignTrailing|AlignBottom")

        self.balanceBlock.addWidget(self.balanceCaption)

        self.balanceLabel = QLabel(parent=MemberView)
        self.balanceLabel.setObjectName(u"balanceLabel")
        self.balanceLabel.setProperty("textFormat", "PlainText")
        self.balanceLabel.setProperty("alignment", "AlignRight|AlignTrailing|AlignVCenter")
        self.balanceLabel.setProperty("textInteractionFlags", "TextSelectableByMouse")

        self.balanceBlock.addWidget(self.balanceLabel)


        self.headerRow.addLayout(self.balanceBlock)


        self.viewLayout.addLayout(self.headerRow)

        self.detailRow = QHBoxLayout()
        self.detailRow.setSpacing(16)
        self.detailRow.setObjectName(u"detailRow")
        self.detailRow.setContentsMargins(-1, -1, -1, 4)
        self.numberLabel = QLabel(parent=MemberView)
        self.numberLabel.setObjectName(u"numberLabel")
        self.numberLabel.setProperty("textFormat", "PlainText")
        self.numberLabel.setProperty("textInteractionFlags", "TextSelectableByMouse")

        self.detailRow.addWidget(self.numberLabel)

        self.statusLabel = QLabel(parent=MemberView)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setProperty("textFormat", "PlainText")

        self.detailRow.addWidget(self.statusLabel)

        self.messageLabel = QLabel(parent=MemberView)
        self.messageLabel.setObjectName(u"messageLabel")
        self.messageLabel.setProperty("textFormat", "PlainText")
        self.messageLabel.setProperty("textInteractionFlags", "TextSelectableByMouse")

        self.detailRow.addWidget(self.messageLabel)

        self.detailSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.detailRow.addItem(self.detailSpacer)

        self.asOfLabel = QLabel(parent=MemberView)
        self.asOfLabel.setObjectName(u"asOfLabel")
        self.asOfLabel.setProperty("textFormat", "PlainText")
        self.asOfLabel.setProperty("alignment", "AlignRight|AlignTrailing|AlignVCenter")

        self.detailRow.addWidget(self.asOfLabel)


        self.viewLayout.addLayout(self.detailRow)

        self.bodyLayout = QHBoxLayout()
        self.bodyLayout.setSpacing(10)
        self.bodyLayout.setObjectName(u"bodyLayout")
        self.profileBox = QGroupBox(parent=MemberView)
        self.profileBox.setObjectName(u"profileBox")
        self.profileBox.setMinimumSize(QSize(260, 0))
        self.profileLayout = QVBoxLayout(self.profileBox)
        self.profileLayout.setSpacing(8)
        self.profileLayout.setObjectName(u"profileLayout")
        self.profileForm = QFormLayout()
        self.profileForm.setObjectName(u"profileForm")
        self.profileForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.profileForm.setProperty("labelAlignment", "AlignLeading|AlignLeft|AlignTop")
        self.profileForm.setHorizontalSpacing(12)
        self.profileForm.setVerticalSpacing(6)
        self.memberSinceCaption = QLabel(parent=self.profileBox)
        self.memberSinceCaption.setObjectName(u"memberSinceCaption")
        self.memberSinceCaption.setProperty(u"caption", True)

        self.profileForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.memberSinceCaption)

        self.memberSinceValue = QLabel(parent=self.profileBox)
        self.memberSinceValue.setObjectName(u"memberSinceValue")
        self.memberSinceValue.setProperty("textFormat", "PlainText")
        self.memberSinceValue.setProperty("textInteractionFlags", "TextSelectableByMouse")

        self.profileForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.memberSinceValue)

        self.birthDateCaption = QLabel(parent=self.profileBox)
        self.birthDateCaption.setObjectName(u"birthDateCaption")
        self.birthDateCaption.setProperty(u"caption", True)

        self.profileForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.birthDateCaption)

        self.birthDateValue = QLabel(parent=self.profileBox)
        self.birthDateValue.setObjectName(u"birthDateValue")
        self.birthDateValue.setProperty("textFormat", "PlainText")
        self.birthDateValue.setProperty("textInteractionFlags", "TextSelectableByMouse")

        self.profileForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.birthDateValue)

        self.emailCaption = QLabel(parent=self.profileBox)
        self.emailCaption.setObjectName(u"emailCaption")
        self.emailCaption.setProperty(u"caption", True)

        self.profileForm.setWidget(2, QFormLayout.ItemRole.LabelRole, self.emailCaption)

        self.emailValue = QLabel(parent=self.profileBox)
        self.emailValue.setObjectName(u"emailValue")
        self.emailValue.setProperty("textFormat", "PlainText")
        self.emailValue.setProperty("textInteractionFlags", "TextSelectableByMouse")

        self.profileForm.setWidget(2, QFormLayout.ItemRole.FieldRole, self.emailValue)

        self.phoneCaption = QLabel(parent=self.profileBox)
        self.phoneCaption.setObjectName(u"phoneCaption")
        self.phoneCaption.setProperty(u"caption", True)

        self.profileForm.setWidget(3, QFormLayout.ItemRole.LabelRole, self.phoneCaption)

        self.phoneValue = QLabel(parent=self.profileBox)
        self.phoneValue.setObjectName(u"phoneValue")
        self.phoneValue.setProperty("textFormat", "PlainText")
        self.phoneValue.setProperty("textInteractionFlags", "TextSelectableByMouse")

        self.profileForm.setWidget(3, QFormLayout.ItemRole.FieldRole, self.phoneValue)

        self.addressCaption = QLabel(parent=self.profileBox)
        self.addressCaption.setObjectName(u"addressCaption")
        self.addressCaption.setProperty(u"caption", True)

        self.profileForm.setWidget(4, QFormLayout.ItemRole.LabelRole, self.addressCaption)

        self.addressValue = QLabel(parent=self.profileBox)
        self.addressValue.setObjectName(u"addressValue")
        self.addressValue.setProperty("textFormat", "PlainText")
        self.addressValue.setWordWrap(True)
        self.addressValue.setProperty("textInteractionFlags", "TextSelectableByMouse")

        self.profileForm.setWidget(4, QFormLayout.ItemRole.FieldRole, self.addressValue)

        self.languageCaption = QLabel(parent=self.profileBox)
        self.languageCaption.setObjectName(u"languageCaption")
        self.languageCaption.setProperty(u"caption", True)

        self.profileForm.setWidget(5, QFormLayout.ItemRole.LabelRole, self.languageCaption)

        self.languageValue = QLabel(parent=self.profileBox)
        self.languageValue.setObjectName(u"languageValue")
        self.languageValue.setProperty("textFormat", "PlainText")
        self.languageValue.setProperty("textInteractionFlags", "TextSelectableByMouse")

        self.profileForm.setWidget(5, QFormLayout.ItemRole.FieldRole, self.languageValue)


        self.profileLayout.addLayout(self.profileForm)

        self.maskNote = QLabel(parent=self.profileBox)
        self.maskNote.setObjectName(u"maskNote")
        self.maskNote.setWordWrap(True)

        self.profileLayout.addWidget(self.maskNote)

        self.profileActions = QHBoxLayout()
        self.profileActions.setObjectName(u"profileActions")
        self.changeProfileButton = QPushButton(parent=self.profileBox)
        self.changeProfileButton.setObjectName(u"changeProfileButton")
        self.changeProfileButton.setAutoDefault(False)

        self.profileActions.addWidget(self.changeProfileButton)

        self.revealButton = QPushButton(parent=self.profileBox)
        self.revealButton.setObjectName(u"revealButton")
        self.revealButton.setAutoDefault(False)

        self.profileActions.addWidget(self.revealButton)

        self.profileActionsSpacer = QSpacerItem(40, 20, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.profileActions.addItem(self.profileActionsSpacer)


        self.profileLayout.addLayout(self.profileActions)

        self.profileSpacer = QSpacerItem(20, 20, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.profileLayout.addItem(self.profileSpacer)


        self.bodyLayout.addWidget(self.profileBox)

        self.ledgerBox = QGroupBox(parent=MemberView)
        self.ledgerBox.setObjectName(u"ledgerBox")
        self.ledgerLayout = QVBoxLayout(self.ledgerBox)
        self.ledgerLayout.setSpacing(6)
        self.ledgerLayout.setObjectName(u"ledgerLayout")
        self.ledgerView = QTableView(parent=self.ledgerBox)
        self.ledgerView.setObjectName(u"ledgerView")
        self.ledgerView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.ledgerView.setTabKeyNavigation(False)
        self.ledgerView.setAlternatingRowColors(True)
        self.ledgerView.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.ledgerView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.ledgerView.setShowGrid(False)
        self.ledgerView.setSortingEnabled(False)
        self.ledgerView.setWordWrap(False)
        self.ledgerView.horizontalHeader().setHighlightSections(False)
        self.ledgerView.horizontalHeader().setStretchLastSection(True)
        self.ledgerView.verticalHeader().setVisible(False)
        self.ledgerView.verticalHeader().setMinimumSectionSize(20)
        self.ledgerView.verticalHeader().setDefaultSectionSize(26)

        self.ledgerLayout.addWidget(self.ledgerView)

        self.ledgerFooter = QHBoxLayout()
        self.ledgerFooter.setSpacing(8)
        self.ledgerFooter.setObjectName(u"ledgerFooter")
        self.ledgerStatusLabel = QLabel(parent=self.ledgerBox)
        self.ledgerStatusLabel.setObjectName(u"ledgerStatusLabel")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        sizePolicy1.setHorizontalStretch(1)
        sizePolicy1.setVerticalStretch(0)
        sizePolicy1.setHeightForWidth(self.ledgerStatusLabel.sizePolicy().hasHeightForWidth())
        self.ledgerStatusLabel.setSizePolicy(sizePolicy1)
        self.ledgerStatusLabel.setProperty("textFormat", "PlainText")
        self.ledgerStatusLabel.setWordWrap(True)

        self.ledgerFooter.addWidget(self.ledgerStatusLabel)

        self.cancelAwardButton = QPushButton(parent=self.ledgerBox)
        self.cancelAwardButton.setObjectName(u"cancelAwardButton")
        self.cancelAwardButton.setAutoDefault(False)

        self.ledgerFooter.addWidget(self.cancelAwardButton)

        self.reverseButton = QPushButton(parent=self.ledgerBox)
        self.reverseButton.setObjectName(u"reverseButton")
        self.reverseButton.setAutoDefault(False)

        self.ledgerFooter.addWidget(self.reverseButton)


        self.ledgerLayout.addLayout(self.ledgerFooter)


        self.bodyLayout.addWidget(self.ledgerBox)

        self.bodyLayout.setStretch(0, 1)
        self.bodyLayout.setStretch(1, 3)

        self.viewLayout.addLayout(self.bodyLayout)

        self.viewLayout.setStretch(2, 1)

        self.retranslateUi(MemberView)

        QMetaObject.connectSlotsByName(MemberView)
    # setupUi

    def retranslateUi(self, MemberView):
        MemberView.setWindowTitle(QCoreApplication.translate("MemberView", u"Member", None))
        self.nameLabel.setText("")
#if QT_CONFIG(tooltip)
        self.tierLabel.setToolTip(QCoreApplication.translate("MemberView", u"Status tier of this member", None))
#endif // QT_CONFIG(tooltip)
        self.tierLabel.setText("")
        self.creditButton.setText(QCoreApplication.translate("MemberView", u"&Credit miles\u2026", None))
        self.bookAwardButton.setText(QCoreApplication.translate("MemberView", u"&Book award\u2026", None))
        self.upgradeButton.setText(QCoreApplication.translate("MemberView", u"&Upgrade\u2026", None))
        self.balanceCaption.setText(QCoreApplication.translate("MemberView", u"Miles balance", None))
        self.balanceLabel.setText("")
#if QT_CONFIG(tooltip)
        self.numberLabel.setToolTip(QCoreApplication.translate("MemberView", u"Member number. Select it with the mouse and press Ctrl+C to copy it.", None))
#endif // QT_CONFIG(tooltip)
        self.numberLabel.setText("")
        self.statusLabel.setText("")
        self.messageLabel.setText("")
        self.asOfLabel.setText("")
        self.profileBox.setTitle(QCoreApplication.translate("MemberView", u"Profile", None))
        self.memberSinceCaption.setText(QCoreApplication.translate("MemberView", u"Member since", None))
        self.memberSinceValue.setText("")
        self.birthDateCaption.setText(QCoreApplication.translate("MemberView", u"Date of birth", None))
        self.birthDateValue.setText("")
        self.emailCaption.setText(QCoreApplication.translate("MemberView", u"E-mail", None))
        self.emailValue.setText("")
        self.phoneCaption.setText(QCoreApplication.translate("MemberView", u"Phone", None))
        self.phoneValue.setText("")
        self.addressCaption.setText(QCoreApplication.translate("MemberView", u"Address", None))
        self.addressValue.setText("")
        self.languageCaption.setText(QCoreApplication.translate("MemberView", u"Language", None))
        self.languageValue.setText("")
        self.maskNote.setText(QCoreApplication.translate("MemberView", u"Contact data is masked.", None))
        self.changeProfileButton.setText(QCoreApplication.translate("MemberView", u"Change &profile\u2026", None))
        self.revealButton.setText(QCoreApplication.translate("MemberView", u"Re&veal\u2026", None))
        self.ledgerBox.setTitle(QCoreApplication.translate("MemberView", u"Miles ledger", None))
#if QT_CONFIG(tooltip)
        self.ledgerView.setToolTip(QCoreApplication.translate("MemberView", u"Miles ledger, newest first: \u2191/\u2193 and Page Up/Page Down scroll, Alt+Left returns to the search results.", None))
#endif // QT_CONFIG(tooltip)
        self.ledgerStatusLabel.setText("")
        self.cancelAwardButton.setText(QCoreApplication.translate("MemberView", u"Cancel a&ward\u2026", None))
        self.reverseButton.setText(QCoreApplication.translate("MemberView", u"&Reverse entry\u2026", None))
    # retranslateUi

