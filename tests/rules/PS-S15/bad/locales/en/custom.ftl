# Our own wording.
page-privacy Privacy notice
