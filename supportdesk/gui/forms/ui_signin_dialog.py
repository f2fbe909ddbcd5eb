# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'signin_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize)
from PySide6.QtWidgets import (QDialogButtonBox, QFormLayout, QLabel, QLineEdit,
    QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

class Ui_SignInDialog(object):
    def setupUi(self, SignInDialog):
        if not SignInDialog.objectName():
            SignInDialog.setObjectName(u"SignInDialog")
        SignInDialog.resize(460, 340)
        SignInDialog.setMinimumSize(QSize(420, 320))
        self.dialogLayout = QVBoxLayout(SignInDialog)
        self.dialogLayout.setSpacing(8)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(20, 16, 20, 14)
        self.titleLabel = QLabel(parent=SignInDialog)
        self.titleLabel.setObjectName(u"titleLabel")
        self.titleLabel.setProperty("textFormat", "PlainText")

        self.dialogLayout.addWidget(self.titleLabel)

        self.backendLabel = QLabel(parent=SignInDialog)
        self.backendLabel.setObjectName(u"backendLabel")
        self.backendLabel.setProperty("textFormat", "PlainText")
        self.backendLabel.setProperty("textInteractionFlags", "TextSelectableByMouse")

        self.dialogLayout.addWidget(self.backendLabel)

        self.demoNotice = QLabel(parent=SignInDialog)
        self.demoNotice.setObjectName(u"demoNotice")
        self.demoNotice.setProperty("textFormat", "PlainText")
        self.demoNotice.setWordWrap(True)

        self.dialogLayout.addWidget(self.demoNotice)

        self.credentialsForm = QFormLayout()
        self.credentialsForm.setObjectName(u"credentialsForm")
        self.credentialsForm.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.credentialsForm.setHorizontalSpacing(10)
        self.credentialsForm.setVerticalSpacing(8)
        self.credentialsForm.setContentsMargins(-1, 6, -1, 2)
        self.usernameLabel = QLabel(parent=SignInDialog)
        self.usernameLabel.setObjectName(u"usernameLabel")

        self.credentialsForm.setWidget(0, QFormLayout.ItemRole.LabelRole, self.usernameLabel)

        self.usernameEdit = QLineEdit(parent=SignInDialog)
        self.usernameEdit.setObjectName(u"usernameEdit")
        self.usernameEdit.setProperty("inputMethodHints", "ImhNoAutoUppercase|ImhNoPredictiveText")
        self.usernameEdit.setMaxLength(64)

        self.credentialsForm.setWidget(0, QFormLayout.ItemRole.FieldRole, self.usernameEdit)

        self.passwordLabel = QLabel(parent=SignInDialog)
        self.passwordLabel.setObjectName(u"passwordLabel")

        self.credentialsForm.setWidget(1, QFormLayout.ItemRole.LabelRole, self.passwordLabel)

        self.passwordEdit = QLineEdit(parent=SignInDialog)
        self.passwordEdit.setObjectName(u"passwordEdit")
        self.passwordEdit.setEchoMode(QLineEdit.EchoMode.Password)

        self.credentialsForm.setWidget(1, QFormLayout.ItemRole.FieldRole, self.passwordEdit)


        self.dialogLayout.addLayout(self.credentialsForm)

        self.keyringNotice = QLabel(parent=SignInDialog)
        self.keyringNotice.setObjectName(u"keyringNotice")
        self.keyringNotice.setProperty("textFormat", "PlainText")
        self.keyringNotice.setWordWrap(True)

        self.dialogLayout.addWidget(self.keyringNotice)

        self.errorLabel = QLabel(parent=SignInDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setProperty("textFormat", "PlainText")
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setProperty("textInteractionFlags", "TextSelectableByMouse")

        self.dialogLayout.addWidget(self.errorLabel)

        self.progressLabel = QLabel(parent=SignInDialog)
        self.progressLabel.setObjectName(u"progressLabel")
        self.progressLabel.setProperty("textFormat", "PlainText")

        self.dialogLayout.addWidget(self.progressLabel)

        self.dialogSpacer = QSpacerItem(20, 4, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.dialogSpacer)

        self.buttonBox = QDialogButtonBox(parent=SignInDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setProperty("orientation", "Horizontal")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.usernameLabel.setBuddy(self.usernameEdit)
        self.passwordLabel.setBuddy(self.passwordEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.usernameEdit, self.passwordEdit)
        QWidget.setTabOrder(self.passwordEdit, self.buttonBox)

        self.retranslateUi(SignInDialog)

        QMetaObject.connectSlotsByName(SignInDialog)
    # setupUi

    def retranslateUi(self, SignInDialog):
        SignInDialog.setWindowTitle(QCoreApplication.translate("SignInDialog", u"Sign in \u2014 SupportDesk", None))
        self.titleLabel.setText(QCoreApplication.translate("SignInDialog", u"SupportDesk", None))
#if QT_CONFIG(tooltip)
        self.backendLabel.setToolTip(QCoreApplication.translate("SignInDialog", u"The server this client talks to. Select the text with the mouse and press Ctrl+C to copy it.", None))
#endif // QT_CONFIG(tooltip)
        self.backendLabel.setText(QCoreApplication.translate("SignInDialog", u"Backend: \u2026", None))
        self.demoNotice.setText(QCoreApplication.translate("SignInDialog", u"Demo backend \u2014 fictional data. Sign in as agent1 \u2026 agent20 or super1 \u2026 super3, password demo.", None))
        self.usernameLabel.setText(QCoreApplication.translate("SignInDialog", u"&User name:", None))
#if QT_CONFIG(tooltip)
        self.usernameEdit.setToolTip(QCoreApplication.translate("SignInDialog", u"Your SupportDesk user name (Alt+U).", None))
#endif // QT_CONFIG(tooltip)
        self.usernameEdit.setPlaceholderText(QCoreApplication.translate("SignInDialog", u"agent1", None))
        self.passwordLabel.setText(QCoreApplication.translate("SignInDialog", u"&Password:", None))
#if QT_CONFIG(tooltip)
        self.passwordEdit.setToolTip(QCoreApplication.translate("SignInDialog", u"Your password (Alt+P). Enter signs in, Esc cancels.", None))
#endif // QT_CONFIG(tooltip)
        self.keyringNotice.setText("")
        self.errorLabel.setText("")
        self.progressLabel.setText("")
    # retranslateUi

