"""What the built-in corpus says, as tests check for it (quoted from the WPC agreement's
list of the steps that take place when employers plan to introduce a new technology)."""

FIVE_STEPS = (
    "consult trade unions at an early stage",
    "early notice of any intentions to restructure",
    "Training and development is made available",
    "Risk and equality impact assessments",
    "review of the impact of new technology on employment rights",
)
